// A database made by release 0.1.0 (captured in real Chromium: tests/fixtures/db-0.1.0.json) opens
// in this build with every edit, addition and deletion kept, the undo and redo history working,
// and the seeds not re-added. The migration contract: src/lib/db/migrations.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { loadDump, restoreDump, type DbDump } from './db-fixture';
import { NtmDatabase } from '../../src/lib/db/database';
import { syncSeeds, loadSeedState, loadAliases } from '../../src/lib/db/seed';
import { readTable, loadLookup, readDataset } from '../../src/lib/db/read';
import { applyChanges, historyCounts, undo, redo } from '../../src/lib/db/write';
import { TABLE_NAMES, type TableName } from '../../src/lib/schema';
import { seedData, SEED_VERSIONS } from '../../seeds/index';

/** The tables of release 0.1.0. */
const OLD: TableName[] = ['districts', 'communes', 'targets', 'districtTargets', 'goals', 'indicators'];

let dump: DbDump;
let db: NtmDatabase;
let name: string;

const stored = (dumpTable: string) => dump.db.stores.find((s) => s.name === dumpTable)!;
const get = async (table: string, id: string) => (await db.table(table).get(id)) as Record<string, unknown> | undefined;

beforeEach(async () => {
	dump = loadDump();
	name = `migration-${Math.random().toString(36).slice(2)}`;
	await restoreDump(dump, name);
	db = new NtmDatabase(name);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

describe('a database made by release 0.1.0', () => {
	it('was made by that release (native version 20, its own stores)', () => {
		expect(dump.appVersion).toBe('0.1.0');
		expect(dump.db.version).toBe(20);
		expect(stored('history').records.length).toBeGreaterThan(0);
	});

	it('opens upgraded to this version: the new tables get their seeds, no deleted seed row comes back', async () => {
		await db.open();
		expect(db.verno).toBe(4); // 4: the rows in pages (db/pages.ts)
		// The upgrade step: 0.1.0's "seeded" flag becomes seed version 1 for each of its six tables.
		expect(await loadSeedState(db)).toEqual(Object.fromEntries(OLD.map((t) => [t, 1])));
		const added = await syncSeeds(db);
		expect(await loadSeedState(db)).toEqual(SEED_VERSIONS);
		const fresh = TABLE_NAMES.filter((t) => !OLD.includes(t));
		// + the rows later seed versions corrected, which the planner never changed (all districts, the income indicator)
		const revised = OLD.reduce((n, t) => n + (seedData[t] as unknown as Record<string, unknown>[]).filter((r) => Number(r.seedRevised ?? 1) > 1).length, 0);
		// + the rows later seed versions added to its tables (the units formed by the 2025 reforms)
		const since = OLD.reduce((n, t) => n + (seedData[t] as unknown as Record<string, unknown>[]).filter((r) => Number(r.seedSince ?? 1) > 1).length, 0);
		// + the recognition the planner had entered as the commune's level (Đại Lộc 20503, NTM 2024): see register-conversion.test.ts
		const expected = fresh.reduce((n, t) => n + seedData[t].length, 0) + revised + since + 1;
		expect(added).toBe(expected);
		const sinceOf = (t: string) => (seedData[t as TableName] as unknown as Record<string, unknown>[]).filter((r) => Number(r.seedSince ?? 1) > 1).length;
		for (const t of OLD) expect(await db.table(t).count(), t).toBe(stored(t).records.length + sinceOf(t));
		for (const t of fresh) expect(await db.table(t).count(), t).toBe(seedData[t].length + (t === 'recognitions' ? 1 : 0));
		expect(await syncSeeds(db)).toBe(0);
	});

	/** A stored record as it reads now: a column added since reads as its empty default (null or ''),
	 * and the stored record itself is not rewritten. */
	const asRead = (r: Record<string, unknown>, read: Record<string, unknown> | undefined) => {
		const added = Object.keys(read ?? {}).filter((k) => !(k in r));
		for (const k of added) expect([null, ''], `${String(r.id)} ${k}`).toContain(read![k]);
		return { ...r, ...Object.fromEntries(added.map((k) => [k, read![k]])) };
	};

	it('keeps every edit the planner made', async () => {
		await syncSeeds(db);
		for (const e of dump.expect.edits) expect((await get(e.table, e.id))?.[e.field], `${e.table} ${e.id} ${e.field}`).toEqual(e.value);
		// Every stored row is as it was, field for field (nothing rewritten by the upgrade)…
		for (const t of OLD.filter((t) => t !== 'districts' && t !== 'indicators' && t !== 'goals')) {
			const before = stored(t).records as Record<string, unknown>[];
			const after = new Map((await readTable(db, t as TableName)).map((r) => [r.id, r]));
			for (const r of before) expect(after.get(r.id as string), `${t} ${r.id}`).toEqual(asRead(r, after.get(r.id as string) as Record<string, unknown> | undefined));
		}
		// …but the districts, which the planner never changed, take seed version 2's corrections.
		const districts = new Map((await readTable(db, 'districts')).map((r) => [r.id, r]));
		for (const r of seedData.districts as unknown as Record<string, unknown>[]) {
			const { seedRevised: _, ...want } = r;
			expect(districts.get(r.id as string)).toEqual(want);
		}
		expect([...districts.values()].filter((d) => d.poorDistrict)).toHaveLength(6);
		// The goals: the planner's edit stays; the district units' starting point (never edited) is added.
		const goals = new Map((await readTable(db, 'goals')).map((r) => [r.id, r]));
		expect(goals.get('district_units_ntm')).toMatchObject({ baseline: 3 });
		for (const r of stored('goals').records as Record<string, unknown>[]) {
			if (r.id !== 'district_units_ntm') expect(goals.get(r.id as string), String(r.id)).toEqual(asRead(r, goals.get(r.id as string) as unknown as Record<string, unknown> | undefined));
		}
		// The indicators: the planner's edit stays; the income baseline (never edited) is corrected.
		const indicators = new Map((await readTable(db, 'indicators')).map((r) => [r.id, r]));
		expect(indicators.get('ind-income')!.baseline).toBe('1');
		for (const r of stored('indicators').records as Record<string, unknown>[]) {
			if (r.id !== 'ind-income') expect(indicators.get(r.id as string), String(r.id)).toEqual(r);
		}
	});

	it('keeps the added row and the deletions (deleted seed rows stay deleted)', async () => {
		await syncSeeds(db);
		for (const a of dump.expect.added) expect(await get(a.table, a.id), a.id).toBeDefined();
		for (const d of dump.expect.deleted) {
			expect(await get(d.table, d.id), d.id).toBeUndefined();
			expect(seedData[d.table as TableName].some((r) => r.id === d.id), `${d.id} is a seed row`).toBe(true);
		}
	});

	it('keeps the undo and redo history, which still works', async () => {
		await syncSeeds(db);
		expect(await historyCounts(db)).toEqual(dump.expect.history);
		const u = dump.expect.undone;
		expect((await get(u.table, u.id))?.[u.field]).toEqual(u.valueAfterUndo);
		await redo(db);
		expect((await get(u.table, u.id))?.[u.field]).toEqual(u.valueBeforeUndo);
		await undo(db);
		expect((await get(u.table, u.id))?.[u.field]).toEqual(u.valueAfterUndo);
		// Undo the planner's newest edit of 0.1.0 as well, and redo it.
		const before = await readDataset(db);
		await undo(db);
		expect(await readDataset(db)).not.toEqual(before);
		await redo(db);
		const after = await readDataset(db);
		for (const t of TABLE_NAMES) expect(after[t].map((r) => ({ ...r, version: 0, updatedAt: '' }))).toEqual(before[t].map((r) => ({ ...r, version: 0, updatedAt: '' })));
	});

	it('keeps the plan spellings and the dataset id, and takes new edits under the new rules', async () => {
		await syncSeeds(db);
		const meta = stored('meta').records as { key: string; value: unknown }[];
		expect(await loadAliases(db)).toEqual(meta.find((m) => m.key === 'aliases')!.value);
		expect((await db.meta.get('datasetId'))?.value).toEqual(meta.find((m) => m.key === 'datasetId')!.value);
		const lookup = await loadLookup(db);
		const added = dump.expect.added[0];
		const row = (await get('targets', added.id))!;
		// A second target for the same commune, level and year as the one the planner added is refused.
		await expect(
			applyChanges(db, [{ op: 'insert', table: 'targets', record: { ...row, id: 't-again' } as never }], { label: 'x', source: 'add', lookup })
		).rejects.toMatchObject({ key: 'err.write' });
		await applyChanges(db, [{ op: 'patch', table: 'targets', id: added.id, patch: { notes: 'sau nâng cấp' } }], { label: 'x', source: 'edit', lookup });
		expect((await get('targets', added.id))?.notes).toBe('sau nâng cấp');
		expect((await historyCounts(db)).redo).toBe(0);
	});
});
