// The dataset marker (marker.ts) read from and kept in step with the database.
import { TABLE_NAMES } from '$lib/schema';
import type { NtmDatabase } from './database';
import { readMarker, writeMarker, seen, backedUp, type DbState, type DatasetMarker } from './marker';

/** What the database holds, read before anything is seeded. */
export async function readDbState(db: NtmDatabase): Promise<DbState> {
	return db.transaction('r', [...db.dataTables(), db.meta], async () => {
		const datasetId = (await db.meta.get('datasetId'))?.value;
		let rows = 0;
		for (const t of TABLE_NAMES) rows += await db.table(t).count();
		return { datasetId: typeof datasetId === 'string' && datasetId ? datasetId : null, rows };
	});
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
