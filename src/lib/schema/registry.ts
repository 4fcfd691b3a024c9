// The registry: every table of the app, each one definition (tables/*.ts). Everything that works
// on "all tables" loops over TABLES: the database stores, seeding, live views, the workbook's
// sheets, import matching and the generic table page.
import type { Lookup } from '$lib/domain/lookup';
import type { TableDef } from './define';
import type { Column } from './types';
import { districts } from './tables/districts';
import { communes } from './tables/communes';
import { targets } from './tables/targets';
import { districtTargets } from './tables/district-targets';
import { goals } from './tables/goals';
import { indicators } from './tables/indicators';
import { campaigns } from './tables/campaigns';
import { models } from './tables/models';
import { memberHouseholds } from './tables/member-households';
import { memberHouses } from './tables/member-houses';
import { ocopProducts } from './tables/ocop-products';
import { periods } from './tables/periods';
import { resultMeasures } from './tables/result-measures';
import { results } from './tables/results';
import { commendations } from './tables/commendations';
import { criteriaSets } from './tables/criteria-sets';
import { criteria } from './tables/criteria';
import { assessments } from './tables/assessments';
import { recognitions } from './tables/recognitions';
import { reports } from './tables/reports';
import { packages } from './tables/packages';
import { successions } from './tables/successions';
import { phases } from './tables/phases';

export const TABLES = [
	districts,
	communes,
	targets,
	districtTargets,
	goals,
	indicators,
	campaigns,
	models,
	memberHouseholds,
	memberHouses,
	ocopProducts,
	periods,
	resultMeasures,
	results,
	commendations,
	criteriaSets,
	criteria,
	assessments,
	recognitions,
	reports,
	packages,
	successions,
	phases
] as const;

type Def = (typeof TABLES)[number];
export type TableName = Def['name'];
export type TableRecords = { [D in Def as D['name']]: D extends TableDef<infer R, any> ? R : never };
export const TABLE_NAMES: TableName[] = TABLES.map((d) => d.name);
/** Rows of every table. */
export type Dataset = { [T in TableName]: TableRecords[T][] };

export const schemas = Object.fromEntries(TABLES.map((d) => [d.name, d])) as unknown as {
	[T in TableName]: TableDef<TableRecords[T], T>;
};

/** The definition of a table, or undefined for a name that is not one (from a file, a URL). */
export function tableDef(name: string): TableDef | undefined {
	return isTableName(name) ? (schemas[name] as unknown as TableDef) : undefined;
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
	return (schemas[table].columns as Column<any>[]).find((c) => c.key === key);
}

/** The tables a table's columns point at. */
export function referencesOf(table: TableName): TableName[] {
	const refs = (schemas[table].columns as Column<any>[]).filter((c) => c.type === 'ref' && isTableName(c.ref)).map((c) => c.ref as TableName);
	return [...new Set(refs)].filter((t) => t !== table);
}

/** Tables any column points at (their rows are in the name lookup). */
/** The tables a table's page reads besides its own: its related tables (filters, computed columns)
 * and those its derived values follow. */
export function viewTables(table: TableName): TableName[] {
	const d = schemas[table] as unknown as TableDef;
	return [...new Set([...(d.related ?? []), ...(d.overlay?.from ?? [])])] as TableName[];
}

export function referencedTables(): TableName[] {
	return [...new Set(TABLE_NAMES.flatMap(referencesOf))];
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
	for (const t of TABLE_NAMES) visit(t, new Set());
	return out;
}

/** Workbook sheets in order. */
export function sheetOrder(): TableName[] {
	return [...TABLE_NAMES].sort((a, b) => schemas[a].sheetOrder - schemas[b].sheetOrder);
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
