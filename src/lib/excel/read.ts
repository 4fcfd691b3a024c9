// File bytes -> sheets -> tables (pure; runs in the worker and in unit tests).
// Refuses what is not a spreadsheet, is too large, encrypted or empty, with a Vietnamese message.
import type * as XLSX from 'xlsx';
import { NeedsSheetJS, isDateFormat, sheetjs } from './sheetjs';
import type { TableName } from '$lib/schema';
import { TABLE_NAMES } from '$lib/schema';
import { fold } from '$lib/domain/text';
import { excelSerialToIso } from '$lib/schema/values';
import { tvi } from '$lib/i18n/translate';
import type { BaseRecord, CellValue, FileFormat, Issue, ParsedRow, ParsedSheet, ParsedWorkbook, Progress, ReadResult, WorkbookInfo } from './types';
import { HEADER_SCAN_ROWS, MAX_FILE_BYTES, MAX_FILE_MB, MAX_ROWS, columnLetter, decodeRange, issue, readError, unescapeText } from './cells';
import { fillMerges, guessHeader, headerSignature, cellText } from './headers';
import { normaliseIdentity, returnedByOf } from '$lib/packages/identity';
import { openXlsx, type LazyWorkbook, type OnRows } from './xlsx-reader';

/**
 * Which reader parses an .xlsx: 'auto' = the fast reader, and SheetJS whenever it meets anything it
 * does not cover; 'fast' = the fast reader only (tests and benchmark: it throws instead of falling
 * back); 'sheetjs' = SheetJS only. Other formats are always read by SheetJS.
 */
export type ReaderChoice = 'auto' | 'fast' | 'sheetjs';

type Sniff = { format: FileFormat } | { error: 'notSpreadsheet' };

/** Decide the format from the first bytes (never from the name alone). */
export function sniff(bytes: Uint8Array, fileName: string): Sniff {
	const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
	const b = bytes;
	if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
		return { format: ext === 'ods' ? 'ods' : 'xlsx' };
	}
	if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return { format: 'xls' };
	// Text: CSV (or an HTML/XML "xls" some systems produce). Refuse binary data.
	const head = b.subarray(0, Math.min(b.length, 8192));
	let controls = 0;
	for (const x of head) {
		if (x === 0) return { error: 'notSpreadsheet' };
		if (x < 9 || (x > 13 && x < 32)) controls++;
	}
	if (controls > head.length / 100) return { error: 'notSpreadsheet' };
	if (['csv', 'txt', 'tsv'].includes(ext)) return { format: 'csv' };
	if (ext === 'xls' || ext === 'xml' || ext === 'htm' || ext === 'html') return { format: 'xls' };
	return { error: 'notSpreadsheet' };
}

function decodeText(bytes: Uint8Array): string {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Not UTF-8: old Vietnamese Windows files are in code page 1258.
		try {
			text = new TextDecoder('windows-1258').decode(bytes);
		} catch {
			text = new TextDecoder('utf-8').decode(bytes);
		}
	}
	return text.replace(/^\uFEFF/, '');
}

/** Map a SheetJS exception to a message. */
function mapError(e: unknown, file: string): { error: ReturnType<typeof readError>['error'] } {
	const msg = String((e as Error)?.message ?? e);
	if (/password|encrypt/i.test(msg)) return readError('excel.err.encrypted', { file });
	if (/unsupported file|zip|not a spreadsheet|cannot find|invalid|corrupt|end of central|bad/i.test(msg)) {
		return readError('excel.err.corrupt', { file, detail: msg.slice(0, 120) });
	}
	return readError('excel.err.corrupt', { file, detail: msg.slice(0, 120) });
}

/** A date-formatted number -> local-midnight Date (so schema/values reads the same calendar day). */
function serialToDate(serial: number, date1904: boolean): Date | null {
	const iso = excelSerialToIso(date1904 ? serial + 1462 : serial);
	if (!iso) return null;
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(y, m - 1, d);
}

/** A formula cell the file keeps no result for (a file written by a script, never recalculated). */
function formulaWithoutValue(cell: XLSX.CellObject | undefined): boolean {
	return !!cell && typeof cell.f === 'string' && cell.f !== '' && (cell.t === 'z' || cell.v === undefined);
}

/** Located warnings listed per sheet for formula cells without a result; the rest are counted in one. */
const FORMULA_WARNINGS = 20;

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): CellValue {
	if (!cell) return null;
	// A formula counts only by its stored result (cell.v): the formula itself is never read as the value.
	if (formulaWithoutValue(cell)) return null;
	switch (cell.t as string) {
		case 's':
		case 'str':
			return typeof cell.v === 'string' ? unescapeText(cell.v) : cellText(cell.v as CellValue);
		case 'b':
			return Boolean(cell.v);
		case 'n': {
			const v = cell.v as number;
			if (cell.z && typeof cell.z === 'string' && isDateFormat(cell.z)) return serialToDate(v, date1904) ?? v;
			// A code shown with leading zeros ("01234" from a 00000 format) keeps them.
			if (cell.w && /^0\d+$/.test(cell.w)) return cell.w;
			return v;
		}
		case 'd':
			return cell.v instanceof Date ? cell.v : null;
		case 'e':
			return cell.w ?? '#ERR';
		default:
			return null;
	}
}

const RESERVED = () => ({
	info: fold(tvi('excel.sheet.info')),
	base: fold(tvi('excel.sheet.base')),
	lists: fold(tvi('excel.sheet.lists')),
	guide: fold(tvi('collect.sheet.guide'))
});

function parseBase(ws: XLSX.WorkSheet, date1904: boolean): { base: Record<string, BaseRecord>; info: WorkbookInfo } {
	const base: Record<string, BaseRecord> = {};
	const info: WorkbookInfo = {};
	const data = (ws['!data'] ?? []) as XLSX.CellObject[][];
	const tables = new Set<string>(TABLE_NAMES);
	for (let r = 1; r < data.length; r++) {
		const row = data[r] ?? [];
		const table = String(cellValue(row[0], date1904) ?? '');
		const id = String(cellValue(row[1], date1904) ?? '');
		const version = Number(cellValue(row[2], date1904));
		const json = String(cellValue(row[3], date1904) ?? '');
		let values: unknown;
		try {
			values = JSON.parse(json);
		} catch {
			continue;
		}
		if (!values || typeof values !== 'object' || Array.isArray(values)) continue;
		if (table === '_meta') {
			const v = values as Record<string, unknown>;
			info.datasetId = id;
			info.schemaVersion = Number.isFinite(version) ? version : undefined;
			if (typeof v.exportedAt === 'string') info.exportedAt = v.exportedAt;
			if (typeof v.appVersion === 'string') info.appVersion = v.appVersion;
			if (typeof v.filters === 'string') info.filters = v.filters;
			if (typeof v.mapDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.mapDate)) info.map = { date: v.mapDate, phase: typeof v.phase === 'string' ? v.phase.slice(0, 20) : '' };
			const pkg = normaliseIdentity(v.package);
			if (pkg) info.package = pkg;
		} else if (tables.has(table) && id) {
			// Copy own keys into a null-prototype object: a "__proto__" key stays a plain key.
			const clean: Record<string, unknown> = Object.create(null);
			for (const [k, v] of Object.entries(values as Record<string, unknown>)) clean[k] = v;
			base[`${table}:${id}`] = { version: Number.isFinite(version) ? version : 0, values: { ...clean } };
		}
	}
	return { base, info };
}

function isNumberingRow(cells: CellValue[]): boolean {
	const texts = cells.map((c) => cellText(c)).filter(Boolean);
	return texts.length >= 3 && texts.every((t) => /^\(?\d{1,2}\)?$/.test(t));
}

/**
 * Where the rows of a big sheet go while it is still being read (the parse worker hands them to the
 * page, which previews them meanwhile: preview.ts). Only the fast .xlsx reader streams, only the
 * last sheet that is not one of the app's own (info, base, lists, guide), and only once its header
 * and table are known and it has more than STREAM_ROWS rows: everything else arrives with the result.
 */
export interface RowSink {
	/** The workbook so far: every other sheet complete, `sheet` (an index into `head.sheets`) with its
	 * rows still to come through `rows`. */
	head(head: ParsedWorkbook, sheet: number): void;
	rows(sheet: number, rows: ParsedRow[]): void;
	/** The rows handed on no longer hold (the fast reader gave up, or the sheet was refused at its
	 * end): the result, sent as usual, is the whole truth. */
	restart(): void;
}

/**
 * Parse file bytes. Never throws: a refused file gives `{ error }` with a Vietnamese message.
 * `onProgress` is called between sheets.
 */
export function parseWorkbookBytes(
	bytes: Uint8Array,
	fileName: string,
	onProgress?: (p: Progress) => void,
	opts: { reader?: ReaderChoice; unzipped?: Record<string, Uint8Array> | null; sink?: RowSink } = {}
): ReadResult {
	const reader = opts.reader ?? 'auto';
	if (bytes.length > MAX_FILE_BYTES) {
		return readError('excel.err.tooLarge', { file: fileName, size: (bytes.length / 1048576).toFixed(1), max: MAX_FILE_MB });
	}
	if (bytes.length === 0) return readError('excel.err.empty', { file: fileName });
	const s = sniff(bytes, fileName);
	if ('error' in s) return readError('excel.err.notSpreadsheet', { file: fileName });
	onProgress?.({ phase: 'parse', done: 0, total: 1 });
	const common = { dense: true, cellNF: true, cellDates: false, cellHTML: false, cellFormula: true, sheetStubs: true, cellStyles: false, sheetRows: MAX_ROWS + HEADER_SCAN_ROWS + 1 } as const;
	if (s.format === 'xlsx' && reader !== 'sheetjs') {
		// The fast reader builds the same worksheet objects SheetJS would (see xlsx-reader.ts); on
		// anything it does not cover, the whole file is read again by SheetJS.
		let streamed = false;
		const sink: RowSink | undefined = opts.sink && {
			head: (head, sheet) => ((streamed = true), opts.sink!.head(head, sheet)),
			rows: (sheet, rows) => opts.sink!.rows(sheet, rows),
			restart: () => ((streamed = false), opts.sink!.restart())
		};
		try {
			const book = openXlsx(bytes, common.sheetRows, opts.unzipped);
			return readBook(fileName, s.format, bookOf(book), onProgress, sink);
		} catch (e) {
			if (streamed) sink!.restart();
			if (reader === 'fast' || e instanceof NeedsSheetJS) throw e;
		}
	}
	// Without SheetJS loaded this throws NeedsSheetJS: the caller loads it and reads again.
	const lib = sheetjs();
	let wb: XLSX.WorkBook;
	try {
		if (s.format === 'csv') wb = lib.read(decodeText(bytes), { ...common, type: 'string', raw: true });
		else wb = lib.read(bytes, { ...common, type: 'array' });
	} catch (e) {
		return mapError(e, fileName);
	}
	if (!wb || !wb.SheetNames?.length) return readError('excel.err.empty', { file: fileName });
	return readBook(fileName, s.format, bookOf(wb));
}

/** The parts of a read workbook read.ts looks at, from the fast reader (sheets read when asked) or SheetJS. */
interface Book {
	names: string[];
	date1904: boolean;
	author: string;
	sheet(name: string, onRows?: OnRows): XLSX.WorkSheet | undefined;
	/** Whether `sheet` can hand rows on while it reads them. */
	streams: boolean;
}
function bookOf(wb: XLSX.WorkBook | LazyWorkbook): Book {
	const lazy = 'load' in wb ? (wb as LazyWorkbook) : null;
	return {
		names: wb.SheetNames ?? [],
		date1904: Boolean(wb.Workbook?.WBProps?.date1904),
		author: String(wb.Props?.LastAuthor ?? ''),
		sheet: (name, onRows) => (lazy ? (lazy.load(name, onRows) as unknown as XLSX.WorkSheet) : (wb as XLSX.WorkBook).Sheets[name]),
		streams: !!lazy
	};
}

function readBook(fileName: string, format: FileFormat, book: Book, onProgress?: (p: Progress) => void, sink?: RowSink): ReadResult {
	if (!book.names.length) return readError('excel.err.empty', { file: fileName });
	const { date1904 } = book;
	const reserved = RESERVED();
	const issues: Issue[] = [];
	let base: Record<string, BaseRecord> = {};
	let info: WorkbookInfo | null = null;
	let guideBy = '';
	const names = book.names;
	let done = 0;
	const progress = () => onProgress?.({ phase: 'sheets', done: done++, total: names.length });
	// The app's own sheets first (the base values and the file's information), then the data sheets
	// in the workbook's order: the last one may then be handed on while it is read.
	const own = new Set([reserved.base, reserved.guide, reserved.info, reserved.lists]);
	for (const name of names) {
		const f = fold(name);
		if (!own.has(f)) continue;
		progress();
		if (f === reserved.info || f === reserved.lists) continue;
		const ws = book.sheet(name);
		if (!ws) continue;
		if (f === reserved.base) {
			const b = parseBase(ws, date1904);
			base = b.base;
			if (b.info.datasetId !== undefined) info = { ...(info ?? {}), ...b.info };
		} else {
			// A district package's instructions: only the name of who returns it is read back.
			guideBy = returnedByOf(sheetjs().utils.sheet_to_json<unknown[]>(ws, { header: 1, blankrows: true }), tvi('collect.guide.returnedBy'));
		}
	}
	const dataNames = names.filter((n) => !own.has(fold(n)));
	const sheets: ParsedSheet[] = [];
	const packageOf = () => (info?.package ? { ...info, package: { ...info.package, returnedBy: guideBy || info.package.returnedBy || book.author.slice(0, 200) } } : info);
	for (let i = 0; i < dataNames.length; i++) {
		progress();
		const name = dataNames[i];
		const last = i === dataNames.length - 1;
		let builder: SheetBuilder | null = null;
		let headSent = false;
		let noStream = false;
		const onRows: OnRows | undefined =
			sink && last && book.streams
				? (ws, upTo) => {
						if (noStream) return;
						if (!builder) {
							// Streamed only with a known width and no merged cells reaching past the first part
							// (merges are filled in as parseSheet fills them, all in one go there).
							if (!ws['!ref'] || (ws['!merges'] ?? []).some((m) => m.e.r >= upTo)) return void (noStream = true);
							builder = new SheetBuilder(name, ws as unknown as XLSX.WorkSheet, date1904);
						}
						builder.convert(upTo);
						if (!headSent) {
							const first = builder.header();
							if (!first?.table) return;
							headSent = true;
							const head: ParsedWorkbook = { fileName, format, sheets: [...sheets, builder.sheet([])], info: packageOf(), base, issues: [...issues] };
							sink.head(head, sheets.length);
						}
						const rows = builder.take(upTo);
						if (rows.length) sink.rows(sheets.length, rows);
					}
				: undefined;
		const ws = book.sheet(name, onRows);
		if (!ws) continue;
		const issuesBefore = issues.length;
		const sheet = builder ? (builder as SheetBuilder).finish(issues) : parseSheet(name, ws, date1904, issues);
		if (headSent) {
			const rest = (builder as unknown as SheetBuilder).rest();
			// The sheet ended with a problem of its own (refused, or warnings): not what was handed on.
			if (issues.length !== issuesBefore || !sheet) sink!.restart();
			else if (rest.length) sink!.rows(sheets.length, rest);
		}
		if (sheet) sheets.push(sheet);
	}
	onProgress?.({ phase: 'done', done: names.length, total: names.length });
	if (sheets.length === 0 || sheets.every((x) => x.rows.length === 0 && x.columns.every((c) => !c.header))) {
		return readError('excel.err.empty', { file: fileName });
	}
	return { fileName, format, sheets, info: packageOf(), base, issues };
}

/**
 * One data sheet, turned into rows a part at a time (as the fast reader hands them on) or all at
 * once (parseSheet): the cells' values, merged cells filled in, the header found in the first rows,
 * then the data rows below it (empty rows and a numbering row "(1) (2) (3)" left out).
 */
class SheetBuilder {
	private data: (XLSX.CellObject[] | undefined)[];
	private width: number;
	private grid: CellValue[][] = [];
	private merges: { s: { r: number; c: number }; e: { r: number; c: number } }[];
	/** [row, column] (0-based) of formula cells without a stored result. */
	private noValue: [number, number][] = [];
	private guess: ReturnType<typeof guessHeader> | null = null;
	/** Rows converted, and rows handed on (indexes into grid). */
	private converted = 0;
	private taken = 0;
	private rows: ParsedSheet['rows'] = [];
	constructor(
		private name: string,
		private ws: XLSX.WorkSheet,
		private date1904: boolean
	) {
		this.data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
		this.width = ws['!ref'] ? Math.min(decodeRange(ws['!ref']).e.c + 1, 200) : 0;
		this.merges = (ws['!merges'] ?? []) as SheetBuilder['merges'];
	}

	/** Convert the cells of rows up to `upTo` (1-based, inclusive), filling merged cells in. */
	convert(upTo: number) {
		const { data, width, grid } = this;
		const from = this.converted;
		const to = Math.min(upTo, data.length);
		for (let r = from; r < to; r++) {
			const src = data[r];
			if (!src) {
				grid[r] = [];
				continue;
			}
			const row: CellValue[] = new Array(width).fill(null);
			for (let c = 0; c < Math.min(src.length, width); c++) {
				row[c] = cellValue(src[c], this.date1904);
				if (formulaWithoutValue(src[c])) this.noValue.push([r, c]);
			}
			grid[r] = row;
		}
		fillMerges(grid, this.merges, to, width, from);
		this.converted = Math.max(from, to);
	}

	/** The header, once the rows it may be found in are converted (null before). */
	header() {
		if (!this.guess && (this.converted >= HEADER_SCAN_ROWS + 2 || this.converted >= this.data.length)) {
			this.guess = guessHeader(this.name, this.grid, this.width, this.merges);
		}
		return this.guess;
	}

	/** The data rows among the converted rows up to `upTo`, not handed on before. */
	take(upTo = this.converted): ParsedSheet['rows'] {
		const first = this.rows.length;
		this.collect(upTo);
		return this.rows.slice(first);
	}

	/** Add the data rows among the converted rows up to `upTo` to `rows`. */
	private collect(upTo = this.converted) {
		const guess = this.header();
		if (!guess) return;
		const end = Math.min(upTo, this.converted);
		for (let r = Math.max(this.taken, guess.dataStart); r < end; r++) {
			const cells = this.grid[r];
			if (!cells || cells.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
			if (r === guess.dataStart && isNumberingRow(cells)) continue;
			this.rows.push({ row: r + 1, cells });
		}
		this.taken = Math.max(this.taken, end);
	}

	/** The rows not handed on yet, after finish(). */
	rest(): ParsedSheet['rows'] {
		return this.rows.slice(this.handed);
	}
	private handed = 0;

	/** The whole sheet: the remaining rows converted; warnings and refusals added to `issues`. */
	finish(issues: Issue[]): ParsedSheet | null {
		this.handed = this.rows.length;
		this.convert(this.data.length);
		this.collect();
		const guess = this.header()!;
		const { name, rows } = this;
		// Formula cells with no stored result read as empty: say where, so a value is not lost unseen.
		const inData = this.noValue.filter(([r]) => r >= guess.dataStart);
		for (const [r, c] of inData.slice(0, FORMULA_WARNINGS)) {
			const column = guess.columns.find((x) => x.index === c);
			const letter = column?.letter ?? columnLetter(c);
			issues.push(issue('warning', { sheet: name, row: r + 1, column: column?.header || letter, letter }, 'excel.warn.formulaNoValue'));
		}
		if (inData.length > FORMULA_WARNINGS) {
			issues.push(issue('warning', { sheet: name }, 'excel.warn.formulaNoValueMore', { sheet: name, n: inData.length - FORMULA_WARNINGS }));
		}
		// Rows beyond the limit were not read (sheetRows); say so, and refuse the sheet as a whole.
		const tooMany = rows.length > MAX_ROWS;
		if (tooMany) {
			issues.push(issue('error', { sheet: name }, 'excel.err.tooManyRows', { sheet: name, max: MAX_ROWS.toLocaleString('vi-VN') }));
		}
		return this.sheet(tooMany ? [] : rows);
	}

	/** The sheet as parsed, with `rows`. */
	sheet(rows: ParsedSheet['rows']): ParsedSheet {
		const guess = this.header()!;
		return {
			name: this.name,
			headerRow: guess.headerIndex + 1,
			columns: guess.columns,
			rows,
			table: guess.table as TableName | null,
			tableBy: guess.tableBy,
			fields: guess.fields,
			unmatched: guess.unmatched,
			complete: guess.table !== null && guess.unmatched.length === 0,
			signature: headerSignature(guess.columns)
		};
	}
}

function parseSheet(name: string, ws: XLSX.WorkSheet, date1904: boolean, issues: Issue[]): ParsedSheet | null {
	if (!ws['!ref'] || (ws['!data'] ?? []).length === 0) return null;
	return new SheetBuilder(name, ws, date1904).finish(issues);
}
