// The name lookup over some data: communes and districts (with their special name rules) and
// every other table a column points at, each row named by its table's row label.
import { Lookup, type RefRows } from '$lib/domain/lookup';
import type { District, Commune } from '$lib/domain/records';
import type { Succession } from '$lib/domain/units-over-time';
import { referencedTables, rowLabelOf, type TableName } from './registry';

export function lookupOf(data: Partial<Record<TableName, readonly unknown[]>>, aliases: Record<string, string> = {}): Lookup {
	const districts = (data.districts ?? []) as District[];
	const communes = (data.communes ?? []) as Commune[];
	const bare = new Lookup(districts, communes, aliases);
	const others: Record<string, RefRows> = {};
	for (const t of referencedTables()) {
		if (t === 'communes' || t === 'districts') continue;
		others[t] = { rows: (data[t] ?? []) as { id: string }[], label: (r) => rowLabelOf(t, r, bare) };
	}
	const lookup = Object.keys(others).length ? new Lookup(districts, communes, aliases, others) : bare;
	lookup.successions = (data.successions ?? []) as Succession[];
	return lookup;
}

/** The tables the name lookup is built from. */
export function lookupTables(): TableName[] {
	return [...new Set<TableName>(['districts', 'communes', 'successions', ...referencedTables()])];
}
