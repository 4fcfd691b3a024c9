// Values that follow other tables (a table's `overlay`, define.ts): applied to rows for the grid
// (with each cell's origin), for exports (values only) and read by the import (which leaves derived
// cells alone). One function each, so every view and every file shows the same value.
import type { DictKey, Params } from '$lib/i18n/translate';
import type { Derived } from './define';
import { schemas, TABLE_NAMES, type Dataset, type TableName } from './registry';

/** The field a grid row carries its cells' origins in (never stored, never exported). */
export const ORIGIN = '__origin';
export interface CellOrigin {
	derived: boolean;
	key: DictKey;
	params?: Params;
}
export type OriginMap = Record<string, CellOrigin>;

type Row = Record<string, unknown> & { id: string };
type Tables = Partial<Record<string, readonly Record<string, unknown>[]>>;

/** The derived values of a table's rows, or null when the table has no overlay. */
export function overlayOf(table: TableName, rows: readonly Record<string, unknown>[], tables: Tables): Map<string, Record<string, Derived>> | null {
	const def = schemas[table].overlay;
	if (!def) return null;
	const from: Record<string, readonly Record<string, unknown>[]> = {};
	for (const t of def.from) from[t] = tables[t] ?? [];
	return def.build(rows, from);
}

/** Rows with their derived values in place and, per overlaid field, where the value comes from. */
export function overlayRows<R extends Row>(table: TableName, rows: readonly R[], tables: Tables): R[] {
	const def = schemas[table].overlay;
	const map = overlayOf(table, rows, tables);
	// Nothing derived anywhere (no criteria matrix, no recognitions): the rows as they are, not a copy of the list.
	if (!def || !map || !map.size) return rows as R[];
	return rows.map((r) => {
		const d = map.get(r.id);
		// Nothing derived: the row as it is (no copy; the grid keeps it as long as it does not change),
		// the origin of its entered values worked out from it (cellOrigin).
		if (!d) return r;
		const origin: OriginMap = {};
		const out: Record<string, unknown> = { ...r };
		for (const f of def.fields) {
			const v = d?.[f];
			if (v) {
				out[f] = v.value;
				origin[f] = { derived: true, ...v.origin };
			} else if (def.entered?.[f] && r[f] != null) origin[f] = { derived: false, ...def.entered[f] };
		}
		out[ORIGIN] = origin;
		return out as R;
	});
}

/** Where a grid cell's value comes from: the origin overlayRows gave it, else, for a row with nothing
 * derived, "entered" where the overlay names it and the value is there. */
export function cellOrigin(table: TableName, row: Record<string, unknown> | undefined, field: string): CellOrigin | undefined {
	if (!row) return undefined;
	const map = row[ORIGIN] as OriginMap | undefined;
	if (map) return map[field];
	const entered = schemas[table].overlay?.entered?.[field];
	return entered && row[field] != null ? { derived: false, ...entered } : undefined;
}

/** The whole dataset as every view shows it: derived values in place (for workbooks and reports). */
export function withOverlays(data: Dataset): Dataset {
	const out = { ...data } as Record<string, unknown>;
	for (const t of TABLE_NAMES) {
		const map = overlayOf(t, data[t] as never, data as never);
		const def = schemas[t].overlay;
		if (!map || !def) continue;
		out[t] = (data[t] as unknown as Row[]).map((r) => {
			const d = map.get(r.id);
			if (!d) return r;
			const copy: Record<string, unknown> = { ...r };
			for (const f of def.fields) if (d[f]) copy[f] = d[f].value;
			return copy;
		});
	}
	return out as Dataset;
}
