// Dataset (or one view) -> SheetJS workbook with real typed cells, plus the list of what the
// OOXML post-processing step must add (frozen header, drop-down lists, header styles, technical
// columns in grey, page setup for printing).
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
import { columnLetter, escapeText, needsQuotePrefix, xlsxText } from './cells';
import type { PrintSetup, SheetPatch } from './ooxml-patch';
// Sheet names and headers are the tables' Vietnamese labels: every table's texts must be here.
import '$lib/i18n/excel-texts';

export type { Dataset };

export interface ExportInfo {
	datasetId: string;
	exportedAt: Date;
	appVersion: string;
	/** Human description of the filters used ('' = none). */
	filters: string;
	/** The map and phase in view when exported (default: the 2021-2025 plan on its 2024 units). The
	 * rows keep the units they were made for; an import on another map shows them under their successors. */
	map?: { date: string; phase: string };
}

const mapOf = (info: ExportInfo) => info.map ?? { date: '2024-12-31', phase: '2021-2025' };

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
export const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';

/** Excel serial of an ISO timestamp in local time (what the grid shows: formatValue), or null. */
export function timestampToSerial(iso: string): number | null {
	const d = new Date(iso);
	if (!iso || Number.isNaN(d.getTime())) return null;
	const local = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
	return local / 86400000 + 25569;
}

/** The typed cell for a stored value, or null for an empty cell. */
export function cellFor(col: Column<any>, value: unknown, lang: Lang, lookup: Lookup): XLSX.CellObject | null {
	if (value === null || value === undefined || value === '') return null;
	switch (col.type) {
		case 'int':
		case 'number':
		case 'year':
			return typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: xlsxText(String(value)) };
		case 'date': {
			const serial = isoToSerial(String(value));
			return serial === null ? { t: 's', v: xlsxText(String(value)) } : { t: 'n', v: serial, z: DATE_FORMAT };
		}
		case 'deadline': {
			const serial = isoToSerial(String(value));
			if (serial !== null) return { t: 'n', v: serial, z: DATE_FORMAT };
			return { t: 's', v: xlsxText(formatValue(col, value, lang, lookup)) };
		}
		case 'datetime': {
			const serial = timestampToSerial(String(value));
			return serial === null ? { t: 's', v: xlsxText(String(value)) } : { t: 'n', v: serial, z: DATETIME_FORMAT };
		}
		case 'text':
		case 'longtext':
			return { t: 's', v: xlsxText(String(value)) };
		default:
			return { t: 's', v: xlsxText(formatValue(col, value, lang, lookup)) };
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
	if (cell.z === DATETIME_FORMAT) return 16;
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
		for (let r = 0; r < height; r++) aoa.push(this.columns.map((c) => xlsxText(c.values[r] ?? '')));
		return XLSX.utils.aoa_to_sheet(aoa);
	}
}

/** Header of the row-number column (the importer ignores it: headers.ts IGNORED). */
export const STT_HEADER = 'STT';

/** Columns a planner must not edit: the record id, its version and last change, and the columns the
 * grid hides (a goal's key, a target's name in the plan). Exported at the right end, in grey. */
export function isTechnical(col: Column<any>): boolean {
	return col.key === 'id' || col.key === 'version' || col.key === 'updatedAt' || col.hidden === true;
}

/** A table's columns in the whole-dataset workbook: the planner's columns in the schema's order, then
 * the technical ones (the id first, then the others in the schema's order). */
export function workbookColumns(table: TableName): { columns: Column<any>[]; technical: number } {
	const all = schemas[table].columns as Column<any>[];
	const plain = all.filter((c) => !isTechnical(c));
	const tech = all.filter(isTechnical).sort((a, b) => Number(b.key === 'id') - Number(a.key === 'id'));
	return { columns: [...plain, ...tech], technical: tech.length };
}

/** Rows in the table's own order (`defaultSort`: targets by year, level, district, commune), as the grid shows them. */
export function inTableOrder<T extends TableName>(table: T, records: readonly TableRecords[T][], lookup: Lookup): TableRecords[T][] {
	const by = schemas[table].defaultSort as ((a: TableRecords[T], b: TableRecords[T], l: Lookup) => number) | undefined;
	return by ? [...records].sort((a, b) => by(a, b, lookup)) : [...records];
}

/** Width a header needs when it may wrap onto two or three lines (never less than its longest word). */
function headerWidth(text: string): number {
	const lines = text.length <= 12 ? 1 : text.length <= 30 ? 2 : 3;
	const longest = Math.max(...text.split(/\s+/).map((w) => w.length));
	return Math.max(longest, Math.ceil(text.length / lines) + (lines > 1 ? 2 : 0));
}

/** Lines a text takes when wrapped into a column `wch` characters wide (greedy, by words; a long
 * word is cut). An estimate on the safe side: most letters are narrower than the "0" of a width unit. */
export function wrapLines(text: string, wch: number): number {
	const room = Math.max(1, Math.floor(wch) - 2);
	let lines = 0;
	for (const para of text.split(/\r?\n/)) {
		let count = 1;
		let used = 0;
		for (const w of para.split(/\s+/).filter(Boolean)) {
			if (used > 0 && used + 1 + w.length <= room) used += 1 + w.length;
			else {
				if (used > 0) count++;
				count += Math.floor((w.length - 1) / room);
				used = ((w.length - 1) % room) + 1;
			}
		}
		lines += count;
	}
	return Math.max(1, lines);
}

/** Height in points of one line of text (12 pt with Vietnamese diacritics above and below). */
const LINE_PT = 16;
/** Widest text column; longer texts wrap onto more lines (so the printout stays one page wide). */
export const WRAP_WIDTH = 40;

interface SheetLayout {
	/** A first column "STT" numbering the rows 1, 2, 3… */
	stt: boolean;
	/** Number of technical columns at the right end (grey, marked not to edit, not printed). */
	technical: number;
	/** Language of the texts (prompts, page footer). */
	lang: Lang;
}

/** One table sheet: header labels from the schema, typed cells, widths, autofilter, lists, page setup. */
function tableSheet<T extends TableName>(
	records: readonly TableRecords[T][],
	columns: Column<any>[],
	lookup: Lookup,
	lists: Lists,
	layout: SheetLayout
): { ws: XLSX.WorkSheet; patch: Omit<SheetPatch, 'name'> } {
	const { lang } = layout;
	const ws: XLSX.WorkSheet = {};
	const data: XLSX.CellObject[][] = [];
	const off = layout.stt ? 1 : 0;
	const width = columns.length + off;
	const headers = [...(layout.stt ? [STT_HEADER] : []), ...columns.map((c) => headerOf(c, lang))];
	const widths = headers.map(headerWidth);
	if (layout.stt) widths[0] = Math.max(widths[0], String(records.length).length);
	data.push(headers.map((h) => ({ t: 's', v: xlsxText(h) }) as XLSX.CellObject));
	for (let r = 0; r < records.length; r++) {
		const rec = records[r] as unknown as Record<string, unknown>;
		const row: XLSX.CellObject[] = new Array(width);
		if (layout.stt) row[0] = { t: 'n', v: r + 1 };
		for (let c = 0; c < columns.length; c++) {
			const cell = cellFor(columns[c], rec[columns[c].key], lang, lookup);
			if (cell) {
				row[c + off] = cell;
				if (r < 5000) widths[c + off] = Math.max(widths[c + off], textWidth(cell, columns[c]));
			}
		}
		data.push(row);
	}
	ws['!data'] = data;
	// Long texts wrap in a column WRAP_WIDTH wide; rows get the height of their longest text, as not
	// every program grows a row to fit wrapped text on opening a file.
	const wrapColumns: number[] = [];
	for (let c = 0; c < columns.length; c++) {
		const t = columns[c].type;
		if ((t === 'text' || t === 'longtext' || t === 'ref') && widths[c + off] + 2 > WRAP_WIDTH) wrapColumns.push(c + off);
	}
	const rowHeights: XLSX.RowInfo[] = [];
	if (wrapColumns.length) {
		for (let r = 1; r < data.length; r++) {
			let lines = 1;
			for (const c of wrapColumns) {
				const cell = data[r][c];
				if (cell && cell.t === 's' && String(cell.v).length > WRAP_WIDTH - 2) lines = Math.max(lines, wrapLines(String(cell.v), WRAP_WIDTH));
			}
			if (lines > 1) rowHeights[r] = { hpt: lines * LINE_PT };
		}
	}
	const lastRow = records.length + 1;
	const last = `${columnLetter(Math.max(width - 1, 0))}${lastRow}`;
	ws['!ref'] = `A1:${last}`;
	ws['!cols'] = widths.map((w, c) => ({ wch: Math.min(wrapColumns.includes(c) ? WRAP_WIDTH : 60, Math.max(layout.stt ? 4 : 6, w + 2)) }));
	if (layout.stt) ws['!cols'][0] = { wch: Math.max(5, widths[0] + 2) };
	// The header wraps (bold, wrapText: ooxml-patch): give row 1 the height of its longest header, as
	// not every program grows a row to fit wrapped text on opening a file.
	const lines = Math.max(1, ...headers.map((h, i) => wrapLines(h, ws['!cols']![i].wch!)));
	if (lines > 1) rowHeights[0] = { hpt: lines * LINE_PT };
	if (rowHeights.length) ws['!rows'] = rowHeights;
	ws['!autofilter'] = { ref: `A1:${last}` };
	const validations: SheetPatch['validations'] = [];
	// The lists cover the data rows plus VALIDATION_SPARE_ROWS for rows added by hand, not the whole
	// column: ExcelJS expands a range into one entry per cell, and "D2:D1048576" on a few columns made
	// it take minutes to open the workbook (exceljs/exceljs#1842, #1283).
	const lastValidated = Math.min(1048576, records.length + 1 + VALIDATION_SPARE_ROWS);
	columns.forEach((col, c) => {
		const values = listOf(col, lang);
		if (!values) return;
		const L = columnLetter(c + off);
		validations.push({ sqref: `${L}2:${L}${lastValidated}`, formula: lists.ref(col.enumName ?? col.type, values) });
	});
	const firstTechnical = width - layout.technical;
	if (layout.technical > 0) {
		// Selecting a cell of a technical column shows why it must not be edited (an input message,
		// Excel's and LibreOffice's own tooltip; no comment parts needed).
		validations.push({
			sqref: `${columnLetter(firstTechnical)}1:${columnLetter(width - 1)}${lastRow}`,
			prompt: { title: translate(lang, 'excel.technical.title'), text: translate(lang, 'excel.technical.prompt') }
		});
	}
	const print: PrintSetup = {
		titleRows: 1,
		// Technical columns are left out of the printout: the page is for reading the plan.
		columns: layout.technical > 0 ? firstTechnical : undefined,
		footer: translate(lang, 'excel.print.footer')
	};
	return {
		ws,
		patch: {
			quotePrefix: quotePrefixCells(ws),
			freezeHeader: true,
			boldHeader: true,
			validations,
			wrapColumns,
			technicalColumns: layout.technical > 0 ? { from: firstTechnical, to: width - 1 } : undefined,
			print
		}
	};
}

/** Rows below the data that still get the drop-down lists (for rows added in Excel). */
export const VALIDATION_SPARE_ROWS = 2000;

/**
 * A1 addresses of the text cells that start with = + - @ (tab, CR, NUL): ooxml-patch gives them
 * Excel's quote-prefix style, so they show as typed, with no apostrophe, and stay text when edited.
 * (They are string cells already: SheetJS writes no formula for a cell without `f`.)
 */
export function quotePrefixCells(ws: XLSX.WorkSheet): string[] {
	const out: string[] = [];
	const data = ws['!data'] as (XLSX.CellObject | undefined)[][] | undefined;
	if (data) {
		data.forEach((row, r) =>
			row?.forEach((cell, c) => {
				if (cell?.t === 's' && typeof cell.v === 'string' && needsQuotePrefix(cell.v)) out.push(columnLetter(c) + (r + 1));
			})
		);
		return out;
	}
	for (const [addr, cell] of Object.entries(ws)) {
		if (addr[0] === '!') continue;
		const c = cell as XLSX.CellObject;
		if (c.t === 's' && typeof c.v === 'string' && needsQuotePrefix(c.v)) out.push(addr);
	}
	return out;
}

/** The hidden sheet of drop-down lists, with its quote-prefixed cells (a label starting with "-"). */
function appendLists(wb: XLSX.WorkBook, lists: Lists, name: string, patches: SheetPatch[]) {
	const ws = lists.sheet();
	append(wb, ws, name, true);
	const quotePrefix = quotePrefixCells(ws);
	if (quotePrefix.length) patches.push({ name, quotePrefix });
}

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
		const { columns, technical } = workbookColumns(table);
		const rows = inTableOrder(table, data[table], lookup);
		const { ws, patch } = tableSheet(rows, columns, lookup, lists, { stt: true, technical, lang: 'vi' });
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
		[tvi('excel.info.filters'), xlsxText(info.filters || tvi('excel.info.noFilter'))],
		[tvi('excel.info.map'), tvi('excel.info.mapValue', { date: mapOf(info).date.split('-').reverse().join('/'), phase: mapOf(info).phase })],
		[tvi('excel.info.sheets'), sheetList],
		['', tvi('excel.info.note')],
		['', tvi('excel.info.technical')]
	]);
	infoWs['!cols'] = [{ wch: 26 }, { wch: INFO_WIDTH }];
	// The columns wrap, top-aligned (ooxml-patch); rows get the height of their text.
	infoWs['!rows'] = XLSX.utils.sheet_to_json<unknown[]>(infoWs, { header: 1, blankrows: true }).map((row) => {
		const lines = typeof row[1] === 'string' ? wrapLines(row[1], INFO_WIDTH) : 1;
		return lines > 1 ? { hpt: lines * LINE_PT } : {};
	});
	append(wb, infoWs, infoName);
	patches.push({ name: infoName, boldHeader: false, wrapColumns: [0, 1], wrapTop: true, print: { titleRows: 0, footer: tvi('excel.print.footer'), portrait: true }, quotePrefix: quotePrefixCells(infoWs) });
	// Drop-down lists.
	if (!lists.empty) appendLists(wb, lists, tvi('excel.sheet.lists'), patches);
	// Values at export time, for merging an edited copy back.
	append(wb, baseSheet(data, info), tvi('excel.sheet.base'), true);
	return { wb, patches };
}

/** Width of the information sheet's value column. */
const INFO_WIDTH = 80;

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
				v: JSON.stringify({ exportedAt: info.exportedAt.toISOString(), appVersion: info.appVersion, filters: info.filters, mapDate: mapOf(info).date, phase: mapOf(info).phase })
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
	const { ws, patch } = tableSheet(rows, columns, lookup, lists, { stt: false, technical: 0, lang });
	append(wb, ws, name);
	const patches: SheetPatch[] = [{ name, ...patch }];
	if (!lists.empty) appendLists(wb, lists, translate(lang, 'excel.sheet.lists'), patches);
	return { wb, patches };
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
