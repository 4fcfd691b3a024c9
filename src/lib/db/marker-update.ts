// Keeping the dataset marker (marker.ts) in step: after each change, after a backup, and the backup
// reminder. Loaded after the first page is shown (the first page only reads the marker).
import type { NtmDatabase } from './database';
import { MARKER_KEY, readMarker, type DatasetMarker } from './marker';
import { readDbState } from './marker-db';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function store(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage blocked
	}
}

export function writeMarker(m: DatasetMarker, s: StorageLike | null = store()) {
	try {
		s?.setItem(MARKER_KEY, JSON.stringify(m));
	} catch {
		/* storage full or blocked: the marker is a help, not a must */
	}
}

/**
 * The marker after seeing the database (at start or after a change). `newEntries` is the number of
 * undo-history entries newer than `marker.seenSeq`, `seq` the newest entry's number (0: none). A
 * history that was emptied (a restore, "reset to the plan") starts the count again from its newest.
 */
export function seen(
	marker: DatasetMarker | null,
	state: { datasetId: string; rows: number; seq: number; newEntries: number },
	now = new Date().toISOString()
): DatasetMarker {
	const { datasetId, rows, seq, newEntries } = state;
	if (!marker || marker.datasetId !== datasetId) {
		return { datasetId, since: now, lastChange: now, seenSeq: seq, changes: 0, rows, lastBackup: null };
	}
	const changed = newEntries > 0;
	return {
		...marker,
		rows,
		seenSeq: seq,
		changes: marker.changes + (seq >= marker.seenSeq ? newEntries : 0),
		lastChange: changed ? now : marker.lastChange
	};
}

/** The marker after a backup file was written. */
export function backedUp(marker: DatasetMarker, now = new Date().toISOString()): DatasetMarker {
	return { ...marker, lastBackup: now, changes: 0 };
}

export const REMIND_AFTER_DAYS = 7;
export const REMIND_AFTER_CHANGES = 200;

/** Remind the planner to write a backup: the last one (or, never made, the dataset) is older than a
 * week, or 200 changes were made since. */
export function backupDue(m: DatasetMarker | null, now = Date.now()): { days: number; changes: number } | null {
	if (!m) return null;
	const from = Date.parse(m.lastBackup ?? m.since);
	const days = Number.isFinite(from) ? Math.floor((now - from) / 86_400_000) : 0;
	const changes = m.changes;
	return days >= REMIND_AFTER_DAYS || changes >= REMIND_AFTER_CHANGES ? { days, changes } : null;
}

/** Bring the marker up to date with the database (at start, after each change). Writes nothing
 * when the connection is closed (the database is being deleted or upgraded by another tab). */
export async function updateMarker(db: NtmDatabase): Promise<DatasetMarker | null> {
	if (!db.isOpen()) return readMarker();
	const before = readMarker();
	const [state, seq, newEntries] = await Promise.all([
		readDbState(db),
		db.history.orderBy('seq').lastKey() as Promise<number | undefined>,
		db.history.where('seq').above(before?.seenSeq ?? 0).count()
	]);
	if (!state.datasetId || !db.isOpen()) return before;
	const now = readMarker();
	// Another tab updated it meanwhile from the same starting point: its figures are as good as ours.
	if (now && before && now.seenSeq !== before.seenSeq) return now;
	const next = seen(before, { datasetId: state.datasetId, rows: state.rows, seq: seq ?? 0, newEntries });
	writeMarker(next);
	return next;
}

/** A backup file was written. */
export function markBackedUp(): DatasetMarker | null {
	const m = readMarker();
	if (!m) return null;
	const next = backedUp(m);
	writeMarker(next);
	return next;
}
