// Resolving district and commune names or codes to records, with suggestions for unknown names.
import type { Commune, District } from './records';
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

export type Resolve<T> = { ok: true; record: T } | { ok: false; suggestions: T[]; ambiguous: boolean };

export class Lookup {
	readonly districtById = new Map<string, District>();
	readonly communeById = new Map<string, Commune>();
	private districtByName = new Map<string, District[]>();
	private communeByName = new Map<string, Commune[]>();

	constructor(
		readonly districts: readonly District[],
		readonly communes: readonly Commune[],
		/** Extra spellings: folded alias -> commune id (the plan's "Tà Bhing", "Duy Phủ"...). */
		aliases: Record<string, string> = {}
	) {
		for (const d of districts) {
			this.districtById.set(d.id, d);
			push(this.districtByName, foldUnitName(d.name), d);
		}
		for (const c of communes) {
			this.communeById.set(c.id, c);
			push(this.communeByName, foldUnitName(c.name), c);
		}
		for (const [alias, id] of Object.entries(aliases)) {
			const c = this.communeById.get(id);
			if (c && !this.communeByName.has(foldUnitName(alias))) push(this.communeByName, foldUnitName(alias), c);
		}
	}

	districtName(id: string | null | undefined): string {
		return (id && this.districtById.get(id)?.name) || '';
	}
	communeName(id: string | null | undefined): string {
		return (id && this.communeById.get(id)?.name) || '';
	}
	/** "Tam Thanh (Tam Kỳ)": unique display name of a commune. */
	communeLabel(c: Commune): string {
		return `${c.name} (${this.districtName(c.districtId)})`;
	}

	resolveDistrict(text: string): Resolve<District> {
		const t = text.trim();
		const byId = this.districtById.get(t);
		if (byId) return { ok: true, record: byId };
		const found = this.districtByName.get(foldUnitName(t)) ?? [];
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
		let found = this.communeByName.get(foldUnitName(name)) ?? [];
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
