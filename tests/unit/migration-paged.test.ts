// A database made by a release of the paged layout (database version 4): 0.4.0, and 0.5.0, the
// previous release (tests/fixtures/db-<release>.json, each after the same planner's session through
// its UI in real Chromium). It opens in this build without an upgrade and keeps every edit: every
// record field for field, whichever way it is read (the table read in parts, the unordered read of a
// page, the row counts the start reads from the pages' keys), the additions and the deletion, the
// undo history with its redo entry, the meta; the start's seed check changes nothing; undo, redo and
// a large write work on it.
import { describe, expect, it } from 'vitest';
import { dumpRows, loadDump, openRestored, type PagedRelease } from './db-fixture';
import { readUnordered } from '../../src/lib/db/pages';
import { syncSeeds } from '../../src/lib/db/seed';
import { applyChanges, historyCounts, undo, redo, type Change } from '../../src/lib/db/write';
import { loadLookup } from '../../src/lib/db/read';
import { readDbState } from '../../src/lib/db/marker-db';
import { TABLE_NAMES } from '../../src/lib/schema';

type Row = Record<string, unknown>;
async function opened(release: PagedRelease) {
	const dump = loadDump(release);
	const db = await openRestored(dump, `v${release}`);
	await db.open();
	return { dump, db };
}

const byId = (rows: Row[]) => [...rows].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));

describe.each(['0.4.0', '0.5.0'] as const)('the %s database', (release) => {
	it('is a database of the paged layout made by that release, and opens without an upgrade', async () => {
		const { dump, db } = await opened(release);
		expect(dump.appVersion).toBe(release);
		expect(dump.db.version).toBe(40);
		expect(db.verno).toBe(4);
		expect(dumpRows(dump, 'targets').length).toBeGreaterThan(100);
	});

	it('keeps every record of every table, field for field, read whole and read unordered', async () => {
		const { dump, db } = await opened(release);
		let n = 0;
		for (const table of TABLE_NAMES) {
			const rows = dumpRows(dump, table);
			const whole = (await db.table(table).toArray()) as Row[];
			expect(whole.map((r) => r.id), `${table} in key order`).toEqual(byId(rows).map((r) => r.id));
			expect(byId(whole), table).toEqual(byId(rows));
			expect(byId((await readUnordered(db, table)) as Row[]), `${table} unordered`).toEqual(byId(rows));
			n += rows.length;
		}
		expect(n).toBeGreaterThan(900);
		// The start's check of what is stored counts the rows from the pages' keys.
		expect((await readDbState(db)).rows).toBe(n);
	});

	it("finds every edit, addition and deletion of the planner's session, also after the start's seed check", async () => {
		const { dump, db } = await opened(release);
		await syncSeeds(db);
		const { edits, added, deleted, undone, redone } = dump.expect;
		expect(edits.length).toBeGreaterThan(15);
		for (const e of edits) expect(((await db.table(e.table).get(e.id)) as Row | undefined)?.[e.field], `${e.table}/${e.id}.${e.field}`).toEqual(e.value);
		for (const a of added) expect(await db.table(a.table).get(a.id), `${a.table}/${a.id}`).toBeDefined();
		for (const d of deleted) expect(await db.table(d.table).get(d.id), `${d.table}/${d.id}`).toBeUndefined();
		expect(((await db.table(undone.table).get(undone.id)) as Row)[undone.field]).toEqual(undone.valueAfterUndo);
		expect(((await db.table(redone!.table).get(redone!.id)) as Row)[redone!.field]).toEqual(redone!.valueBeforeUndo);
	});

	it('keeps the undo history and the meta; redo, undo and a 4,500-row write work on it', async () => {
		const { dump, db } = await opened(release);
		const history = dump.db.stores.find((s) => s.name === 'history')!;
		expect(await db.history.toArray()).toEqual(history.records);
		for (const m of dump.db.stores.find((s) => s.name === 'meta')!.records as { key: string; value: unknown }[]) {
			expect((await db.meta.get(m.key))?.value, m.key).toEqual(m.value);
		}
		expect(await historyCounts(db)).toEqual(dump.expect.history);
		const u = dump.expect.undone;
		await redo(db);
		expect(((await db.table(u.table).get(u.id)) as Row)[u.field]).toEqual(u.valueBeforeUndo);
		await undo(db);
		expect(((await db.table(u.table).get(u.id)) as Row)[u.field]).toEqual(u.valueAfterUndo);

		// A list of new rows (an import) written through this build's write path, then undone: the
		// planner's rows are as they were.
		const before = byId((await db.table('targets').toArray()) as Row[]);
		const base = before[0];
		const communes = ((await db.table('communes').toArray()) as Row[]).map((c) => c.id);
		const changes: Change[] = Array.from({ length: 4500 }, (_, i) => ({
			op: 'insert',
			table: 'targets',
			record: { ...base, id: `new-${i}`, communeId: communes[i % communes.length], year: 2040 + Math.floor(i / communes.length), notes: `dòng ${i}` }
		}));
		await applyChanges(db, changes, { label: 'nhập', source: 'import', lookup: await loadLookup(db), trusted: true });
		expect(await db.targets.count()).toBe(before.length + 4500);
		await undo(db);
		expect(byId((await db.table('targets').toArray()) as Row[])).toEqual(before);
	});
});
