// The plan's data in the database: first-run seeding, seed rows that a new release adds to a
// database already in use, and "reset to the plan". The rules are the migration contract's
// (migrations.ts): a row the planner changed is never touched, a seed row the planner deleted
// stays deleted, a new table or new seed rows arrive in the database of a planner who already
// uses the app. The seed files are loaded only when a table's seed is newer than what is stored.
import { TABLES, TABLE_NAMES, type TableDef, type TableName } from '$lib/schema';
import type { NtmDatabase } from './database';
import { publishChanges, type ChangeNotice } from './changes';
import { SEED_STATE_KEY } from './migrations';

type Row = Record<string, unknown> & { id: string };
type SeedData = Partial<Record<TableName, Row[]>>;
/** Seed version each table of this database got (0 or missing: none yet). */
export type SeedState = Partial<Record<TableName, number>>;

/** Fields of a seed row that say when it came or changed; never stored. */
const SEED_MARKS = ['seedSince', 'seedRevised'] as const;

/** Where seeds come from: the registry's tables and the seed files (tests give other ones). */
export interface SeedSource {
	defs: readonly Pick<TableDef, 'name' | 'seed'>[];
	load: (file: string) => Promise<unknown[]>;
}

const APP_SOURCE: SeedSource = {
	defs: TABLES,
	// Fetched as JSON in the browser; read from disk where there is no page (tests).
	load: async (file) => (await import('$seeds/files')).seedFile(file)
};

async function loadSeeds(tables: TableName[], source: SeedSource): Promise<SeedData> {
	const data = await Promise.all(tables.map((t) => source.load(seedOf(source, t).file)));
	return Object.fromEntries(tables.map((t, i) => [t, data[i] as Row[]]));
}

function seedOf(source: SeedSource, t: TableName) {
	return source.defs.find((d) => d.name === t)!.seed;
}

/** The plan's own spellings of commune names ("Tà Bhing" -> 20710), kept for name matching. */
export function planAliases(targets: readonly Record<string, unknown>[]): Record<string, string> {
	const aliases: Record<string, string> = {};
	for (const t of targets) if (t.planName && t.communeId) aliases[String(t.planName)] = String(t.communeId);
	return aliases;
}

export async function loadAliases(db: NtmDatabase): Promise<Record<string, string>> {
	return ((await db.meta.get('aliases'))?.value as Record<string, string> | undefined) ?? {};
}

export async function loadSeedState(db: NtmDatabase): Promise<SeedState> {
	return ((await db.meta.get(SEED_STATE_KEY))?.value as SeedState | undefined) ?? {};
}

/** Tables whose seed is newer than what this database got. */
export function staleTables(state: SeedState, source: SeedSource = APP_SOURCE): TableName[] {
	return source.defs.map((d) => d.name as TableName).filter((t) => (state[t] ?? 0) < seedOf(source, t).version);
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

/**
 * Bring the plan's data into this database: everything on the first run; on a database already
 * in use, only what a newer seed brings (new tables, new rows, corrections to rows the planner
 * never changed). Returns the number of rows added or replaced. Safe to call on every start and
 * from several tabs at once (it runs in one transaction and re-reads the state inside it).
 */
export async function syncSeeds(db: NtmDatabase, source: SeedSource = APP_SOURCE): Promise<number> {
	const stale = staleTables(await loadSeedState(db), source);
	if (!stale.length) return 0;
	const seeds = await loadSeeds(stale, source);
	// Loaded before the transaction: an IndexedDB transaction ends when it waits on anything else.
	const adopters = new Map<TableName, Awaited<ReturnType<NonNullable<SeedSource['defs'][number]['seed']['adopt']>['load']>>>();
	for (const t of stale) {
		const adopt = seedOf(source, t).adopt;
		if (adopt) adopters.set(t, await adopt.load());
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

/** Replace everything with the plan's data and clear the undo history ("Khôi phục dữ liệu kế hoạch"). */
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
