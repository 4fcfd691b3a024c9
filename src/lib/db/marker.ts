// A small marker of the dataset kept outside the database (localStorage): which dataset this
// browser holds, when it last changed, how many changes it has had, when it was last backed up.
// It outlives the database when the browser deletes or resets that (a full disk, "clear site
// data" for IndexedDB only, a failed upgrade), so the app can tell "first visit" from "the data is
// gone" and never quietly load the plan over a planner's lost work.

export const MARKER_KEY = 'ntm.dataset';

export interface DatasetMarker {
	datasetId: string;
	/** When this browser first held the dataset (ISO). */
	since: string;
	/** Last change seen (ISO), and the newest undo-history entry seen then (its sequence number). */
	lastChange: string;
	seenSeq: number;
	/** Changes (undo steps) made since the last backup. */
	changes: number;
	/** Rows in the database when last seen (for the "data is gone" message). */
	rows: number;
	/** Last backup file written (ISO); null: never. */
	lastBackup: string | null;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function store(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage blocked
	}
}

export function readMarker(s: StorageLike | null = store()): DatasetMarker | null {
	try {
		const raw = s?.getItem(MARKER_KEY);
		if (!raw) return null;
		const m = JSON.parse(raw) as Partial<DatasetMarker>;
		if (!m || typeof m.datasetId !== 'string' || !m.datasetId) return null;
		const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
		const str = (v: unknown) => (typeof v === 'string' ? v : '');
		return {
			datasetId: m.datasetId,
			since: str(m.since),
			lastChange: str(m.lastChange),
			seenSeq: num(m.seenSeq),
			changes: num(m.changes),
			rows: num(m.rows),
			lastBackup: typeof m.lastBackup === 'string' ? m.lastBackup : null
		};
	} catch {
		return null;
	}
}

export function writeMarker(m: DatasetMarker, s: StorageLike | null = store()) {
	try {
		s?.setItem(MARKER_KEY, JSON.stringify(m));
	} catch {
		/* storage full or blocked: the marker is a help, not a must */
	}
}

/** What the database holds at start, read before anything is seeded. */
export interface DbState {
	/** The dataset id in the database's meta (null: a new or emptied database). */
	datasetId: string | null;
	/** Rows in all tables. */
	rows: number;
}

/**
 * The start decision:
 * - 'first': nothing here before (no marker, new database): load the plan;
 * - 'lost': the marker says a dataset with rows was here, the database is new or empty: say so and
 *   offer a restore, never seed quietly;
 * - 'open': the database holds data (its dataset id is adopted if the marker had another one:
 *   a restore, or another tab replaced it).
 */
export function startDecision(marker: DatasetMarker | null, db: DbState): 'first' | 'lost' | 'open' {
	// Rows decide, not the dataset id: a database of release 0.1.0 may have rows and no id yet.
	if (db.rows > 0) return 'open';
	if (marker && marker.rows > 0) return 'lost';
	return db.datasetId ? 'open' : 'first';
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
