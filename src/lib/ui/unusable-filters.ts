// Filter values in the address the toolbar cannot show and parameters the table does not have
// (TablePage.svelte): loaded only when the address has parameters.
import type { TableDef, ViewContext } from '$lib/schema';

export type Unusable = { bad: { param: string; label: string; values: string[] }[]; unknown: string[] };

/** Filter values the toolbar cannot show (a typo in a bookmarked address), and parameters the table
 * does not have: both filter nothing, and the page says so instead of showing a blank select. */
export function unusableFilters(
	def: TableDef,
	params: URLSearchParams,
	state: Record<string, string[]>,
	ctx: ViewContext
): Unusable {
	const bad: { param: string; label: string; values: string[] }[] = [];
	for (const f of def.filters ?? []) {
		const values = state[f.param] ?? [];
		if (!values.length || !f.options) continue;
		const allowed = new Set(f.options(ctx).map((o) => o.value));
		const wrong = values.filter((v) => !allowed.has(v));
		if (wrong.length) bad.push({ param: f.param, label: ctx.t(f.label), values: wrong });
	}
	const known = new Set([...(def.filters ?? []).map((f) => f.param), 'q']);
	const unknown = [...new Set([...params.keys()].filter((k) => !known.has(k)))];
	return { bad, unknown };
}
