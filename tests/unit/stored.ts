// Records as the database stores them, read with the native IndexedDB API (no Dexie in between):
// from database version 4 on, a data table's rows are in pages of the `pages` store
// (src/lib/db/pages.ts: key [table, page], value [row, …]); before it, one record per row in the table's own store. Tests that must
// see "what is stored" (the migration tests) read through here.

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

type Row = Record<string, unknown>;

/** Every stored row of `table`, by id, whichever layout the database has. */
export async function storedRows(idb: IDBDatabase, table: string): Promise<Map<string, Row>> {
	const out = new Map<string, Row>();
	if (idb.objectStoreNames.contains(table)) {
		for (const r of (await request(idb.transaction(table).objectStore(table).getAll())) as Row[]) out.set(String(r.id), r);
	}
	if (idb.objectStoreNames.contains('pages')) {
		const range = IDBKeyRange.bound([table, 0], [table, Number.MAX_SAFE_INTEGER]);
		const pages = (await request(idb.transaction('pages').objectStore('pages').getAll(range))) as Row[][];
		for (const p of pages) for (const r of p) out.set(String(r.id), r);
	}
	return out;
}

/** One stored row (undefined when absent). */
export async function storedRow(idb: IDBDatabase, table: string, id: string): Promise<Row | undefined> {
	return (await storedRows(idb, table)).get(id);
}
