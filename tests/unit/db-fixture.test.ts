// Each release's database fixture restores as it was captured: same version, stores, indexes,
// records. Checked with the native IndexedDB API only, so this holds whatever the app's Dexie code
// becomes.
import { describe, it, expect } from 'vitest';
import { loadDump, restoreDump, type DbDump, type Release } from './db-fixture';

function openDb(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(name); // no version: never upgrades
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
		req.onupgradeneeded = () => reject(new Error(`database ${name} does not exist`));
	});
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function restored(dump: DbDump): Promise<IDBDatabase> {
	const name = `db-fixture-${Date.now()}-${Math.random().toString(36).slice(2)}`;
	await restoreDump(dump, name);
	return openDb(name);
}

/** What each release's database is: its native version (Dexie's × 10) and its meta keys. */
const RELEASE: Record<Release, { version: number; meta: string[] }> = {
	'0.1.0': { version: 20, meta: ['aliases', 'datasetId', 'seeded'] }, // Dexie version 2
	'0.2.0': { version: 30, meta: ['aliases', 'datasetId', 'seedState', 'seeded'] }, // Dexie version 3
	'0.3.0': { version: 30, meta: ['aliases', 'datasetId', 'seedState', 'seeded'] } // Dexie version 3
};

describe.each(Object.keys(RELEASE) as Release[])('the %s database fixture', (release) => {
	const dump = loadDump(release);

	it(`is a ${release} database of the app`, () => {
		expect(dump.appVersion).toBe(release);
		expect(dump.db.name).toBe('ntm-quang-nam');
		expect(dump.db.version).toBe(RELEASE[release].version);
	});

	it('restores with the same version, stores, indexes and record counts', async () => {
		const db = await restored(dump);
		try {
			expect(db.version).toBe(dump.db.version);
			expect([...db.objectStoreNames].sort()).toEqual(dump.db.stores.map((s) => s.name).sort());
			const tx = db.transaction([...db.objectStoreNames]);
			for (const s of dump.db.stores) {
				const store = tx.objectStore(s.name);
				expect(store.keyPath, s.name).toEqual(s.keyPath);
				expect(store.autoIncrement, s.name).toBe(s.autoIncrement);
				expect([...store.indexNames].sort(), s.name).toEqual(s.indexes.map((i) => i.name).sort());
				expect(await request(store.count()), s.name).toBe(s.records.length);
				expect(await request(store.getAllKeys()), s.name).toEqual(s.keys);
			}
		} finally {
			db.close();
		}
	});

	it("holds the planner's session: edits, the added and deleted rows, and both sides of the history", async () => {
		const db = await restored(dump);
		try {
			const { edits, added, deleted, undone, history } = dump.expect;
			const tables = [...new Set([...edits, ...added, ...deleted, undone, ...(dump.expect.redone ? [dump.expect.redone] : [])].map((x) => x.table))];
			const tx = db.transaction([...tables, 'history', 'meta']);
			const get = (table: string, id: string) => request(tx.objectStore(table).get(id)) as Promise<Record<string, unknown> | undefined>;
			expect(edits.length).toBeGreaterThan(0);
			for (const e of edits) expect((await get(e.table, e.id))?.[e.field], `${e.table}/${e.id}.${e.field}`).toEqual(e.value);
			for (const a of added) expect(await get(a.table, a.id), `${a.table}/${a.id}`).toBeDefined();
			for (const d of deleted) expect(await get(d.table, d.id), `${d.table}/${d.id}`).toBeUndefined();
			expect(undone.valueBeforeUndo).not.toEqual(undone.valueAfterUndo);
			expect((await get(undone.table, undone.id))?.[undone.field]).toEqual(undone.valueAfterUndo);
			// From 0.2.0 on, an edit undone and redone as well: its value is in the data.
			const r = dump.expect.redone;
			expect(!!r).toBe(release !== '0.1.0');
			if (r) expect((await get(r.table, r.id))?.[r.field]).toEqual(r.valueBeforeUndo);
			const entries = (await request(tx.objectStore('history').getAll())) as { undone: number }[];
			expect(entries.filter((e) => e.undone === 0).length).toBe(history.undo);
			expect(entries.filter((e) => e.undone === 1).length).toBe(history.redo);
			expect(history.undo).toBeGreaterThan(0);
			expect(history.redo).toBeGreaterThan(0);
			expect(((await request(tx.objectStore('meta').getAllKeys())) as string[]).sort()).toEqual(RELEASE[release].meta);
		} finally {
			db.close();
		}
	});
});
