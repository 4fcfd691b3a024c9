// The plan on a later map: its commune targets rolled up into the units of that map, and what is
// recorded of each unit's standing. A new unit's level is a recognition of its own (never inferred
// from its predecessors'); the predecessors' levels are context, counted beside it.
import type { Commune, Target } from './records';
import { COMMUNE_RANK, type RecognitionIndex } from './recognitions';
import type { UnitMap } from './units-over-time';

export interface MapUnitRow {
	unit: Commune;
	/** The 2024 units it was formed from (itself when unchanged). */
	roots: string[];
	/** The plan's targets made for those units. */
	targets: Target[];
	/** Roots recognised NTM (or higher) by then, as context. */
	rootsNtm: number;
	/** The unit's own recognition (rank: 0 none, 1 NTM, 2 nâng cao, 3 kiểu mẫu). */
	ownRank: number;
}

export interface MapSummary {
	date: string;
	units: number;
	byKind: Record<Commune['kind'], number>;
	/** Units with at least one target of the plan rolled up into them. */
	withTargets: number;
	targets: number;
	/** Xã whose every predecessor was recognised NTM (context, not a status). */
	allRootsNtm: number;
	/** Xã with a recognition of their own. */
	ownRecognised: number;
	xa: number;
	rows: MapUnitRow[];
}

export function mapSummary(map: UnitMap, date: string, targets: readonly Target[], index: RecognitionIndex, year: number | null = null): MapSummary {
	const units = map.unitsAt(date);
	const rolled = map.rollUp(targets, (t) => t.communeId, date);
	const byKind: MapSummary['byKind'] = { xa: 0, phuong: 0, thi_tran: 0 };
	const rows: MapUnitRow[] = units.map((unit) => {
		byKind[unit.kind]++;
		const roots = map.roots(unit.id);
		const rootsNtm = roots.filter((r) => index.communeRank(r, year) >= (COMMUNE_RANK.ntm ?? 1)).length;
		return { unit, roots, targets: rolled.get(unit.id) ?? [], rootsNtm, ownRank: index.communeRank(unit.id, year) };
	});
	const xa = rows.filter((r) => r.unit.kind === 'xa');
	return {
		date,
		units: units.length,
		byKind,
		withTargets: rows.filter((r) => r.targets.length).length,
		targets: rows.reduce((n, r) => n + r.targets.length, 0),
		allRootsNtm: xa.filter((r) => r.roots.length && r.rootsNtm === r.roots.length).length,
		ownRecognised: xa.filter((r) => r.ownRank > 0).length,
		xa: xa.length,
		rows
	};
}
