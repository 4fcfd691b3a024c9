// A database made by release 0.2.0 (captured in real Chromium: tests/fixtures/db-0.2.0.json, made by
// tests/tools/make-db-fixture-0.2.0.mjs) opens in this build with every edit, addition and deletion
// kept as stored, no deleted seed row back, and the undo and redo history working. The migration
// contract: src/lib/db/migrations.ts.
//
// Records are read as the database holds them (the native IndexedDB API under Dexie), not through
// any view derived from them: a later build may derive a commune's recognised level or criteria
// from tables of its own, but the stored fields of 0.2.0 are what must survive. Tables a later
// build adds (and seeds) are allowed; only the 0.2.0 stores are compared.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { loadDump, restoreDump, type DbDump } from './db-fixture';
import { storedRow, storedRows } from './stored';
import { NtmDatabase } from '../../src/lib/db/database';
import { syncSeeds, loadSeedState, loadAliases } from '../../src/lib/db/seed';
import { loadLookup } from '../../src/lib/db/read';
import { applyChanges, historyCounts, undo, redo } from '../../src/lib/db/write';
import { TABLE_NAMES, type TableName } from '../../src/lib/schema';
import { seedData, SEED_VERSIONS } from '../../seeds/index';

type Row = Record<string, unknown>;

let dump: DbDump;
let db: NtmDatabase;
let name: string;

const storeOf = (table: string) => dump.db.stores.find((s) => s.name === table)!;
const dumped = (table: string, id: string) => storeOf(table).records[storeOf(table).keys.indexOf(id)] as Row | undefined;
/** The data tables of 0.2.0: its stores but the history and meta. */
const tablesOf = (d: DbDump) => d.db.stores.map((s) => s.name).filter((n) => n !== 'history' && n !== 'meta') as TableName[];
/** The seed state the 0.2.0 database had (table -> seed version). */
const seedStateOf = (d: DbDump) => (storeOf('meta').records as { key: string; value: Record<string, number> }[]).find((m) => m.key === 'seedState')!.value;
const seedMark = (r: Row, k: 'seedSince' | 'seedRevised') => Number(r[k] ?? 1);

/** A record as stored (native IndexedDB, no Dexie hook or normalisation in between; from database
 * version 4 on, in the pages of the `pages` store: tests/unit/stored.ts). */
async function raw(table: string, id: string): Promise<Row | undefined> {
	return storedRow(db.backendDB(), table, id);
}
async function rawAll(table: string): Promise<Map<string, Row>> {
	return storedRows(db.backendDB(), table);
}

beforeEach(async () => {
	dump = loadDump('0.2.0');
	name = `migration-020-${Math.random().toString(36).slice(2)}`;
	await restoreDump(dump, name);
	db = new NtmDatabase(name);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

describe('a database made by release 0.2.0', () => {
	it('was made by that release (native version 30, its fifteen tables, history with both sides)', () => {
		expect(dump.appVersion).toBe('0.2.0');
		expect(dump.commit).toBe('20bd451');
		expect(dump.db.version).toBe(30);
		expect(tablesOf(dump)).toHaveLength(15);
		expect(dump.expect.history.undo).toBeGreaterThan(0);
		expect(dump.expect.history.redo).toBeGreaterThan(0);
		// The session touched the association's registers and results, not only the plan's tables.
		const touched = new Set([...dump.expect.edits, ...dump.expect.added].map((x) => x.table));
		for (const t of ['targets', 'communes', 'districtTargets', 'goals', 'indicators', 'models', 'memberHouseholds', 'ocopProducts', 'results', 'commendations']) {
			expect(touched.has(t), t).toBe(true);
		}
	});

	it('opens in this build; the seeds it had stay, newer ones arrive, no deleted seed row comes back', async () => {
		await db.open();
		expect(db.verno).toBeGreaterThanOrEqual(3);
		const had = seedStateOf(dump);
		const state = await loadSeedState(db);
		for (const t of tablesOf(dump)) expect(state[t] ?? 0, t).toBeGreaterThanOrEqual(had[t]);
		await syncSeeds(db);
		expect(await loadSeedState(db)).toMatchObject(SEED_VERSIONS);
		expect(await syncSeeds(db)).toBe(0);
		// Every 0.2.0 row is still there; a row that was not is a seed row newer than the database's seed.
		for (const t of tablesOf(dump)) {
			const now = await rawAll(t);
			const before = new Set(storeOf(t).keys.map(String));
			for (const id of before) expect(now.has(id), `${t} ${id}`).toBe(true);
			for (const id of now.keys()) {
				if (before.has(id)) continue;
				const seedRow = ((seedData[t] ?? []) as unknown as Row[]).find((r) => r.id === id);
				expect(seedRow && seedMark(seedRow, 'seedSince') > (had[t] ?? 0), `${t} ${id} is new`).toBe(true);
			}
		}
	});

	it('keeps every edit the planner made, field for field as stored', async () => {
		await db.open();
		await syncSeeds(db);
		expect(dump.expect.edits.length).toBeGreaterThanOrEqual(20);
		for (const e of dump.expect.edits) expect((await raw(e.table, e.id))?.[e.field], `${e.table} ${e.id} ${e.field}`).toEqual(e.value);
		// The stored fields of the communes the planner changed, named (a later build may derive these
		// from other tables, but must keep what is stored).
		expect(await raw('communes', '20503')).toMatchObject({ recognisedLevel: 'nang_cao', recognisedYear: 2023 });
		expect(await raw('communes', '20527')).toMatchObject({ criteriaMet: 18 });
		expect((await raw('communes', '20515'))?.recognisedLevel ?? null).toBeNull();
		expect(dumped('communes', '20515')).toHaveProperty('recognisedLevel', null);
		expect(seedData.communes.find((c) => c.id === '20515')?.recognisedLevel).toBe('ntm');
		expect(await raw('communes', '20530')).toMatchObject({ hamletsTotal: 9, modelHamlets: 2 });
		expect(await raw('targets', '2024-ntm-20503')).toMatchObject({ status: 'recognised', decisionNo: '1234/QĐ-UBND', decisionDate: '2024-03-15' });
		expect(await raw('districtTargets', '2025-ntm-506')).toMatchObject({ status: 'recognised', decisionNo: '567/QĐ-TTg', decisionDate: '2025-06-20' });
		// Every row the planner touched keeps every stored field of 0.2.0 (fields added later allowed).
		const touched = [...dump.expect.edits, ...dump.expect.added];
		for (const { table, id } of touched) expect(await raw(table, id), `${table} ${id}`).toMatchObject(dumped(table, id)!);
		// Every other row too, unless a newer seed corrected it (only a row the planner never changed).
		const had = seedStateOf(dump);
		for (const t of tablesOf(dump)) {
			const now = await rawAll(t);
			for (const r of storeOf(t).records as Row[]) {
				const seedRow = ((seedData[t] ?? []) as unknown as Row[]).find((s) => s.id === r.id);
				if (seedRow && seedMark(seedRow, 'seedRevised') > (had[t] ?? 0)) continue;
				expect(now.get(String(r.id)), `${t} ${r.id}`).toMatchObject(r);
			}
		}
	});

	it('keeps the added rows and the deletions (deleted seed rows stay deleted)', async () => {
		await db.open();
		await syncSeeds(db);
		expect(new Set(dump.expect.added.map((a) => a.table))).toEqual(new Set(['targets', 'models', 'memberHouseholds', 'ocopProducts', 'commendations', 'results']));
		for (const a of dump.expect.added) {
			expect(await raw(a.table, a.id), `${a.table} ${a.id}`).toEqual(dumped(a.table, a.id));
			expect(seedData[a.table as TableName].some((r) => r.id === a.id), `${a.id} is no seed row`).toBe(false);
		}
		expect(dump.expect.deleted.length).toBeGreaterThan(0);
		for (const d of dump.expect.deleted) {
			expect(await raw(d.table, d.id), d.id).toBeUndefined();
			expect(seedData[d.table as TableName].some((r) => r.id === d.id), `${d.id} is a seed row`).toBe(true);
		}
	});

	it('keeps the undo and redo history, which still works', async () => {
		await db.open();
		await syncSeeds(db);
		expect(await historyCounts(db)).toEqual(dump.expect.history);
		const u = dump.expect.undone;
		const r = dump.expect.redone!;
		expect((await raw(u.table, u.id))?.[u.field]).toEqual(u.valueAfterUndo);
		expect((await raw(r.table, r.id))?.[r.field]).toEqual(r.valueBeforeUndo);
		// Redo the undone edit and undo it again.
		await redo(db);
		expect((await raw(u.table, u.id))?.[u.field]).toEqual(u.valueBeforeUndo);
		await undo(db);
		expect((await raw(u.table, u.id))?.[u.field]).toEqual(u.valueAfterUndo);
		// The newest undo step is the edit undone and redone in 0.2.0: undo it, redo it.
		await undo(db);
		expect((await raw(r.table, r.id))?.[r.field]).toEqual(r.valueAfterUndo);
		expect(await historyCounts(db)).toEqual({ undo: dump.expect.history.undo - 1, redo: dump.expect.history.redo + 1 });
		await redo(db);
		expect((await raw(r.table, r.id))?.[r.field]).toEqual(r.valueBeforeUndo);
		expect(await historyCounts(db)).toEqual(dump.expect.history);
		// Undo every step of the session: the planner's rows are back to the seed (added ones gone).
		for (let i = 0; i < dump.expect.history.undo; i++) expect(await undo(db), `step ${i}`).not.toBeNull();
		expect(await undo(db)).toBeNull();
		for (const a of dump.expect.added) expect(await raw(a.table, a.id), a.id).toBeUndefined();
		for (const d of dump.expect.deleted) expect(await raw(d.table, d.id), d.id).toBeDefined();
		expect((await raw('communes', '20515'))?.recognisedLevel).toBe('ntm');
		expect((await raw('targets', '2024-ntm-20503'))?.status).toBe(seedData.targets.find((t) => t.id === '2024-ntm-20503')!.status);
	});

	it('keeps the plan spellings and the dataset id, and takes new edits under the current rules', async () => {
		await db.open();
		await syncSeeds(db);
		const meta = storeOf('meta').records as { key: string; value: unknown }[];
		expect(await loadAliases(db)).toMatchObject(meta.find((m) => m.key === 'aliases')!.value as Row);
		expect((await db.meta.get('datasetId'))?.value).toEqual(meta.find((m) => m.key === 'datasetId')!.value);
		const lookup = await loadLookup(db);
		const added = dump.expect.added.find((a) => a.table === 'targets')!;
		const row = (await raw('targets', added.id))!;
		// A second target for the same commune, level and year as the one the planner added is refused.
		await expect(
			applyChanges(db, [{ op: 'insert', table: 'targets', record: { ...row, id: 't-again' } as never }], { label: 'x', source: 'add', lookup })
		).rejects.toMatchObject({ key: 'err.write' });
		// A second figure for the same district, period and measure as one the planner typed, too.
		const fig = (await raw('results', dump.expect.added.find((a) => a.table === 'results')!.id))!;
		await expect(
			applyChanges(db, [{ op: 'insert', table: 'results', record: { ...fig, id: 'r-again' } as never }], { label: 'x', source: 'add', lookup })
		).rejects.toMatchObject({ key: 'err.write' });
		await applyChanges(db, [{ op: 'patch', table: 'targets', id: added.id, patch: { notes: 'sau nâng cấp' } }], { label: 'x', source: 'edit', lookup });
		expect((await raw('targets', added.id))?.notes).toBe('sau nâng cấp');
		expect((await historyCounts(db)).redo).toBe(0);
		expect(TABLE_NAMES).toEqual(expect.arrayContaining(tablesOf(dump)));
	});
});
