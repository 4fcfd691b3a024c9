// The registry: every table of the app, each one definition (tables/*.ts; the light part of each,
// its sheet, seed and page, in heads.ts). Everything that works on "all tables" loops over it: the
// database stores, seeding, live views, the workbook's sheets, import matching and the generic table page.
//
// Where the definitions are loaded: all.ts imports every table and registers it here; the pages and
// the code that work on every table get it through `$lib/schema` (index.ts). The first page (the
// targets) registers only the tables it shows and reads (core.ts) and imports the schema's modules by
// path, never `$lib/schema`: the other tables' columns and rules load with the pages and features that
// use them (about 5 KB gzip less on the first page). A function given a table whose definition is not
// loaded throws, naming it (see `defOf`).
import type { Lookup } from '$lib/domain/lookup';
import type { TableDef } from './define';
import type { Column } from './types';
import type { TABLES } from './all';
import { TABLE_NAMES } from './heads';

export { TABLE_NAMES };

type Def = (typeof TABLES)[number];
export type TableName = Def['name'];
export type TableRecords = { [D in Def as D['name']]: D extends TableDef<infer R, any> ? R : never };
/** Rows of every table. */
export type Dataset = { [T in TableName]: TableRecords[T][] };

/** The loaded definitions, by table name (all of them once all.ts is loaded). */
export const schemas = {} as { [T in TableName]: TableDef<TableRecords[T], T> };

const registered = new Set<() => void>();
/** Add definitions (all.ts, core.ts); listeners hear of tables added. */
export function registerTables(defs: readonly TableDef[]) {
	let added = false;
	for (const d of defs) {
		if (d.name in schemas) continue;
		(schemas as Record<string, TableDef>)[d.name] = d;
		added = true;
	}
	if (added) for (const l of registered) l();
}
/** Hear when more definitions are loaded (the names' lookup then takes in the tables they point at). */
export function onTablesRegistered(listener: () => void): () => void {
	registered.add(listener);
	return () => registered.delete(listener);
}
/** Tables whose definition is loaded, in the registry's order. */
export function loadedTables(): TableName[] {
	return TABLE_NAMES.filter((t) => t in schemas);
}
/** The definition of a table; throws when it is not loaded (a page must import `$lib/schema` or core.ts). */
export function defOf<T extends TableName>(table: T): TableDef<TableRecords[T], T> {
	const d = schemas[table];
	if (!d) throw new Error(`registry: the definition of table "${table}" is not loaded (import '$lib/schema')`);
	return d;
}
/** Every table's definition: all.ts must be loaded (code working on all tables imports `$lib/schema`). */
function allTables(): TableName[] {
	for (const t of TABLE_NAMES) defOf(t);
	return TABLE_NAMES;
}

/** The definition of a table, or undefined for a name that is not one (from a file, a URL) or not loaded. */
export function tableDef(name: string): TableDef | undefined {
	return isTableName(name) ? (schemas[name] as unknown as TableDef | undefined) : undefined;
}
export function isTableName(name: unknown): name is TableName {
	return typeof name === 'string' && (TABLE_NAMES as string[]).includes(name);
}

/** Version of the workbook layout; raised whenever a column or a sheet is added, removed or changes
 * meaning. 1: release 0.1.0 (six tables). 2: the association's registers, districts' poor-district flag
 * and region source. 3: rows in each table's own order, a first column "STT", the technical columns
 * (Mã, Phiên bản, Khóa, Sửa lần cuối…) at the right end, "Sửa lần cuối" as a date-time cell.
 * 4: the recognitions, the criteria matrix, the criteria sets and their criteria; a commune's
 * recognised level and year and its number of criteria met are written as derived (read back only
 * where nothing derives them). 5: the issued reports ("Báo cáo đã ban hành") and the packages sent to
 * the districts and their returns ("Gói gửi huyện");
 * a district package is this layout with one district's rows, a first sheet "Hướng dẫn" and its
 * identity in the "_goc" meta row (src/lib/packages). 6: units over time: the successions of units
 * ("Kế thừa đơn vị hành chính"), the phases ("Giai đoạn"), a commune's first day ("Hiệu lực từ") for
 * the units formed by the 2025 reforms, a goal's phase; the info sheet names the map and phase in view.
 * 7: one level down, the packages a district sends its communes: "Gói gửi huyện" has a commune column
 * ("Xã", empty for a district's package); a commune's package is this layout with one commune's rows
 * and its identity names the commune. */
export const SCHEMA_VERSION = 7;

export function columnOf<T extends TableName>(table: T, key: string): Column<any> | undefined {
	return (defOf(table).columns as Column<any>[]).find((c) => c.key === key);
}

/** The tables a table's columns point at. */
export function referencesOf(table: TableName): TableName[] {
	const refs = (defOf(table).columns as Column<any>[]).filter((c) => c.type === 'ref' && isTableName(c.ref)).map((c) => c.ref as TableName);
	return [...new Set(refs)].filter((t) => t !== table);
}

/** Tables any column points at (their rows are in the name lookup). */
/** The tables a table's page reads besides its own: its related tables (filters, computed columns)
 * and those its derived values follow. */
export function viewTables(table: TableName): TableName[] {
	const d = defOf(table) as unknown as TableDef;
	return [...new Set([...(d.related ?? []), ...(d.overlay?.from ?? [])])] as TableName[];
}

/** Tables the loaded tables' columns point at (every table's, once all.ts is loaded). */
export function referencedTables(): TableName[] {
	return [...new Set(loadedTables().flatMap(referencesOf))];
}

/** Tables in an order where each comes after the tables it points at (import: units first). */
export function dependencyOrder(): TableName[] {
	const out: TableName[] = [];
	const visit = (t: TableName, path: Set<TableName>) => {
		if (out.includes(t) || path.has(t)) return;
		path.add(t);
		for (const r of referencesOf(t)) visit(r, path);
		path.delete(t);
		out.push(t);
	};
	for (const t of allTables()) visit(t, new Set());
	return out;
}

/** Workbook sheets in order. */
export function sheetOrder(): TableName[] {
	return [...allTables()].sort((a, b) => schemas[a].sheetOrder - schemas[b].sheetOrder);
}

/** Label of a row of any table, for messages. */
export function rowLabelOf(table: TableName, row: Record<string, unknown> | null | undefined, lookup: Lookup, fallback = ''): string {
	if (!row) return fallback;
	try {
		return (schemas[table].rowLabel as (r: unknown, l: Lookup) => string)(row, lookup);
	} catch {
		return String(row.id ?? fallback);
	}
}
