// The migration contract's seed rules: new seed rows and new tables reach a database in use,
// without touching a row the planner changed; a seed row the planner deleted stays deleted.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { NtmDatabase, onConnection, watchConnection } from '../../src/lib/db/database';
import { syncSeeds, loadSeedState, type SeedSource } from '../../src/lib/db/seed';
import { loadLookup } from '../../src/lib/db/read';
import { applyChanges } from '../../src/lib/db/write';
import { historyCounts } from '../../src/lib/db/write';
import { DB_VERSIONS } from '../../src/lib/db/migrations';
import { TABLES, TABLE_NAMES } from '../../src/lib/schema';
import { seedData, SEED_VERSIONS } from '../../seeds/index';

const dbs: Dexie[] = [];
function open(name = 'test-sync-' + Math.random()) {
	const db = new NtmDatabase(name);
	dbs.push(db);
	return db;
}
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

const T1 = '2024-ntm-20527'; // Đại Thạnh
const T2 = '2024-ntm-20503';
const T3 = seedData.targets[5].id;

/** The app's seeds, with targets at seed version 2: one new row, two corrected rows. */
function versionTwo(): SeedSource {
	const targets = structuredClone(seedData.targets) as unknown as Record<string, unknown>[];
	const revise = (id: string) => {
		const r = targets.find((t) => t.id === id)!;
		r.responsible = 'Hội CCB huyện (bản sửa)';
		r.seedRevised = 2;
	};
	revise(T1);
	revise(T3);
	targets.push({ ...structuredClone(seedData.targets[0]), id: '2025-new-20527', level: 'kieu_mau', year: 2029, seedSince: 2 });
	return {
		defs: TABLES.map((d) => (d.name === 'targets' ? { ...d, seed: { ...d.seed, version: 2 } } : d)),
		load: async (file) => (file === 'targets.json' ? targets : (seedData[TABLES.find((d) => d.seed.file === file)!.name] as unknown[]))
	};
}

describe('seed sync', () => {
	it('a new database gets every table, once', async () => {
		const db = open();
		const n = await syncSeeds(db);
		expect(n).toBe(TABLE_NAMES.reduce((s, t) => s + seedData[t].length, 0));
		expect(await loadSeedState(db)).toEqual(SEED_VERSIONS);
		expect(await syncSeeds(db)).toBe(0);
		expect(await historyCounts(db)).toEqual({ undo: 0, redo: 0 });
	});

	it('a newer seed adds its new rows, corrects untouched rows, keeps edits and deletions', async () => {
		const db = open();
		await syncSeeds(db);
		const opts = { label: 'x', source: 'edit' as const, lookup: await loadLookup(db) };
		await applyChanges(db, [{ op: 'patch', table: 'targets', id: T1, patch: { responsible: 'của tôi' } }], opts);
		await applyChanges(db, [{ op: 'delete', table: 'targets', id: T2 }], opts);
		const before = await historyCounts(db);

		expect(await syncSeeds(db, versionTwo())).toBe(2);
		expect((await db.targets.get('2025-new-20527'))!.level).toBe('kieu_mau'); // new row arrived
		expect((await db.targets.get('2025-new-20527')) as unknown as Record<string, unknown>).not.toHaveProperty('seedSince');
		expect((await db.targets.get(T1))!.responsible).toBe('của tôi'); // the planner's edit wins
		expect((await db.targets.get(T3))!.responsible).toBe('Hội CCB huyện (bản sửa)'); // untouched: corrected
		expect(await db.targets.get(T2)).toBeUndefined(); // deleted stays deleted
		expect((await loadSeedState(db)).targets).toBe(2);
		expect(await historyCounts(db)).toEqual(before); // the undo history is the planner's
		expect(await syncSeeds(db, versionTwo())).toBe(0); // once only
	});

	it('a table the database has never had gets its store and its seed rows; nothing else moves', async () => {
		const name = 'test-newtable-' + Math.random();
		// A database made by a release without the indicators table (stores declared as then).
		const old = new Dexie(name);
		// (Versions up to 3, the last of a release with one store per table; 4 pages the rows.)
		for (const v of DB_VERSIONS.filter((v) => v.version <= 3)) {
			const stores = { ...v.stores };
			delete stores.indicators;
			if (v.version === 3) for (const t of TABLE_NAMES) if (t !== 'indicators') stores[t] ??= 'id';
			old.version(v.version).stores(stores);
		}
		await old.open();
		expect(old.tables.map((t) => t.name)).not.toContain('indicators');
		await old.table('targets').bulkAdd(structuredClone(seedData.targets));
		await old.table('targets').update(T1, { notes: 'sửa trước khi nâng cấp', version: 2 });
		await old.table('meta').put({ key: 'seedState', value: Object.fromEntries(TABLE_NAMES.filter((t) => t !== 'indicators').map((t) => [t, SEED_VERSIONS[t]])) });
		old.close();

		const db = open(name);
		expect(await syncSeeds(db)).toBe(seedData.indicators.length);
		expect(await db.indicators.count()).toBe(seedData.indicators.length);
		expect((await db.targets.get(T1))!.notes).toBe('sửa trước khi nâng cấp');
		expect(await db.communes.count()).toBe(0); // that table's seed was already delivered: not re-added
	});
});

describe("the recognitions' conversion (seed.adopt)", () => {
	/** The app's seeds, counting the loads of the recognitions' conversion. */
	function counting() {
		const loads = { n: 0 };
		const source: SeedSource = {
			defs: TABLES.map((d) => (d.seed.adopt ? { ...d, seed: { ...d.seed, adopt: { ...d.seed.adopt, load: () => ((loads.n += 1), d.seed.adopt!.load()) } } } : d)),
			load: async (file) => structuredClone(seedData[TABLES.find((d) => d.seed.file === file)!.name] as unknown[])
		};
		return { source, loads };
	}

	it('is not loaded on a first run (nothing of the planner to keep): the register is the seed', async () => {
		const db = open();
		const { source, loads } = counting();
		await syncSeeds(db, source);
		expect(loads.n).toBe(0);
		const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
		const seed = (seedData.recognitions as unknown as Record<string, unknown>[]).map(({ seedSince: _a, seedRevised: _b, ...r }) => r);
		expect((await db.recognitions.toArray()).sort(byId)).toEqual((seed as { id: string }[]).sort(byId));
	});

	it('is loaded and applied where the tables it adopts from hold rows (a database of 0.2.0)', async () => {
		const db = open();
		const { source, loads } = counting();
		await db.open();
		await db.communes.bulkPut(structuredClone(seedData.communes).map((c) => (c.id === '20503' ? { ...c, recognisedLevel: 'nang_cao', recognisedYear: 2023 } : c)) as never);
		await db.meta.put({ key: 'seedState', value: Object.fromEntries(TABLE_NAMES.filter((t) => t !== 'recognitions').map((t) => [t, SEED_VERSIONS[t]])) });
		await syncSeeds(db, source);
		expect(loads.n).toBe(1);
		const adopted = (await db.recognitions.toArray()).filter((r) => r.communeId === '20503' && r.level === 'nang_cao');
		expect(adopted).toHaveLength(1);
	});
});

describe('a tab open on the old version when another tab upgrades', () => {
	it('is told (to show the reload banner) and lets go at once, so the upgrade does not hang', async () => {
		const name = 'test-vc-' + Math.random();
		const db = open(name);
		watchConnection(db);
		await db.open();
		const heard: string[] = [];
		const off = onConnection((e) => heard.push(e));
		const nativeVersion = db.verno * 10;
		const upgraded = await new Promise<string>((resolve) => {
			const req = indexedDB.open(name, nativeVersion + 10);
			req.onblocked = () => resolve('blocked');
			req.onsuccess = () => {
				req.result.close();
				resolve('opened');
			};
			req.onerror = () => resolve('error');
		});
		off();
		expect(heard).toContain('versionchange');
		expect(upgraded).toBe('opened');
		expect(db.isOpen()).toBe(false);
	});
});
