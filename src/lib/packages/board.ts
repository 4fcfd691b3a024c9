// The collection board of a period (pure): for each district, whether its package was sent, its
// return came back and was applied, is awaited or overdue, and how many of its figures are missing.
import type { ResultFigure } from '$lib/domain/association';
import type { PackageRecord } from './types';
import { missingFigures } from './figures';

/**
 * notSent: no package made for the district; waiting: sent, no return yet, not yet due; overdue:
 * sent, no return, past the deadline; returned: a return came back but is not applied; applied: a
 * return was applied here.
 */
export const BOARD_STATUSES = ['notSent', 'waiting', 'overdue', 'returned', 'applied'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export interface BoardRow {
	districtId: string;
	status: BoardStatus;
	/** The package record (role 'sent'), if one was made. */
	record: PackageRecord | null;
	deadline: string | null;
	/** Measures the district has sent no figure for. */
	missing: string[];
}

/** The status of one district's package on `today` (ISO date, local). */
export function boardStatus(record: Pick<PackageRecord, 'sentAt' | 'returnedAt' | 'appliedAt' | 'deadline'> | null, today: string): BoardStatus {
	if (!record || !record.sentAt) return record?.appliedAt ? 'applied' : record?.returnedAt ? 'returned' : 'notSent';
	if (record.appliedAt) return 'applied';
	if (record.returnedAt) return 'returned';
	if (record.deadline && today > record.deadline) return 'overdue';
	return 'waiting';
}

/** The board of a period: one row per district, in the order given. */
export function collectionBoard(opts: {
	periodId: string;
	districtIds: readonly string[];
	packages: readonly PackageRecord[];
	results: readonly Pick<ResultFigure, 'districtId' | 'periodId' | 'measureId' | 'value'>[];
	measureIds: readonly string[];
	/** Deadline for districts with no package record (the period's default). */
	deadline: string | null;
	today: string;
}): BoardRow[] {
	const sent = new Map(opts.packages.filter((p) => p.role === 'sent' && p.periodId === opts.periodId).map((p) => [p.districtId, p]));
	return opts.districtIds.map((districtId) => {
		const record = sent.get(districtId) ?? null;
		return {
			districtId,
			record,
			status: boardStatus(record, opts.today),
			deadline: record?.deadline ?? opts.deadline,
			missing: missingFigures(opts.results, districtId, opts.measureIds, opts.periodId)
		};
	});
}

/** How many districts are in each status. */
export function boardCounts(rows: readonly BoardRow[]): Record<BoardStatus, number> {
	const out = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<BoardStatus, number>;
	for (const r of rows) out[r.status]++;
	return out;
}
