// What the write path (write.ts) does about space, loaded only when it is needed (a write of
// ROOM_CHECK_OVER changes or more, or a failed write), so none of it is on the first page: the check
// before a large write, and the report of a write that failed for lack of space.
import type { TableName } from '$lib/schema';
import type { NtmDatabase } from './database';
import type { Change } from './write';
import { AppError, toAppError } from './errors';
import { ensureRoom, storageInfo, RESERVE_BYTES } from './storage';
import { isAbort } from './storage-errors';
// The messages these errors carry.
import '$lib/i18n/backup-texts';

/** Records read per step when the data is read again (as the write path writes them). */
const READ_SLICE = 2000;

const idOf = (c: Change) => ('id' in c ? c.id : c.record.id);

/** Refuse (AppError 'storage.noRoom', nothing written) a write that will not fit. */
export async function ensureRoomFor(changes: readonly Change[]): Promise<void> {
	await ensureRoom(changeBytes(changes));
}

/** A stored row's JSON, for changes that do not carry the whole row (a patch, a deletion). */
const ROW_BYTES_GUESS = 600;

/** Changes measured at most, evenly spread, to estimate a large write (a 64,000-row import is not
 * turned into JSON whole just to be measured). */
const BYTES_SAMPLE = 2000;

/** JSON bytes a list of changes will store: the rows written and their undo copies. */
export function changeBytes(changes: readonly Change[]): number {
	const step = Math.max(1, changes.length / BYTES_SAMPLE);
	let n = 0;
	let measured = 0;
	for (let k = 0; k * step < changes.length; k++) {
		// One change from each stride, at a spread position (a regular pattern in the rows is not aliased).
		const at = step === 1 ? k : Math.floor(k * step + ((k * 0.6180339887) % 1) * step);
		const c = changes[Math.min(changes.length - 1, at)];
		measured++;
		if (c.op === 'insert') n += JSON.stringify(c.record).length;
		else if (c.op === 'put') n += JSON.stringify(c.record).length + ROW_BYTES_GUESS;
		else if (c.op === 'patch') n += JSON.stringify(c.patch).length + 2 * ROW_BYTES_GUESS;
		else n += ROW_BYTES_GUESS;
	}
	return measured ? Math.round((n / measured) * changes.length) : 0;
}

/**
 * The error a failed write reports. A failure for lack of space says so, and says what changed:
 * the write was one transaction, so nothing should have; this re-reads the database to be sure
 * (no new undo entry, no new row stored, no row at a new version) and reports what it found.
 */
export async function failure(db: NtmDatabase, changes: Change[], e: unknown, txError: unknown, lastSeq: number | undefined): Promise<AppError> {
	let err = toAppError(e, txError);
	if (err.key === 'err.unexpected' && isAbort(e)) {
		// An abort that does not say why: a (nearly) full store is the usual reason.
		const { usage, quota } = await storageInfo();
		if (usage !== null && quota !== null && quota - usage < RESERVE_BYTES) err = new AppError('err.quota', {}, err.params.detail as string);
	}
	if (err.key !== 'err.quota') return err;
	const tech = err.technical;
	try {
		const checked = await unchanged(db, changes, lastSeq);
		return checked === false
			? new AppError('storage.fullChanged', {}, tech)
			: new AppError('storage.full', { checked }, tech);
	} catch (again) {
		return new AppError('storage.fullUnknown', {}, `${tech}\n${String((again as Error)?.message ?? again).slice(0, 200)}`);
	}
}

/** Rows checked and found as before (false: something did change). */
async function unchanged(db: NtmDatabase, changes: Change[], lastSeq: number | undefined): Promise<number | false> {
	if (((await db.history.orderBy('seq').lastKey()) as number | undefined) !== lastSeq) return false;
	let checked = 0;
	const byTable = new Map<TableName, Change[]>();
	for (const c of changes) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
	for (const [table, list] of byTable) {
		for (let start = 0; start < list.length; start += READ_SLICE) {
			const slice = list.slice(start, start + READ_SLICE);
			const got = (await db.table(table).bulkGet(slice.map(idOf))) as (Record<string, unknown> | undefined)[];
			for (let i = 0; i < slice.length; i++) {
				const c = slice[i];
				const expected = 'expectedVersion' in c ? c.expectedVersion : undefined;
				if (c.op === 'insert' && got[i]) return false;
				if (expected !== undefined && got[i] && got[i]!.version !== expected) return false;
				if (c.op === 'delete' && expected !== undefined && !got[i]) return false;
				checked++;
			}
		}
	}
	return checked;
}
