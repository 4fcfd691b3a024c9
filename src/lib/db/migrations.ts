// The migration contract. Read this before changing what the database holds.
//
// 1. Every released database version stays declared here, with its upgrade step, for as long as
//    a planner may still have it (0.1.0 made versions 1 and 2). Dexie runs the steps in order
//    when a database made by an older release is opened; a step runs inside the upgrade
//    transaction, so it must not wait on anything else (no fetch).
// 2. A new table needs no version here: the stores are the registry's (schema/registry.ts), and
//    Dexie 4 adds a store without a version number (since 4.0.1-beta.8). Declare a version only to
//    change data (an upgrade step), to delete a store, or to add an index. database.ts gives every
//    version from 3 on every table of the registry: Dexie re-applies the declared stores of each
//    version from the database's own one on, and deletes a store that version does not list.
//    Since version 4 a table's rows are in the `pages` store (db/pages.ts); its own store stays,
//    empty, so that Dexie knows the table.
// 3. Seed rows reach an existing database after it opens (db/seed.ts, `syncSeeds`), never in an
//    upgrade step: each table's seed has a version; the database remembers the version it got
//    per table (meta `seedState`); rows marked newer than that are added unless their id exists;
//    a seed row the planner deleted (its id is missing, its `seedSince` is not newer) stays
//    deleted; a corrected seed row (`seedRevised` newer) replaces the stored one only while the
//    planner has never changed it (same version and updatedAt as the seed's).
// 4. Rows are normalised when read (schema/normalise.ts): a column added since the row was
//    written reads as its default; fields this version does not know are kept.
// 5. Every released database is kept as a fixture (tests/fixtures/db-<release>.json) and a unit
//    test opens it with this build and checks every edit, deletion and the undo history survive
//    (tests/unit/paged-upgrade.test.ts opens them all).
import type { Transaction } from 'dexie';
import { TABLE_NAMES } from '$lib/schema/heads';
import { PAGES_SCHEMA, PAGES_STORE, pagesOf } from './pages';

export interface DbVersion {
	version: number;
	/** Dexie store declarations that change at this version ('id' = primary key only; null deletes). */
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}
// (What each step is for is the comment in its entry, not a field: not shipped to the browser.)

/** The tables of release 0.1.0 (its `seeded` flag covered these six). */
const TABLES_0_1_0 = ['districts', 'communes', 'targets', 'districtTargets', 'goals', 'indicators'];

export const DB_VERSIONS: DbVersion[] = [
	{
		version: 1,
		// Release 0.1.0: the six tables of the plan, the undo history and meta.
		stores: {
			districts: 'id',
			communes: 'id, districtId',
			targets: 'id, communeId, districtId, year, level, status',
			districtTargets: 'id, districtId',
			goals: 'id, key',
			indicators: 'id',
			history: '++seq, undone',
			meta: 'key'
		}
	},
	{
		version: 2,
		// Release 0.1.0: views read whole tables, so the secondary indexes only slowed writes.
		stores: { communes: 'id', targets: 'id', districtTargets: 'id', goals: 'id' }
	},
	{
		version: 3,
		// Seeds per table: the one `seeded` flag of 0.1.0 becomes the seed version each table got.
		stores: {},
		upgrade: async (tx) => {
			const meta = tx.table('meta');
			const seeded = (await meta.get('seeded')) as { value?: { version?: number } } | undefined;
			if (!seeded || (await meta.get(SEED_STATE_KEY))) return;
			await meta.put({ key: SEED_STATE_KEY, value: seedStateOf0_1_0(seeded.value) });
		}
	},
	{
		version: 4,
		// Paged storage (pages.ts): the rows of every data table move, unchanged (ids, versions,
		// updatedAt), into pages (~125 rows each at 64,000 rows); the per-table stores stay, empty; the
		// history and meta are not touched.
		stores: { [PAGES_STORE]: PAGES_SCHEMA },
		upgrade: async (tx) => {
			// Native requests on the upgrade transaction: Dexie's view of it lists only the stores older
			// versions declared, not the tables added without a version (migration contract, rule 2).
			const idbtx = (tx as unknown as { idbtrans: IDBTransaction }).idbtrans;
			const pages = idbtx.objectStore(PAGES_STORE);
			for (const name of TABLE_NAMES) {
				if (!idbtx.objectStoreNames.contains(name)) continue;
				const store = idbtx.objectStore(name);
				const rows = await settled(store.getAll() as IDBRequest<Record<string, unknown>[]>);
				if (!rows.length) continue;
				for (const { key, value } of pagesOf(name, rows)) pages.put(value, key);
				await settled(store.clear());
			}
		}
	}
];

/** The result of a native request (a failure aborts the upgrade transaction). */
function settled<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/** Version 3's step as a function of the 0.1.0 `seeded` flag (also used when a backup made by 0.1.0
 * is restored, db/backup.ts): the six tables of 0.1.0 got the seed version it names. */
export function seedStateOf0_1_0(seeded: { version?: number } | undefined): Record<string, number> {
	const v = Number(seeded?.version) || 1;
	return Object.fromEntries(TABLES_0_1_0.map((t) => [t, v]));
}

/** meta key: { [table]: the seed version this database holds }. */
export const SEED_STATE_KEY = 'seedState';
