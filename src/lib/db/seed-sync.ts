// Writing the plan's data (seed.ts decides when): the seed rows a database lacks, and "reset to the
// plan". Loaded on demand (a database in use with every seed needs none of it).
import { TABLE_NAMES } from '$lib/schema/heads';
import type { TableName } from '$lib/schema/registry';
import type { NtmDatabase } from './database';
import { publishChanges, type ChangeNotice } from './changes';
import { SEED_STATE_KEY } from './migrations';
import { APP_SOURCE, loadAliases, loadSeedState, planAliases, seedOf, type Row, type SeedSource } from './seed';

type SeedData = Partial<Record<TableName, Row[]>>;

/** Fields of a seed row that say when it came or changed; never stored. */
const SEED_MARKS = ['seedSince', 'seedRevised'] as const;

async function loadSeeds(tables: TableName[], source: SeedSource): Promise<SeedData> {
	const data = await Promise.all(tables.map((t) => source.load(seedOf(source, t).file)));
	return Object.fromEntries(tables.map((t, i) => [t, data[i] as Row[]]));
}

const mark = (row: Row, k: (typeof SEED_MARKS)[number]) => Number(row[k] ?? 1);
function stripMarks(row: Row): Row {
	if (!SEED_MARKS.some((k) => k in row)) return row;
	const out = { ...row };
	for (const k of SEED_MARKS) delete out[k];
	return out;
}

/** Never changed since seeding: the stored row has the seed's version and time stamp. */
function untouched(stored: Record<string, unknown>, seedRow: Row): boolean {
	return stored.version === seedRow.version && stored.updatedAt === seedRow.updatedAt;
}

/** syncSeeds (seed.ts) for the tables whose seed is newer than the database's. */
export async function syncStale(db: NtmDatabase, source: SeedSource, stale: TableName[]): Promise<number> {
	const seeds = await loadSeeds(stale, source);
	// Loaded before the transaction: an IndexedDB transaction ends when it waits on anything else.
	const adopters = new Map<TableName, Awaited<ReturnType<NonNullable<SeedSource['defs'][number]['seed']['adopt']>['load']>>>();
	// Only where the tables it adopts from hold rows already: on a first run there is nothing of the
	// planner's to keep, and the seed is what the conversion would give (register-conversion.test.ts),
	// so its code is not fetched before the first page is shown.
	const state = await loadSeedState(db);
	for (const t of stale) {
		const adopt = seedOf(source, t).adopt;
		if (!adopt || (state[t] ?? 0) > 0) continue;
		const held = await Promise.all(adopt.from.map((f) => db.table(f).count()));
		if (held.some((n) => n > 0)) adopters.set(t, await adopt.load());
	}
	const notice: ChangeNotice = {};
	const written = await db.transaction('rw', [...db.dataTables(), db.meta], async () => {
		const state = await loadSeedState(db); // another tab may have synced meanwhile
		let n = 0;
		for (const t of stale) {
			const have = state[t] ?? 0;
			const want = seedOf(source, t).version;
			if (have >= want) continue;
			const store = db.table(t);
			const adopt = have === 0 ? seedOf(source, t).adopt : undefined;
			let rows = seeds[t] ?? [];
			const adoptRows = adopters.get(t);
			if (adopt && adoptRows) {
				// First seeding of a new table: made from the seed and what this database already holds.
				const stored: Record<string, Record<string, unknown>[]> = {};
				for (const f of adopt.from) stored[f] = await db.table(f).toArray();
				rows = adoptRows(rows.map(stripMarks), stored) as Row[];
			}
			const candidates = rows.filter((r) => mark(r, 'seedSince') > have || mark(r, 'seedRevised') > have);
			const stored = (await store.bulkGet(candidates.map((r) => r.id))) as (Record<string, unknown> | undefined)[];
			const puts: Row[] = [];
			candidates.forEach((r, i) => {
				const cur = stored[i];
				if (!cur) {
					// New since the version this database has: add it. Older and missing: the planner deleted it.
					if (mark(r, 'seedSince') > have) puts.push(stripMarks(r));
				} else if (mark(r, 'seedRevised') > have && untouched(cur, r)) {
					puts.push(stripMarks(r));
				}
			});
			if (puts.length) {
				await store.bulkPut(puts);
				notice[t] = puts.map((r) => r.id);
				n += puts.length;
			}
			if (t === 'targets') await db.meta.put({ key: 'aliases', value: { ...(await loadAliases(db)), ...planAliases(rows) } });
			state[t] = want;
		}
		await db.meta.put({ key: SEED_STATE_KEY, value: state });
		if (!(await db.meta.get('seeded'))) await db.meta.put({ key: 'seeded', value: { at: new Date().toISOString() } });
		if (!(await db.meta.get('datasetId'))) await db.meta.put({ key: 'datasetId', value: newDatasetId() });
		return n;
	});
	if (written) publishChanges(notice);
	return written;
}

function publishAll() {
	publishChanges(Object.fromEntries(TABLE_NAMES.map((t) => [t, 'all' as const])));
}

export async function resetToPlan(db: NtmDatabase): Promise<void> {
	const seeds = await loadSeeds(TABLE_NAMES, APP_SOURCE);
	await db.transaction('rw', [...db.dataTables(), db.meta, db.history], async () => {
		for (const t of TABLE_NAMES) {
			await db.table(t).clear();
			await db.table(t).bulkAdd((seeds[t] ?? []).map(stripMarks));
		}
		await db.history.clear();
		await db.meta.put({ key: SEED_STATE_KEY, value: Object.fromEntries(TABLE_NAMES.map((t) => [t, seedOf(APP_SOURCE, t).version])) });
		await db.meta.put({ key: 'seeded', value: { at: new Date().toISOString() } });
		await db.meta.put({ key: 'aliases', value: planAliases(seeds.targets ?? []) });
	});
	publishAll();
}


function newDatasetId(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
