// What the database holds, for the dataset marker's start decision (marker.ts).
import { TABLE_NAMES } from '$lib/schema/heads';
import type { NtmDatabase } from './database';
import type { DbState } from './marker';

/** What the database holds, read before anything is seeded. */
export async function readDbState(db: NtmDatabase): Promise<DbState> {
	return db.transaction('r', [...db.dataTables(), db.meta], async () => {
		const datasetId = (await db.meta.get('datasetId'))?.value;
		let rows = 0;
		for (const t of TABLE_NAMES) rows += await db.table(t).count();
		return { datasetId: typeof datasetId === 'string' && datasetId ? datasetId : null, rows };
	});
}
