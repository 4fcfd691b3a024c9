// Reading rows: every row read from IndexedDB is normalised for this version (schema/normalise.ts),
// so a database written by an older release reads with the columns added since.
import type { Lookup } from '$lib/domain/lookup';
import { TABLE_NAMES, normaliseRows, lookupOf, lookupTables, type Dataset, type TableName, type TableRecords } from '$lib/schema';
import type { NtmDatabase } from './database';
import { loadAliases } from './seed';

export type { Dataset };


export async function readTable<T extends TableName>(db: NtmDatabase, table: T): Promise<TableRecords[T][]> {
	return normaliseRows<TableRecords[T]>(table, await db.table(table).toArray());
}

/** Some rows by id (missing ones left out). */
export async function readRows<T extends TableName>(db: NtmDatabase, table: T, ids: string[]): Promise<(TableRecords[T] | undefined)[]> {
	const got = await db.table(table).bulkGet(ids);
	return got.map((r) => (r ? (normaliseRows<TableRecords[T]>(table, [r])[0] ?? undefined) : undefined));
}

/** Every table, read in one transaction (a consistent copy). */
export async function readDataset(db: NtmDatabase, tables: readonly TableName[] = TABLE_NAMES): Promise<Dataset> {
	const out = {} as Record<string, unknown[]>;
	await db.transaction('r', tables.map((t) => db.table(t)), async () => {
		for (const t of tables) out[t] = await readTable(db, t);
	});
	return out as Dataset;
}

export async function loadLookup(db: NtmDatabase): Promise<Lookup> {
	const [data, aliases] = await Promise.all([readDataset(db, lookupTables()), loadAliases(db)]);
	return lookupOf(data, aliases);
}
