// Reading rows: every row read from IndexedDB is normalised for this version (schema/normalise.ts),
// so a database written by an older release reads with the columns added since.
import type { Lookup } from '$lib/domain/lookup';
import { TABLE_NAMES } from '$lib/schema/heads';
import { normaliseRows } from '$lib/schema/normalise';
import { lookupOf, lookupTables } from '$lib/schema/lookup';
import { schemas, type Dataset, type TableName, type TableRecords } from '$lib/schema/registry';
import type { NtmDatabase } from './database';
import { loadAliases } from './seed';

export type { Dataset };

/** Reading a table needs its definition: where one is not loaded yet (the first page registers only
 * its own tables, schema/registry.ts), every definition is loaded first; where all are, nothing is
 * waited for (a live query's reads stay in its zone). */
function definitions(tables: readonly TableName[]): Promise<unknown> | null {
	return tables.some((t) => !(t in schemas)) ? import('$lib/schema/all') : null;
}

export async function readTable<T extends TableName>(db: NtmDatabase, table: T): Promise<TableRecords[T][]> {
	const loading = definitions([table]);
	if (loading) await loading;
	return normaliseRows<TableRecords[T]>(table, await db.table(table).toArray());
}

/** Some rows by id (missing ones left out). */
export async function readRows<T extends TableName>(db: NtmDatabase, table: T, ids: string[]): Promise<(TableRecords[T] | undefined)[]> {
	const loading = definitions([table]);
	if (loading) await loading;
	const got = await db.table(table).bulkGet(ids);
	return got.map((r) => (r ? (normaliseRows<TableRecords[T]>(table, [r])[0] ?? undefined) : undefined));
}

/** Every table, read in one transaction (a consistent copy). */
export async function readDataset(db: NtmDatabase, tables: readonly TableName[] = TABLE_NAMES): Promise<Dataset> {
	const loading = definitions(tables); // before the transaction: it would end while a module loads
	if (loading) await loading;
	const out = {} as Record<string, unknown[]>;
	await db.transaction('r', tables.map((t) => db.table(t)), async () => {
		for (const t of tables) out[t] = await readTable(db, t);
	});
	return out as Dataset;
}

/** The names' lookup over every table's rows (its definitions loaded first). */
export async function loadLookup(db: NtmDatabase): Promise<Lookup> {
	const loading = definitions(TABLE_NAMES);
	if (loading) await loading;
	const [data, aliases] = await Promise.all([readDataset(db, lookupTables()), loadAliases(db)]);
	return lookupOf(data, aliases);
}
