// Small helpers shared by export and import: column letters, formula-injection escaping,
// limits and located issue messages. No SheetJS here.
import { translate, type DictKey, type Params } from '$lib/i18n/translate';
import type { Issue, ReadError } from './types';

/** Largest file accepted for import. */
export const MAX_FILE_MB = 20;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
/** Most data rows read from one sheet (the plan has ~500 rows; 64,000 is the tested load). */
export const MAX_ROWS = 100_000;
/** Rows scanned from the top of a sheet to find the header row. */
export const HEADER_SCAN_ROWS = 30;
/** Issues kept with full detail; the rest are only counted. */
export const MAX_ISSUES = 1000;

/** 0 -> "A", 27 -> "AB". */
export function columnLetter(index: number): string {
	let n = index + 1;
	let s = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		s = String.fromCharCode(65 + r) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

/** A range's corners, 0-based (the shape SheetJS uses). */
export interface CellRange {
	s: { r: number; c: number };
	e: { r: number; c: number };
}

// "B2:D9" <-> corners, read and written as SheetJS's utils.decode_range / encode_range do (written
// here so that the fast reader and its worker do not load SheetJS for two small functions).
function decodeCell(ref: string): { r: number; c: number } {
	let r = 0;
	let c = 0;
	for (let i = 0; i < ref.length; i++) {
		const cc = ref.charCodeAt(i);
		if (cc >= 48 && cc <= 57) r = 10 * r + (cc - 48);
		else if (cc >= 65 && cc <= 90) c = 26 * c + (cc - 64);
	}
	return { r: r - 1, c: c - 1 };
}

export function decodeRange(ref: string): CellRange {
	const i = ref.indexOf(':');
	return i < 0 ? { s: decodeCell(ref), e: decodeCell(ref) } : { s: decodeCell(ref.slice(0, i)), e: decodeCell(ref.slice(i + 1)) };
}

export function encodeRange(range: CellRange): string {
	const s = columnLetter(range.s.c) + (range.s.r + 1);
	const e = columnLetter(range.e.c) + (range.e.r + 1);
	return s === e ? s : `${s}:${e}`;
}

// OWASP ASVS 1.2.10: a text cell starting with = + - @ tab CR or NUL gets a leading apostrophe so
// no spreadsheet reads it as a formula. Text that already starts with apostrophes before such a
// character gets one more, so unescaping on import gives back exactly the original text.
const DANGEROUS = /^'*[=+\-@\t\r\0]/;
const ESCAPED = /^'+[=+\-@\t\r\0]/;

/** CSV: a text a spreadsheet could read as a formula gets a visible leading apostrophe. */
export function escapeText(text: string): string {
	return DANGEROUS.test(text) ? "'" + text : text;
}

/**
 * .xlsx: a text cell is never a formula (it is written as a string, and a cell starting with
 * = + - @ gets Excel's quote-prefix style: see `needsQuotePrefix`, ooxml-patch), so no apostrophe is
 * added to it. Only a text that already starts with apostrophes before such a character gets one
 * more, so that `unescapeText` (which also reads the visible apostrophe older versions wrote) gives
 * back exactly the original text.
 */
export function xlsxText(text: string): string {
	return ESCAPED.test(text) ? "'" + text : text;
}

/** A text cell that needs Excel's quote prefix (typed again in Excel, it stays text). */
export function needsQuotePrefix(text: string): boolean {
	return DANGEROUS.test(text) && text[0] !== "'";
}
export function unescapeText(text: string): string {
	return ESCAPED.test(text) ? text.slice(1) : text;
}

/** Shorten a cell value for a message: never echo a whole long text. */
export function shortValue(value: unknown, max = 60): string {
	if (value === null || value === undefined) return '';
	let s: string;
	if (value instanceof Date) {
		const p = (n: number) => String(n).padStart(2, '0');
		s = Number.isNaN(value.getTime()) ? '' : `${p(value.getDate())}/${p(value.getMonth() + 1)}/${value.getFullYear()}`;
	} else s = String(value);
	if (s.length > max) s = s.slice(0, max - 1) + '…';
	return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '?');
}

/** A located issue with its full Vietnamese message. */
export function issue(
	level: Issue['level'],
	where: { sheet?: string; row?: number; column?: string; letter?: string; value?: unknown },
	key: DictKey,
	params: Params = {}
): Issue {
	const detail = translate('vi', key, params);
	let message = detail;
	if (where.sheet !== undefined && where.row !== undefined && where.letter !== undefined) {
		message = translate('vi', 'excel.issue.cell', {
			sheet: where.sheet,
			row: where.row,
			letter: where.letter,
			column: where.column ?? '',
			detail
		});
	} else if (where.sheet !== undefined && where.row !== undefined) {
		message = translate('vi', 'excel.issue.row', { sheet: where.sheet, row: where.row, detail });
	} else if (where.sheet !== undefined && !detail.includes(`"${where.sheet}"`)) {
		message = translate('vi', 'excel.issue.sheet', { sheet: where.sheet, detail });
	}
	const out: Issue = { level, key, params, message };
	if (where.sheet !== undefined) out.sheet = where.sheet;
	if (where.row !== undefined) out.row = where.row;
	if (where.column !== undefined) out.column = where.column;
	if (where.letter !== undefined) out.letter = where.letter;
	if (where.value !== undefined) out.value = shortValue(where.value);
	return out;
}

export function readError(key: DictKey, params: Params = {}): { error: ReadError } {
	return { error: { key, params, message: translate('vi', key, params) } };
}

/** FNV-1a 32-bit, hex: a short stable key for a header layout. */
export function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}
