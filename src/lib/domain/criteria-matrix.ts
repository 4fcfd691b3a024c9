// The criteria matrix (communes × criteria of a set, for an assessment year) and what follows from
// it: a commune's number of criteria met. Pure functions over records.
import type { Assessment, CriteriaCells } from './records';

export const MAX_CRITERIA = 19;
export type CellKey = keyof CriteriaCells;
/** c1 … c19: the matrix's cells, criterion n in cell c<n>. */
export const CELL_KEYS = Array.from({ length: MAX_CRITERIA }, (_, i) => `c${i + 1}`) as CellKey[];
export const cellKey = (n: number) => `c${n}` as CellKey;

/**
 * The set whose matrix gives "số tiêu chí đạt" in the 2021-2025 phase: the 19 criteria of an NTM
 * commune (QĐ 318/QĐ-TTg, Annex I). The goal "no commune under 15 criteria" is measured on it.
 */
export const COUNT_SET = 'qd318-xa';

/** Criteria of a row met, not met and assessed, among the first `size` cells. */
export function cellCounts(a: Partial<CriteriaCells>, size = MAX_CRITERIA): { met: number; notMet: number; assessed: number } {
	let met = 0;
	let notMet = 0;
	for (let i = 0; i < size && i < MAX_CRITERIA; i++) {
		const v = a[CELL_KEYS[i]];
		if (v === 'dat') met++;
		else if (v === 'chua_dat') notMet++;
	}
	return { met, notMet, assessed: met + notMet };
}

/** A commune's count of criteria met as the matrix gives it. */
export interface MatrixCount {
	communeId: string;
	assessmentId: string;
	year: number;
	met: number;
	assessed: number;
	size: number;
}

/**
 * Each commune's count from its latest assessment year that has data (at least one cell filled) in
 * the counting set. A commune with no such row is absent: its entered count stays.
 */
export function latestCounts(assessments: readonly Assessment[], setId = COUNT_SET, size = MAX_CRITERIA): Map<string, MatrixCount> {
	const out = new Map<string, MatrixCount>();
	for (const a of assessments) {
		if (a.setId !== setId || !a.communeId) continue;
		const c = cellCounts(a, size);
		if (!c.assessed) continue;
		const cur = out.get(a.communeId);
		if (cur && cur.year >= a.year) continue;
		out.set(a.communeId, { communeId: a.communeId, assessmentId: a.id, year: a.year, met: c.met, assessed: c.assessed, size });
	}
	return out;
}

/** The criteria (numbers) a row does not meet: not met, or (with `orUnassessed`) not assessed either. */
export function missingCriteria(a: Partial<CriteriaCells>, size = MAX_CRITERIA, orUnassessed = false): number[] {
	const out: number[] = [];
	for (let i = 0; i < size && i < MAX_CRITERIA; i++) {
		const v = a[CELL_KEYS[i]];
		if (v === 'chua_dat' || (orUnassessed && v == null)) out.push(i + 1);
	}
	return out;
}
