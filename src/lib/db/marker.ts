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
