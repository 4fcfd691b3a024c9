// Version 4 (paged storage, src/lib/db/pages.ts) opens the database of every release — 0.1.0,
// 0.2.0 and 0.3.0, captured in real Chromium (tests/fixtures/db-<release>.json) — and keeps every
// record exactly as it was (ids, versions, updatedAt, every field), now in pages, with the undo
// history and meta untouched: read back through Dexie's Table API and natively from the pages.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { loadDump, restoreDump, RELEASES, type Release } from './db-fixture';
import { storedRows } from './stored';
import { NtmDatabase } from '../../src/lib/db/database';
import { historyCounts, undo, redo } from '../../src/lib/db/write';
import { TABLE_NAMES } from '../../src/lib/schema';

type Row = Record<string, unknown>;
const names: string[] = [];
const dbs: NtmDatabase[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) db.close();
	for (const n of names.splice(0)) await Dexie.delete(n);
});

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function upgraded(release: Release) {
	const dump = loadDump(release);
	const name = `paged-${release}-${Math.random().toString(36).slice(2)}`;
	names.push(name);
	await restoreDump(dump, name);
	const db = new NtmDatabase(name);
	dbs.push(db);
	await db.open();
	return { dump, db };
}

describe.each([...RELEASES])('the %s database, upgraded to paged storage', (release) => {
	it('keeps every record of every table, field for field, in pages; the per-table stores are empty', async () => {
		const { dump, db } = await upgraded(release);
		expect(db.verno).toBe(4);
		const idb = db.backendDB();
		let n = 0;
		for (const s of dump.db.stores) {
			if (!(TABLE_NAMES as readonly string[]).includes(s.name)) continue;
			const stored = await storedRows(idb, s.name);
			expect(await request(idb.transaction(s.name).objectStore(s.name).count()), `${s.name} store`).toBe(0);
			expect(stored.size, s.name).toBe(s.records.length);
			expect(await db.table(s.name).count(), s.name).toBe(s.records.length);
			const viaDexie = await db.table(s.name).toArray();
			expect(viaDexie.map((r) => r.id), `${s.name} in key order`).toEqual(s.keys);
			for (const r of s.records as Row[]) {
				expect(stored.get(String(r.id)), `${s.name} ${r.id}`).toEqual(r);
				n++;
			}
			expect(viaDexie, s.name).toEqual(s.records);
		}
		expect(n).toBeGreaterThan(300);
	});

	it("finds every edit, addition and deletion of the planner's session", async () => {
		const { dump, db } = await upgraded(release);
		const { edits, added, deleted, undone } = dump.expect;
		expect(edits.length).toBeGreaterThan(5);
		for (const e of edits) expect(((await db.table(e.table).get(e.id)) as Row | undefined)?.[e.field], `${e.table}/${e.id}.${e.field}`).toEqual(e.value);
		for (const a of added) expect(await db.table(a.table).get(a.id), `${a.table}/${a.id}`).toBeDefined();
		for (const d of deleted) expect(await db.table(d.table).get(d.id), `${d.table}/${d.id}`).toBeUndefined();
		expect(((await db.table(undone.table).get(undone.id)) as Row)[undone.field]).toEqual(undone.valueAfterUndo);
	});

	it('keeps the undo history and the meta as they were, and undo and redo work on the pages', async () => {
		const { dump, db } = await upgraded(release);
		const history = dump.db.stores.find((s) => s.name === 'history')!;
		expect(await db.history.toArray()).toEqual(history.records);
		const meta = dump.db.stores.find((s) => s.name === 'meta')!;
		for (const m of meta.records as { key: string; value: unknown }[]) expect((await db.meta.get(m.key))?.value, m.key).toEqual(m.value);
		expect(await historyCounts(db)).toEqual(dump.expect.history);
		// Redo the undone edit, then undo it again: the value moves in the pages.
		const u = dump.expect.undone;
		await redo(db);
		expect((await storedRows(db.backendDB(), u.table)).get(u.id)?.[u.field]).toEqual(u.valueBeforeUndo);
		await undo(db);
		expect((await storedRows(db.backendDB(), u.table)).get(u.id)?.[u.field]).toEqual(u.valueAfterUndo);
		expect(await historyCounts(db)).toEqual(dump.expect.history);
	});
});
