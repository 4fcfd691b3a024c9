// What the database holds, for the dataset marker's start decision (marker.ts).
import { TABLE_NAMES } from '$lib/schema/heads';
import type { NtmDatabase } from './database';
import type { DbState } from './marker';
import { PAGES_STORE, tableCounts } from './pages';

/** What the database holds, read before anything is seeded. */
export async function readDbState(db: NtmDatabase): Promise<DbState> {
	const paged = db.tables.some((t) => t.name === PAGES_STORE);
	return db.transaction('r', [...db.dataTables(), db.meta, ...(paged ? [db.table(PAGES_STORE)] : [])], async () => {
		const datasetId = (await db.meta.get('datasetId'))?.value;
		let rows = 0;
		// Paged storage: every table's row count in two requests (not one count per table, one after the other).
		if (paged) for (const n of Object.values(await tableCounts(db, TABLE_NAMES))) rows += n;
		else for (const t of TABLE_NAMES) rows += await db.table(t).count();
		return { datasetId: typeof datasetId === 'string' && datasetId ? datasetId : null, rows };
	});
}
