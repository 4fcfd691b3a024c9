// The units over time of a view: one UnitMap per set of communes, districts and successions
// (kept while they do not change, so a grid's cells do not rebuild it per row).
import { UnitMap, MAP_2024, type Succession } from '$lib/domain/units-over-time';
import type { Lookup } from '$lib/domain/lookup';
import type { ViewContext } from './define';

let last: { communes: unknown; successions: unknown; map: UnitMap } | null = null;

export function unitMapOf(lookup: Lookup, successions: readonly unknown[] | undefined): UnitMap {
	const s = successions ?? [];
	if (last && last.communes === lookup.communes && last.successions === s) return last.map;
	const map = new UnitMap(lookup.communes, lookup.districts, s as Succession[]);
	last = { communes: lookup.communes, successions: s, map };
	return map;
}

/** The map over time of a view (the lookup carries the successions). */
export const unitsOf = (ctx: ViewContext) => unitMapOf(ctx.lookup, ctx.lookup.successions);
/** The map over time of a lookup. */
export const unitsOfLookup = (lookup: Lookup) => unitMapOf(lookup, lookup.successions);
/** The date of the map in view. */
export const asOfOf = (ctx: ViewContext) => ctx.asOf ?? MAP_2024;
