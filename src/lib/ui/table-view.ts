// What the generic table page computes from a table's definition: the filter state read from the
// URL, the row test of the toolbar filters and the search box, and the default search texts.
import { fold } from '$lib/domain/text';
import type { Lookup } from '$lib/domain/lookup';
import { formatValue } from '$lib/schema/values';
import type { Column, SearchPart, TableDef, ViewContext } from '$lib/schema';

export type FilterState = Record<string, string[]> & { q?: never };

/** The filter values in the URL (`?year=2025&level=ntm,nang_cao&q=dai loc`) for a table's filters. */
export function readFilterState(def: TableDef, params: URLSearchParams): { state: Record<string, string[]>; q: string } {
	const state: Record<string, string[]> = {};
	for (const f of def.filters ?? []) {
		const v = params.get(f.param);
		state[f.param] = v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];
	}
	return { state, q: params.get('q') ?? '' };
}

/** Search texts of a table without its own `search`: every column as shown in Vietnamese. */
export function defaultSearch(def: TableDef): (row: Record<string, unknown>, lookup: Lookup) => SearchPart[] {
	const cols = (def.columns as Column<any>[]).filter((c) => c.key !== 'version' && c.key !== 'updatedAt' && c.type !== 'datetime');
	return (row, lookup) => cols.map((c) => (c.type === 'enum' ? { enum: c.enumName ?? '', code: row[c.key] as string } : formatValue(c, row[c.key], 'vi', lookup)));
}

/** The row test of the toolbar filters (only those with values) and the folded search text. */
export function rowTest<R>(
	def: TableDef,
	state: Record<string, string[]>,
	ctx: ViewContext,
	foldedQuery: string,
	searchText: (row: R) => string
): (row: R) => boolean {
	const active = (def.filters ?? []).filter((f) => (state[f.param] ?? []).length);
	return (row: R) =>
		active.every((f) => f.test(row as never, state[f.param], ctx, state)) && (!foldedQuery || searchText(row).includes(foldedQuery));
}

/** Rows in the table's own order (before the planner sorts a column), rows it puts level in id order
 * (the order they are read in by key): the same order whatever order they come in. */
export function sortRows<R>(def: TableDef, rows: readonly R[], lookup: Lookup): R[] {
	const by = def.defaultSort as ((a: R, b: R, l: Lookup) => number) | undefined;
	const key = def.sortKey as ((r: R, l: Lookup) => number) | undefined;
	const id = (a: R, b: R) => {
		const x = (a as { id: string }).id;
		const y = (b as { id: string }).id;
		return x < y ? -1 : x > y ? 1 : 0;
	};
	const cmp = by ? (a: R, b: R) => by(a, b, lookup) || id(a, b) : id;
	const keys = key ? rows.map((r) => key(r, lookup)) : [];
	if (key && keys.every(Number.isFinite)) return Array.from(rows, (_, i) => i).sort((i, j) => keys[i] - keys[j] || cmp(rows[i], rows[j])).map((i) => rows[i]);
	return [...rows].sort(cmp);
}

/** Values a single selected filter value gives to a new row (the year and level on screen). */
export function addDefaults(def: TableDef, state: Record<string, string[]>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of def.filters ?? []) if (f.field && state[f.param]?.length === 1) out[f.field] = state[f.param][0];
	return out;
}

export { fold };
