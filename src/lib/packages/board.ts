// The collection board of a period (pure): for each district, whether its package was sent, its
// return came back and was applied, is awaited or overdue, and how many of its figures are missing;
// one level down, the same for the communes of a district (communeBoard).
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
	const sent = new Map(opts.packages.filter((p) => p.role === 'sent' && p.periodId === opts.periodId && !p.communeId).map((p) => [p.districtId, p]));
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

export interface CommuneBoardRow {
	communeId: string;
	status: BoardStatus;
	/** The package record (role 'sent', this commune), if one was made. */
	record: PackageRecord | null;
	deadline: string | null;
}

/**
 * One level down: the board of a district's communes for a period, one row per commune in the order
 * given. A commune's package holds no figures of the period's results (they are kept per district),
 * so what is missing is the return itself: the communes still waiting or overdue (`missingCommunes`).
 */
export function communeBoard(opts: {
	periodId: string;
	districtId: string;
	communeIds: readonly string[];
	packages: readonly PackageRecord[];
	/** Deadline for communes with no package record. */
	deadline: string | null;
	today: string;
}): CommuneBoardRow[] {
	const sent = new Map(
		opts.packages
			.filter((p) => p.role === 'sent' && p.periodId === opts.periodId && p.districtId === opts.districtId && p.communeId)
			.map((p) => [String(p.communeId), p])
	);
	return opts.communeIds.map((communeId) => {
		const record = sent.get(communeId) ?? null;
		return { communeId, record, status: boardStatus(record, opts.today), deadline: record?.deadline ?? opts.deadline };
	});
}

/** Communes whose return is still missing: sent, and neither returned nor applied. */
export function missingCommunes(rows: readonly CommuneBoardRow[]): string[] {
	return rows.filter((r) => r.status === 'waiting' || r.status === 'overdue').map((r) => r.communeId);
}

/** How many districts (or communes) are in each status. */
export function boardCounts(rows: readonly { status: BoardStatus }[]): Record<BoardStatus, number> {
	const out = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<BoardStatus, number>;
	for (const r of rows) out[r.status]++;
	return out;
}
