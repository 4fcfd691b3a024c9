// Dataset (or one view) -> SheetJS workbook with real typed cells, plus the list of what the
// OOXML post-processing step must add (frozen header, drop-down lists, bold header).
import * as XLSX from 'xlsx';
import type { Lookup } from '$lib/domain/lookup';
import {
	TABLE_NAMES,
	schemas,
	sheetOrder,
	lookupOf,
	SCHEMA_VERSION,
	formatValue,
	enumLabel,
	type Column,
	type Dataset,
	type TableName,
	type TableRecords
} from '$lib/schema';
import { translate, tvi, type Lang, type DictKey } from '$lib/i18n/translate';
import { columnLetter, escapeText } from './cells';
import type { SheetPatch } from './ooxml-patch';
// Sheet names and headers are the tables' Vietnamese labels: every table's texts must be here.
import '$lib/i18n/excel-texts';

export type { Dataset };

export interface ExportInfo {
	datasetId: string;
	exportedAt: Date;
	appVersion: string;
	/** Human description of the filters used ('' = none). */
	filters: string;
}

/** Order of the data sheets in an exported workbook (the main table first), from the registry. */
export const SHEET_ORDER: TableName[] = sheetOrder();

/** Meta fields kept out of the "_goc" values (they have their own columns or mean nothing to a merge). */
const META = new Set(['id', 'version', 'updatedAt']);

/** Days since 1899-12-30 of an ISO date (UTC, so no time-zone shift). */
export function isoToSerial(iso: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return null;
	return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 + 25569;
}

export const DATE_FORMAT = 'dd/mm/yyyy';

/** The typed cell for a stored value, or null for an empty cell. */
export function cellFor(col: Column<any>, value: unknown, lang: Lang, lookup: Lookup): XLSX.CellObject | null {
	if (value === null || value === undefined || value === '') return null;
	switch (col.type) {
		case 'int':
		case 'number':
		case 'year':
			return typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: escapeText(String(value)) };
		case 'date': {
			const serial = isoToSerial(String(value));
			return serial === null ? { t: 's', v: escapeText(String(value)) } : { t: 'n', v: serial, z: DATE_FORMAT };
		}
		case 'deadline': {
			const serial = isoToSerial(String(value));
			if (serial !== null) return { t: 'n', v: serial, z: DATE_FORMAT };
			return { t: 's', v: escapeText(formatValue(col, value, lang, lookup)) };
		}
		case 'text':
		case 'longtext':
			return { t: 's', v: escapeText(String(value)) };
		default:
			return { t: 's', v: escapeText(formatValue(col, value, lang, lookup)) };
	}
}

/** Allowed labels of an enumerated column (enum or bool), or null. */
export function listOf(col: Column<any>, lang: Lang): string[] | null {
	if (col.type === 'enum' && col.values) return col.values.map((v) => enumLabel(col, v, lang));
	if (col.type === 'bool') return [translate(lang, 'enum.bool.true'), translate(lang, 'enum.bool.false')];
	return null;
}

function textWidth(cell: XLSX.CellObject | null, col: Column<any>): number {
	if (!cell) return 0;
	if (cell.z === DATE_FORMAT) return 10;
	if (cell.t === 'n') return String(cell.v).length;
	const s = String(cell.v);
	const nl = s.indexOf('\n');
	return nl >= 0 ? nl : col.type === 'longtext' ? Math.min(s.length, 50) : s.length;
}

/** Collects the drop-down lists of a workbook in one hidden sheet. */
class Lists {
	private columns: { name: string; values: string[] }[] = [];
	private byKey = new Map<string, string>();
	constructor(private sheetName: string) {}
	/** A range formula for the list, e.g. `'_ds'!$B$2:$B$6`. */
	ref(name: string, values: string[]): string {
		const key = name + '\u0001' + values.join('\u0001');
		let ref = this.byKey.get(key);
		if (!ref) {
			const L = columnLetter(this.columns.length);
			this.columns.push({ name, values });
			ref = `'${this.sheetName}'!$${L}$2:$${L}$${values.length + 1}`;
			this.byKey.set(key, ref);
		}
		return ref;
	}
	get empty() {
		return this.columns.length === 0;
	}
	sheet(): XLSX.WorkSheet {
		const height = Math.max(...this.columns.map((c) => c.values.length));
		const aoa: string[][] = [this.columns.map((c) => c.name)];
		for (let r = 0; r < height; r++) aoa.push(this.columns.map((c) => escapeText(c.values[r] ?? '')));
		return XLSX.utils.aoa_to_sheet(aoa);
	}
}

/** One table sheet: header labels from the schema, typed cells, widths, autofilter, lists. */
function tableSheet<T extends TableName>(
	table: T,
	records: readonly TableRecords[T][],
	columns: Column<any>[],
	lang: Lang,
	lookup: Lookup,
	lists: Lists
): { ws: XLSX.WorkSheet; patch: Omit<SheetPatch, 'name'> } {
	const ws: XLSX.WorkSheet = {};
	const data: XLSX.CellObject[][] = [];
	const widths = columns.map((c) => headerOf(c, lang).length);
	data.push(columns.map((c) => ({ t: 's', v: escapeText(headerOf(c, lang)) }) as XLSX.CellObject));
	for (let r = 0; r < records.length; r++) {
		const rec = records[r] as unknown as Record<string, unknown>;
		const row: XLSX.CellObject[] = new Array(columns.length);
		for (let c = 0; c < columns.length; c++) {
			const cell = cellFor(columns[c], rec[columns[c].key], lang, lookup);
			if (cell) {
				row[c] = cell;
				if (r < 5000) widths[c] = Math.max(widths[c], textWidth(cell, columns[c]));
			}
		}
		data.push(row);
	}
	ws['!data'] = data;
	const last = `${columnLetter(Math.max(columns.length - 1, 0))}${records.length + 1}`;
	ws['!ref'] = `A1:${last}`;
	ws['!cols'] = widths.map((w) => ({ wch: Math.min(60, Math.max(6, w + 2)) }));
	ws['!autofilter'] = { ref: `A1:${last}` };
	const validations: SheetPatch['validations'] = [];
	// The lists cover the data rows plus VALIDATION_SPARE_ROWS for rows added by hand, not the whole
	// column: ExcelJS expands a range into one entry per cell, and "D2:D1048576" on a few columns made
	// it take minutes to open the workbook (exceljs/exceljs#1842, #1283).
	const lastValidated = Math.min(1048576, records.length + 1 + VALIDATION_SPARE_ROWS);
	columns.forEach((col, c) => {
		const values = listOf(col, lang);
		if (!values) return;
		const L = columnLetter(c);
		validations.push({ sqref: `${L}2:${L}${lastValidated}`, formula: lists.ref(col.enumName ?? col.type, values) });
	});
	return { ws, patch: { freezeHeader: true, boldHeader: true, validations } };
}

/** Rows below the data that still get the drop-down lists (for rows added in Excel). */
export const VALIDATION_SPARE_ROWS = 2000;

function append(wb: XLSX.WorkBook, ws: XLSX.WorkSheet, name: string, hidden = false) {
	XLSX.utils.book_append_sheet(wb, ws, name);
	wb.Workbook ??= {};
	wb.Workbook.Sheets ??= [];
	while (wb.Workbook.Sheets.length < wb.SheetNames.length) wb.Workbook.Sheets.push({});
	if (hidden) wb.Workbook.Sheets[wb.SheetNames.length - 1].Hidden = 1;
}

function newWorkbook(): XLSX.WorkBook {
	return XLSX.utils.book_new();
}

export interface BuiltWorkbook {
	wb: XLSX.WorkBook;
	patches: SheetPatch[];
}

/** The whole dataset: one sheet per table, "Thông tin", and the hidden "_ds" and "_goc" sheets. */
export function buildDatasetWorkbook(data: Dataset, info: ExportInfo): BuiltWorkbook {
	const lookup = lookupOf(data);
	const wb = newWorkbook();
	const patches: SheetPatch[] = [];
	const lists = new Lists(tvi('excel.sheet.lists'));
	for (const table of SHEET_ORDER) {
		const name = tvi(schemas[table].title);
		const { ws, patch } = tableSheet(table, data[table], schemas[table].columns as Column<any>[], 'vi', lookup, lists);
		append(wb, ws, name);
		patches.push({ name, ...patch });
	}
	// Information sheet.
	const infoName = tvi('excel.sheet.info');
	const sheetList = SHEET_ORDER.map((t) => `${tvi(schemas[t].title)} (${data[t].length})`).join('; ');
	const infoWs = XLSX.utils.aoa_to_sheet([
		[tvi('excel.info.title'), ''],
		[tvi('excel.info.item'), tvi('excel.info.value')],
		[tvi('excel.info.datasetId'), info.datasetId],
		[tvi('excel.info.schemaVersion'), SCHEMA_VERSION],
		[tvi('excel.info.exportedAt'), localStamp(info.exportedAt)],
		[tvi('excel.info.appVersion'), info.appVersion],
		[tvi('excel.info.filters'), escapeText(info.filters || tvi('excel.info.noFilter'))],
		[tvi('excel.info.sheets'), sheetList],
		['', tvi('excel.info.note')]
	]);
	infoWs['!cols'] = [{ wch: 26 }, { wch: 90 }];
	append(wb, infoWs, infoName);
	patches.push({ name: infoName, boldHeader: false });
	// Drop-down lists.
	if (!lists.empty) append(wb, lists.sheet(), tvi('excel.sheet.lists'), true);
	// Values at export time, for merging an edited copy back.
	append(wb, baseSheet(data, info), tvi('excel.sheet.base'), true);
	return { wb, patches };
}

/** The hidden "_goc" sheet: table, id, version and the stored values (JSON) of every record. */
function baseSheet(data: Dataset, info: ExportInfo): XLSX.WorkSheet {
	const rows: XLSX.CellObject[][] = [
		[tvi('excel.base.table'), tvi('col.id'), tvi('col.version'), tvi('excel.base.values')].map(
			(v) => ({ t: 's', v }) as XLSX.CellObject
		),
		[
			{ t: 's', v: '_meta' },
			{ t: 's', v: info.datasetId },
			{ t: 'n', v: SCHEMA_VERSION },
			{
				t: 's',
				v: JSON.stringify({ exportedAt: info.exportedAt.toISOString(), appVersion: info.appVersion, filters: info.filters })
			}
		]
	];
	for (const table of TABLE_NAMES) {
		for (const rec of data[table] as unknown as Record<string, unknown>[]) {
			const values: Record<string, unknown> = {};
			for (const k of Object.keys(rec)) if (!META.has(k)) values[k] = rec[k];
			rows.push([
				{ t: 's', v: table },
				{ t: 's', v: escapeText(String(rec.id)) },
				{ t: 'n', v: Number(rec.version) || 0 },
				{ t: 's', v: JSON.stringify(values) }
			]);
		}
	}
	const ws: XLSX.WorkSheet = { '!data': rows, '!ref': `A1:D${rows.length}` };
	return ws;
}

/** One view: the given rows and columns, in order, in the given language (no merge data). */
export function buildViewWorkbook<T extends TableName>(
	table: T,
	rows: readonly TableRecords[T][],
	columnKeys: readonly string[],
	lang: Lang,
	lookup: Lookup,
	computed: readonly ComputedHeader[] = []
): BuiltWorkbook {
	const wb = newWorkbook();
	const columns = viewColumns(table, columnKeys, computed);
	const lists = new Lists(translate(lang, 'excel.sheet.lists'));
	const name = safeSheetName(translate(lang, schemas[table].title));
	const { ws, patch } = tableSheet(table, rows, columns, lang, lookup, lists);
	append(wb, ws, name);
	if (!lists.empty) append(wb, lists.sheet(), translate(lang, 'excel.sheet.lists'), true);
	return { wb, patches: [{ name, ...patch }] };
}

/** A computed column of a view: its key in the rows and its header text. */
export interface ComputedHeader {
	key: string;
	header: string;
}

/** The schema's columns named by the view, in its order; computed columns become text columns. */
export function viewColumns(table: TableName, columnKeys: readonly string[], computed: readonly ComputedHeader[] = []): Column<any>[] {
	const all = schemas[table].columns as Column<any>[];
	const out: Column<any>[] = [];
	for (const k of columnKeys) {
		const col = all.find((c) => c.key === k);
		const extra = col ? undefined : computed.find((c) => c.key === k);
		if (col) out.push(col);
		else if (extra) out.push({ key: extra.key, label: 'col.name', title: extra.header, type: 'text', editable: false });
	}
	return out.length ? out : all;
}

/** The header text of a column in a language. */
export function headerOf(col: Column<any>, lang: Lang): string {
	return col.title ?? translate(lang, col.label);
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
	return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** "30/06/2025 14:05" in local time. */
export function localStamp(d: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export type { DictKey };
