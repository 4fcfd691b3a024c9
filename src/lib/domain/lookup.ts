// Resolving district and commune names or codes to records, with suggestions for unknown names.
import type { Commune, District } from './records';
import type { Succession } from './units-over-time';
import { clean, closest, fold } from './text';

const PREFIX = /^(xa|phuong|thi tran|huyen|thi xa|thanh pho|tp|tx) /;
const COMMUNE_KIND_PREFIX: Record<string, Commune['kind']> = { xa: 'xa', phuong: 'phuong', 'thi tran': 'thi_tran' };

/** Lower-case NFC name without its unit prefix, accents kept: "Xã Tam Dân" -> "tam dân". */
function plainUnitName(name: string): string {
	const text = clean(name).toLowerCase();
	const p = PREFIX.exec(fold(text));
	return p ? text.split(' ').slice(p[1].split(' ').length).join(' ') : text;
}

/** Fold a unit name and drop its unit prefix: "Xã Ba" -> "ba", "Huyện Đại Lộc" -> "dai loc". */
export function foldUnitName(name: string): string {
	return fold(name).replace(PREFIX, '');
}

/** Rows of another table that references may point at, with how each is named. */
export interface RefRows {
	rows: readonly { id: string }[];
	label: (row: any) => string;
}

export type Resolve<T> = { ok: true; record: T } | { ok: false; suggestions: T[]; ambiguous: boolean };

export class Lookup {
	/** The map in view (ISO date): where two units share a name (Tam Hải of 2024 and of 01/07/2025),
	 * a name means the one that existed on this day. */
	mapDate = '2024-12-31';
	/** Successions of units (which unit each became, from when): the map over time (units-over-time.ts). */
	successions: readonly Succession[] = [];
	readonly districtById = new Map<string, District>();
	readonly communeById = new Map<string, Commune>();
	private others = new Map<string, { rows: RefRows; byId: Map<string, { id: string }>; byName: Map<string, { id: string }[]> | null }>();
	/** By folded name: made when a name is first resolved (an import, a paste, a typed name), not
	 * when the lookup is made (10,600 communes' names folded, twice per start, before the first rows). */
	private byNames: { districts: Map<string, District[]>; communes: Map<string, Commune[]> } | null = null;
	private readonly aliases: Record<string, string>;

	constructor(
		readonly districts: readonly District[],
		readonly communes: readonly Commune[],
		/** Extra spellings: folded alias -> commune id (the plan's "Tà Bhing", "Duy Phủ"...). */
		aliases: Record<string, string> = {},
		/** Rows of the other tables that columns point at, by table name. */
		others: Record<string, RefRows> = {}
	) {
		this.aliases = aliases;
		this.addRefs(others);
		for (const d of districts) this.districtById.set(d.id, d);
		for (const c of communes) this.communeById.set(c.id, c);
	}

	private names() {
		if (!this.byNames) {
			const districts = new Map<string, District[]>();
			const communes = new Map<string, Commune[]>();
			for (const d of this.districts) push(districts, foldUnitName(d.name), d);
			for (const c of this.communes) push(communes, foldUnitName(c.name), c);
			for (const [alias, id] of Object.entries(this.aliases)) {
				const c = this.communeById.get(id);
				if (c && !communes.has(foldUnitName(alias))) push(communes, foldUnitName(alias), c);
			}
			this.byNames = { districts, communes };
		}
		return this.byNames;
	}

	/** Every unit name's place in Vietnamese order, worked out once (see compareNames). */
	private nameRanks: Map<string, number> | null = null;
	private collator: Intl.Collator | null = null;

	/**
	 * Compare two names as `a.localeCompare(b, 'vi')` does (the sign). The names of the units are
	 * put in order once (one Intl.Collator sort of about 11,000 names), then two of them compare as
	 * two numbers: a sort of 63,600 targets by district and commune costs about a million
	 * comparisons. Other texts are compared by the collator.
	 */
	compareNames(a: string, b: string): number {
		// (An unknown name's NaN makes the difference NaN, and the collator answers.)
		return this.nameRank(a) - this.nameRank(b) || this.collator!.compare(a, b);
	}
	/** A unit name's place in Vietnamese order (0 for '', the name of no unit), NaN for another text;
	 * below nameCount(). */
	nameRank(name: string): number {
		return this.ranks().get(name) ?? NaN;
	}
	nameCount(): number {
		return this.ranks().size + 1;
	}
	private ranks(): Map<string, number> {
		if (!this.nameRanks) {
			const collator = (this.collator = new Intl.Collator('vi'));
			const names = [...new Set(['', ...this.districts.map((d) => d.name), ...this.communes.map((c) => c.name)])].sort(collator.compare);
			this.nameRanks = new Map();
			let rank = 0;
			names.forEach((n, i) => {
				if (i && collator.compare(names[i - 1], n) !== 0) rank++;
				this.nameRanks!.set(n, rank);
			});
		}
		return this.nameRanks;
	}

	districtName(id: string | null | undefined): string {
		return (id && this.districtById.get(id)?.name) || '';
	}
	communeName(id: string | null | undefined): string {
		return (id && this.communeById.get(id)?.name) || '';
	}
	/** "Tam Thanh (Tam Kỳ)": unique display name of a commune; a unit formed by a reform says from when
	 * ("Tam Hải (Núi Thành, 01/07/2025)"). */
	communeLabel(c: Commune): string {
		const from = c.validFrom ? `, ${c.validFrom.split('-').reverse().join('/')}` : '';
		return `${c.name} (${this.districtName(c.districtId)}${from})`;
	}

	// ------------------------------------------------ references to any table
	/** Take in the rows of more tables that columns point at (tables it has are left as they are): the
	 * app's lookup gets them when the definitions of those tables load (schema/registry.ts). */
	addRefs(others: Record<string, RefRows>) {
		for (const [table, rows] of Object.entries(others)) {
			if (this.others.has(table)) continue;
			// (Its names are indexed when one is first resolved: resolveRef.)
			this.others.set(table, { rows, byId: new Map(rows.rows.map((r) => [r.id, r])), byName: null });
		}
	}

	/** The row a reference points at (communes, districts, or another table given to the constructor). */
	refRow(table: string, id: unknown): { id: string } | undefined {
		const key = String(id ?? '');
		if (table === 'communes') return this.communeById.get(key);
		if (table === 'districts') return this.districtById.get(key);
		return this.others.get(table)?.byId.get(key);
	}
	/** The rows a reference to `table` can point at. */
	refRows(table: string): readonly { id: string }[] {
		if (table === 'communes') return this.communes;
		if (table === 'districts') return this.districts;
		return this.others.get(table)?.rows.rows ?? [];
	}
	/** The name shown in a cell ("Đại Thạnh"). */
	refName(table: string, id: unknown): string {
		if (table === 'communes') return this.communeName(String(id ?? ''));
		if (table === 'districts') return this.districtName(String(id ?? ''));
		const o = this.others.get(table);
		const r = o?.byId.get(String(id ?? ''));
		return r ? o!.rows.label(r) : '';
	}
	/** The unique name shown in a list of choices ("Tam Thanh (Tam Kỳ)"). */
	refChoiceLabel(table: string, row: { id: string }): string {
		if (table === 'communes') return this.communeLabel(row as Commune);
		return this.refName(table, row.id);
	}
	/** Resolve a reference typed, pasted or imported: by id, by name (folded), with the closest names. */
	resolveRef(table: string, text: string, hint?: string): Resolve<{ id: string }> {
		if (table === 'communes') return this.resolveCommune(text, hint);
		if (table === 'districts') return this.resolveDistrict(text);
		const o = this.others.get(table);
		if (!o) return { ok: false, ambiguous: false, suggestions: [] };
		const t = text.trim();
		const byId = o.byId.get(t);
		if (byId) return { ok: true, record: byId };
		if (!o.byName) {
			o.byName = new Map();
			for (const r of o.rows.rows) push(o.byName, fold(o.rows.label(r)), r);
		}
		const found = o.byName.get(fold(t)) ?? [];
		if (found.length === 1) return { ok: true, record: found[0] };
		return {
			ok: false,
			ambiguous: found.length > 1,
			suggestions: found.length > 1 ? found : closest(t, o.rows.rows, (r) => o.rows.label(r))
		};
	}

	resolveDistrict(text: string): Resolve<District> {
		const t = text.trim();
		const byId = this.districtById.get(t);
		if (byId) return { ok: true, record: byId };
		const found = this.names().districts.get(foldUnitName(t)) ?? [];
		if (found.length === 1) return { ok: true, record: found[0] };
		return {
			ok: false,
			ambiguous: found.length > 1,
			suggestions: found.length > 1 ? found : closest(t, this.districts, (d) => d.name)
		};
	}

	/**
	 * Resolve a commune by code, by name, or by "Name (District)". A district hint narrows
	 * names that occur in more than one district.
	 */
	resolveCommune(text: string, districtHint?: string): Resolve<Commune> {
		const t = text.trim();
		const byId = this.communeById.get(t) ?? (/^\d{4}$/.test(t) ? this.communeById.get('0' + t) : undefined);
		if (byId) return { ok: true, record: byId };
		let name = t;
		let hint = districtHint;
		const m = /^(.*)\(([^)]*)\)\s*$/.exec(t);
		if (m) {
			name = m[1];
			hint = m[2];
		}
		let found = this.names().communes.get(foldUnitName(name)) ?? [];
		if (found.length > 1 && hint) {
			const d = this.resolveDistrict(hint);
			if (d.ok) found = found.filter((c) => c.districtId === d.record.id);
		}
		if (found.length > 1) {
			// Names that fold alike ("Tam Dân", "Tam Đàn"): the exact accented spelling decides.
			const plain = plainUnitName(name);
			const exact = found.filter((c) => plainUnitName(c.name) === plain);
			if (exact.length) found = exact;
		}
		if (found.length > 1) {
			// "Phường Phước Hòa" vs "Xã Phước Hòa": the unit prefix gives the kind.
			const kind = COMMUNE_KIND_PREFIX[PREFIX.exec(fold(name))?.[1] ?? ''];
			const ofKind = kind ? found.filter((c) => c.kind === kind) : [];
			if (ofKind.length) found = ofKind;
		}
		if (found.length > 1) {
			// The same name on two maps: the unit of the map in view (the latest to begin by then).
			const begun = found.filter((c) => !c.validFrom || c.validFrom <= this.mapDate);
			const latest = begun.reduce<string>((m, c) => (c.validFrom && c.validFrom > m ? c.validFrom : m), '');
			const onMap = begun.filter((c) => (c.validFrom ?? '') === latest);
			if (onMap.length) found = onMap;
		}
		if (found.length > 1) {
			const xa = found.filter((c) => c.kind === 'xa');
			if (xa.length === 1 && !hint) found = xa;
		}
		if (found.length === 1) return { ok: true, record: found[0] };
		return {
			ok: false,
			ambiguous: found.length > 1,
			suggestions: found.length > 1 ? found : closest(name, this.communes, (c) => c.name)
		};
	}
}

/** Same name with diacritics, ignoring case, spacing and a unit prefix ("Xã Tam Đàn" = "tam đàn"). */
function sameAccented(a: string, b: string): boolean {
	const f = (x: string) =>
		clean(x)
			.toLowerCase()
			.replace(/^(xã|phường|thị trấn) /, '');
	return f(a) === f(b);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
