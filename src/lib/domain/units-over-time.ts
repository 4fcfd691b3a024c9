// Units over time: which commune-level and district-level units exist on a date, what each became
// (successions: the 01/01/2025 mergers, the 01/07/2025 units of TP Đà Nẵng, the end of the district
// level), and rows of the plan rolled up into the units of a later map. Nothing is rewritten: a
// row keeps the unit it was made for, and views follow the successions to show it under the unit
// of the date in view.
import type { Commune, District } from './records';

export const SUCCESSION_LEVELS = ['commune', 'district'] as const;
export type SuccessionLevel = (typeof SUCCESSION_LEVELS)[number];
/** merged: into another (new or existing) unit; kept: the same unit under a new parent; converted:
 * the same place as another kind of unit (thị trấn -> xã); abolished: the level ended (districts). */
export const SUCCESSION_KINDS = ['merged', 'kept', 'converted', 'abolished'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

export interface Succession {
	id: string;
	version: number;
	updatedAt: string;
	/** The day the successor takes over (the predecessor's last day is the day before). */
	date: string;
	level: SuccessionLevel;
	fromId: string;
	/** The unit it became (none when the level ended). */
	toId: string | null;
	kind: SuccessionKind;
	basis: string;
	clause: string;
	notes: string;
}

/** The map the 2021-2025 plan was made on, and the first day of the map of TP Đà Nẵng. */
export const MAP_2024 = '2024-12-31';
export const MAP_2025 = '2025-07-01';
/** From this day there is no district level: the former district is a grouping kept for continuity. */
export const DISTRICTS_END = '2025-07-01';

/** The day before an ISO date ("2025-07-01" -> "2025-06-30"). */
export function dayBefore(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}

/** "2025-07-01" -> "01/07/2025". */
export function dmy(iso: string | null | undefined): string {
	if (!iso) return '';
	const [y, m, d] = iso.slice(0, 10).split('-');
	return `${d}/${m}/${y}`;
}

type UnitDates = { validFrom?: string | null };

export class UnitMap {
	private out = new Map<string, Succession>();
	private into = new Map<string, Succession[]>();
	private districtOut = new Map<string, Succession>();
	readonly communeById: Map<string, Commune>;

	constructor(
		readonly communes: readonly Commune[],
		readonly districts: readonly District[],
		successions: readonly Succession[]
	) {
		this.communeById = new Map(communes.map((c) => [c.id, c]));
		// A unit's first succession ends it (a later one, if typed by mistake, is ignored here and
		// refused by the table's check).
		const sorted = [...successions].sort((a, b) => a.date.localeCompare(b.date));
		for (const s of sorted) {
			if (s.level === 'district') {
				if (!this.districtOut.has(s.fromId)) this.districtOut.set(s.fromId, s);
				continue;
			}
			if (this.out.has(s.fromId)) continue;
			this.out.set(s.fromId, s);
			if (s.toId) {
				const list = this.into.get(s.toId) ?? [];
				list.push(s);
				this.into.set(s.toId, list);
			}
		}
	}

	/** The succession that ended a commune-level unit, if any. */
	endOf(id: string): Succession | undefined {
		return this.out.get(id);
	}
	/** Last day a commune-level unit existed (null: still exists). */
	validTo(id: string): string | null {
		const s = this.out.get(id);
		return s ? dayBefore(s.date) : null;
	}
	validFrom(c: UnitDates): string | null {
		return c.validFrom ?? null;
	}
	/** Did the unit exist on `date`? (No start date: it existed before the records begin.) */
	validAt(c: Commune, date: string): boolean {
		const from = c.validFrom ?? null;
		const to = this.validTo(c.id);
		return (!from || from <= date) && (!to || date <= to);
	}
	/** The commune-level units of the map on `date`. */
	unitsAt(date: string): Commune[] {
		return this.communes.filter((c) => this.validAt(c, date));
	}

	/** The unit a commune-level unit had become by `date` (itself when it still existed, or when it
	 * had not begun yet); null for an unknown id. */
	successorAt(id: string, date: string): string | null {
		let cur = id;
		for (let guard = 0; guard < 20; guard++) {
			const s = this.out.get(cur);
			if (!s || !s.toId || s.date > date) return this.communeById.has(cur) ? cur : null;
			cur = s.toId;
		}
		return cur;
	}
	/** The units that went straight into this one. */
	predecessors(id: string): string[] {
		return (this.into.get(id) ?? []).map((s) => s.fromId);
	}
	/** The successions into this unit (with their resolution and clause). */
	arrivals(id: string): Succession[] {
		return this.into.get(id) ?? [];
	}
	/** Every earlier unit this one grew from, the oldest first (units of 2024 and the 01/01/2025 ones). */
	origins(id: string): string[] {
		const seen: string[] = [];
		const walk = (x: string) => {
			for (const p of this.predecessors(x)) {
				walk(p);
				seen.push(p);
			}
		};
		walk(id);
		return seen;
	}
	/** The units of the first map a unit is made of (the 2024 units: those without a start day),
	 * itself when it is one and nothing merged into it. Duy Tân, which took in Duy Thu on 01/01/2025,
	 * is one of Thu Bồn's, with Duy Thu. */
	roots(id: string): string[] {
		const first = (x: string) => !this.communeById.get(x)?.validFrom;
		const all = [...this.origins(id), id].filter(first);
		return all.length ? [...new Set(all)] : [id];
	}

	/** Last day of a district-level unit (null: still exists). */
	districtValidTo(id: string): string | null {
		const s = this.districtOut.get(id);
		return s ? dayBefore(s.date) : null;
	}
	districtEnd(id: string): Succession | undefined {
		return this.districtOut.get(id);
	}
	/** The district a former district had become by `date` (Nông Sơn -> Quế Sơn from 01/01/2025),
	 * or null when the district level had ended. */
	districtAt(id: string, date: string): string | null {
		let cur = id;
		for (let guard = 0; guard < 10; guard++) {
			const s = this.districtOut.get(cur);
			if (!s || s.date > date) return cur;
			if (!s.toId) return null;
			cur = s.toId;
		}
		return cur;
	}
	/** Did the district level exist on `date`? */
	hasDistricts(date: string): boolean {
		return this.districts.some((d) => this.districtAt(d.id, date) === d.id);
	}

	/** Rows made for units (by `unitOf`) grouped under the unit each had become by `date`. */
	rollUp<R>(rows: readonly R[], unitOf: (r: R) => string | null | undefined, date: string): Map<string, R[]> {
		const out = new Map<string, R[]>();
		for (const r of rows) {
			const u = unitOf(r);
			if (!u) continue;
			const to = this.successorAt(u, date) ?? u;
			const list = out.get(to);
			if (list) list.push(r);
			else out.set(to, [r]);
		}
		return out;
	}
}

/** The commune-level units of the map of `date` (default: the 2021-2025 plan's). Without the
 * successions, units formed after `date` are left out and all others kept. */
export function communesOnMap<C extends Commune>(communes: readonly C[], successions: readonly Succession[] | undefined, date: string = MAP_2024): C[] {
	const map = new UnitMap(communes, [], successions ?? []);
	return communes.filter((c) => map.validAt(c, date));
}
