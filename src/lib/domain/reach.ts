// When does a commune count as recognised at a level? Shared by the aggregates (dashboard) and the
// URL filters (drill-down into the communes grid), so both count exactly the same rows.
import { LEVEL_RANK, LEVELS, type Level } from './enums';
import type { Commune, Target } from './records';

/** Recognised targets grouped by commune id (the second source of recognitions besides the register). */
export type RecognisedIndex = Map<string, Target[]>;

export function recognisedIndex(targets: readonly Target[]): RecognisedIndex {
	const m: RecognisedIndex = new Map();
	for (const t of targets) {
		if (t.status !== 'recognised') continue;
		const list = m.get(t.communeId);
		if (list) list.push(t);
		else m.set(t.communeId, [t]);
	}
	return m;
}

/** A commune's target as far as recognition goes (a Target, or the communes grid's CommunePlan entry). */
export interface TargetMark {
	year: number;
	level: string;
	status?: string;
}

/**
 * Highest level rank (0 = none) a commune has reached by the end of year `until` (null = any time):
 * the level recorded in the commune register (recognisedLevel; an unknown recognisedYear counts as
 * "before the plan"), or the level of a target marked recognised (its year ≤ until).
 */
export function reachedRank(c: Commune, marks: readonly TargetMark[] | undefined, until: number | null = null): number {
	let rank = 0;
	if (c.recognisedLevel && (until === null || c.recognisedYear === null || c.recognisedYear <= until)) {
		rank = LEVEL_RANK[c.recognisedLevel] ?? 0;
	}
	// `marks` are this commune's targets; only those marked recognised count.
	for (const t of marks ?? []) {
		if (t.status !== 'recognised' || !isLevel(t.level)) continue;
		if (until !== null && t.year > until) continue;
		rank = Math.max(rank, LEVEL_RANK[t.level]);
	}
	return rank;
}

/** Rank from the register only (recognisedLevel), by the end of year `until`. */
export function registerRank(c: Commune, until: number | null = null): number {
	return reachedRank(c, undefined, until);
}

export function isLevel(s: string): s is Level {
	return (LEVELS as readonly string[]).includes(s);
}
