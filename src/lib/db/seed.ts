// The plan's data in the database: first-run seeding, seed rows that a new release adds to a
// database already in use, and "reset to the plan". The rules are the migration contract's
// (migrations.ts): a row the planner changed is never touched, a seed row the planner deleted
// stays deleted, a new table or new seed rows arrive in the database of a planner who already
// uses the app. The seed files are loaded only when a table's seed is newer than what is stored, and
// the code that writes them (seed-sync.ts) only then too: not on the first page of a database in use.
import { HEADS, TABLE_NAMES } from '$lib/schema/heads';
import type { TableDef, TableName } from '$lib/schema';
import type { NtmDatabase } from './database';
import { SEED_STATE_KEY } from './migrations';

export type Row = Record<string, unknown> & { id: string };
/** Seed version each table of this database got (0 or missing: none yet). */
export type SeedState = Partial<Record<TableName, number>>;

/** Where seeds come from: the registry's tables (their heads) and the seed files (tests give other ones). */
export interface SeedSource {
	defs: readonly Pick<TableDef, 'name' | 'seed'>[];
	load: (file: string) => Promise<unknown[]>;
}

export const APP_SOURCE: SeedSource = {
	defs: TABLE_NAMES.map((name) => ({ name, seed: HEADS[name].seed })),
	// Fetched as JSON in the browser; read from disk where there is no page (tests).
	load: async (file) => (await import('$seeds/files')).seedFile(file)
};

export function seedOf(source: SeedSource, t: TableName) {
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

/**
 * Bring the plan's data into this database: everything on the first run; on a database already
 * in use, only what a newer seed brings (new tables, new rows, corrections to rows the planner
 * never changed). Returns the number of rows added or replaced. Safe to call on every start and
 * from several tabs at once (it runs in one transaction and re-reads the state inside it).
 */
export async function syncSeeds(db: NtmDatabase, source: SeedSource = APP_SOURCE): Promise<number> {
	const stale = staleTables(await loadSeedState(db), source);
	if (!stale.length) return 0;
	return (await import('./seed-sync')).syncStale(db, source, stale);
}

/** Replace everything with the plan's data and clear the undo history ("Khôi phục dữ liệu kế hoạch"). */
export async function resetToPlan(db: NtmDatabase): Promise<void> {
	return (await import('./seed-sync')).resetToPlan(db);
}
