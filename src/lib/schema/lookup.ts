// The name lookup over some data: communes and districts (with their special name rules) and
// every other table a column points at, each row named by its table's row label.
import { Lookup, type RefRows } from '$lib/domain/lookup';
import type { District, Commune } from '$lib/domain/records';
import type { Succession } from '$lib/domain/units-over-time';
import { referencedTables, rowLabelOf, schemas, type TableName } from './registry';

export function lookupOf(data: Partial<Record<TableName, readonly unknown[]>>, aliases: Record<string, string> = {}): Lookup {
	const districts = (data.districts ?? []) as District[];
	const communes = (data.communes ?? []) as Commune[];
	const bare = new Lookup(districts, communes, aliases);
	const others = refRowsOf(data, bare, refTables());
	const lookup = Object.keys(others).length ? new Lookup(districts, communes, aliases, others) : bare;
	lookup.successions = (data.successions ?? []) as Succession[];
	return lookup;
}

/** The rows of `tables` as references of a lookup, each named by its table's row label. */
export function refRowsOf(data: Partial<Record<TableName, readonly unknown[]>>, named: Lookup, tables: readonly TableName[]): Record<string, RefRows> {
	const others: Record<string, RefRows> = {};
	for (const t of tables) others[t] = { rows: (data[t] ?? []) as { id: string }[], label: (r) => rowLabelOf(t, r, named) };
	return others;
}

/** Tables other than the units that loaded columns point at, whose own definition is loaded too. */
function refTables(): TableName[] {
	return referencedTables().filter((t) => t !== 'communes' && t !== 'districts' && t in schemas);
}

/** The tables the name lookup is built from (of the loaded definitions: registry.ts). */
export function lookupTables(): TableName[] {
	return [...new Set<TableName>(['districts', 'communes', 'successions', ...refTables()])];
}
