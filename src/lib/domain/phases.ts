// Phases of the programme (2021-2025, 2026-2030): each owns its years, its map (the units as of a
// date), its criteria set and its goals. A new phase starts as a draft made from the current one:
// its goals copied to be edited, and the targets of units that have not reached them moved onto the
// units of the new map (the row of the old phase is kept as it was).
import type { Commune, Goal, Target } from './records';
import type { Level } from './enums';
import { LEVEL_RANK } from './enums';
import type { RecognitionIndex } from './recognitions';
import { MAP_2025, type UnitMap } from './units-over-time';

export const PHASE_STATUSES = ['current', 'draft', 'closed'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

export interface Phase {
	id: string;
	version: number;
	updatedAt: string;
	name: string;
	yearFrom: number;
	yearTo: number;
	/** The units the phase is planned on: the map of this date. */
	mapDate: string;
	criteriaSetId: string | null;
	status: PhaseStatus;
	/** The phase it was drafted from. */
	basedOn: string | null;
	notes: string;
}

/** The plan's own phase: what a database without a phases row (or an empty goal phase) means. */
export const FIRST_PHASE = '2021-2025';

export function phaseOfYear(phases: readonly Phase[], year: number): Phase | undefined {
	return phases.find((p) => p.yearFrom <= year && year <= p.yearTo);
}
export const goalPhase = (g: Pick<Goal, 'phase'>) => g.phase || FIRST_PHASE;

/** The next phase after `from` (five years on) as a draft, with the set of criteria named for it. */
export function nextPhase(from: Phase, criteriaSets: readonly { id: string; phase: string; scope: string }[], name: (years: string) => string, now: string): Phase {
	const yearFrom = from.yearTo + 1;
	const yearTo = from.yearTo + 5;
	const id = `${yearFrom}-${yearTo}`;
	const set = criteriaSets.find((s) => s.phase === id && s.scope === 'commune');
	return {
		id,
		version: 1,
		updatedAt: now,
		name: name(id),
		yearFrom,
		yearTo,
		mapDate: from.mapDate < MAP_2025 ? MAP_2025 : from.mapDate,
		criteriaSetId: set?.id ?? null,
		status: 'draft',
		basedOn: from.id,
		notes: ''
	};
}

export interface DraftTarget {
	communeId: string;
	districtId: string;
	level: Level;
	year: number;
	/** The targets of the old phase it comes from (their communes named in the note). */
	from: Target[];
}

/**
 * The targets of the draft: for each xã of the new map, each level that a unit it grew from was
 * still to reach in the old phase (not recognised) and that the new unit has no recognition of,
 * once, in the first year of the new phase.
 */
export function draftTargets(old: readonly Target[], phase: Phase, map: UnitMap, recognised: RecognitionIndex): DraftTarget[] {
	const open = old.filter((t) => t.status !== 'recognised');
	const byUnit = map.rollUp(open, (t) => t.communeId, phase.mapDate);
	const out: DraftTarget[] = [];
	for (const [unitId, list] of byUnit) {
		const unit = map.communeById.get(unitId);
		if (!unit || unit.kind !== 'xa' || !map.validAt(unit, phase.mapDate)) continue;
		const held = recognised.communeRank(unitId, phase.yearFrom - 1);
		const levels = new Map<Level, Target[]>();
		for (const t of list) {
			const l = t.level as Level;
			if (held >= LEVEL_RANK[l]) continue;
			levels.set(l, [...(levels.get(l) ?? []), t]);
		}
		for (const [level, from] of [...levels].sort((a, b) => LEVEL_RANK[a[0]] - LEVEL_RANK[b[0]]))
			out.push({ communeId: unitId, districtId: unit.districtId, level, year: phase.yearFrom, from });
	}
	return out.sort((a, b) => a.communeId.localeCompare(b.communeId) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
}

/** The xã of a phase's map (the basis of its commune goals). */
export function phaseCommunes(map: UnitMap, phase: Phase): Commune[] {
	return map.unitsAt(phase.mapDate).filter((c) => c.kind === 'xa');
}
