// Header detection and column mapping (pure; no SheetJS). A sheet's header row is the row, among
// the first rows, whose cells match the most known column headers of one table: the schema's
// labels (vi and en), its aliases and its keys, compared folded (case, diacritics, spacing).
import { TABLE_NAMES, type TableName } from '$lib/schema';
import { fold } from '$lib/domain/text';
import { schemas, type Column } from '$lib/schema';
import { translate } from '$lib/i18n/translate';
import type { CellValue, SourceColumn } from './types';
import { columnLetter, hash, HEADER_SCAN_ROWS } from './cells';
// Sheet names and headers are the tables' Vietnamese labels: every table's texts must be here.
import '$lib/i18n/excel-texts';

/** Headers of columns that carry no data for us ("STT", "TT"): recognised, and ignored. */
const IGNORED = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'no', 'ord']);

/** Header text -> column key, per table (folded texts). */
const lexicons = new Map<TableName, Map<string, string>>();
export function lexicon(table: TableName): Map<string, string> {
	let lex = lexicons.get(table);
	if (lex) return lex;
	lex = new Map();
	const cols = schemas[table].columns as Column<any>[];
	// Labels first, then aliases: a label wins over another column's alias.
	for (const c of cols) {
		for (const t of [translate('vi', c.label), translate('en', c.label), c.key]) {
			const f = fold(t);
			if (f && !lex.has(f)) lex.set(f, c.key);
		}
	}
	for (const c of cols) for (const a of c.aliases ?? []) {
		const f = fold(a);
		if (f && !lex.has(f)) lex.set(f, c.key);
	}
	lexicons.set(table, lex);
	return lex;
}

/** The table a sheet name means ("Chỉ tiêu xã", "Commune targets", "targets"), or null. */
export function tableBySheetName(name: string): TableName | null {
	const f = fold(name);
	for (const t of TABLE_NAMES) {
		const title = schemas[t].title;
		if (f === fold(translate('vi', title)) || f === fold(translate('en', title)) || f === fold(t)) return t;
	}
	return null;
}

export function cellText(v: CellValue | undefined): string {
	if (v === null || v === undefined) return '';
	if (v instanceof Date) return '';
	return String(v).replace(/\s+/g, ' ').trim();
}

/** Match one header text against a table: the column key, 'ignore' for STT-like headers, or null. */
export function matchHeader(table: TableName, text: string): string | null {
	const f = fold(text);
	if (!f) return null;
	if (IGNORED.has(f)) return 'ignore';
	const lex = lexicon(table);
	const direct = lex.get(f);
	if (direct) return direct;
	// "Số tiêu chí đạt (19 tiêu chí)", "Năm (dự kiến)": drop a parenthesised note or a trailing star.
	const stripped = fold(text.replace(/\([^)]*\)|\*/g, ' '));
	return (stripped && lex.get(stripped)) || null;
}

export interface HeaderGuess {
	/** 0-based index of the header row in the scanned rows. */
	headerIndex: number;
	/** 0-based index of the first data row. */
	dataStart: number;
	table: TableName | null;
	tableBy: 'name' | 'headers' | null;
	columns: SourceColumn[];
	fields: (string | null)[];
	unmatched: number[];
}

interface Merge {
	s: { r: number; c: number };
	e: { r: number; c: number };
}

/** Candidate header texts of each column for header row r: the cell, and "parent child" with the row above. */
function headerTexts(grid: CellValue[][], r: number, width: number): string[][] {
	const out: string[][] = [];
	for (let c = 0; c < width; c++) {
		const own = cellText(grid[r]?.[c]);
		const above = r > 0 ? cellText(grid[r - 1]?.[c]) : '';
		const list: string[] = [];
		if (own) list.push(own);
		if (above && above !== own) {
			list.push(own ? `${above} ${own}` : above);
			if (own) list.push(above);
		}
		out.push(list);
	}
	return out;
}

function scoreRow(table: TableName, texts: string[][]): { score: number; fields: (string | null)[]; chosen: string[] } {
	const used = new Set<string>();
	const fields: (string | null)[] = [];
	const chosen: string[] = [];
	let score = 0;
	for (const list of texts) {
		let field: string | null = null;
		let text = list[0] ?? '';
		for (const t of list) {
			const m = matchHeader(table, t);
			if (m && (m === 'ignore' || !used.has(m))) {
				field = m;
				text = t;
				break;
			}
		}
		if (field && field !== 'ignore') {
			used.add(field);
			score++;
		}
		fields.push(field === 'ignore' ? null : field);
		chosen.push(field === 'ignore' ? `\u0000${text}` : text);
	}
	return { score, fields, chosen };
}

/** How many of a table's required columns (other than its id) a mapping proposal covers. */
function requiredMatched(table: TableName, fields: (string | null)[]): number {
	const present = new Set(fields);
	return (schemas[table].columns as Column<any>[]).filter((c) => c.required && c.key !== 'id' && present.has(c.key)).length;
}

/**
 * Find the header row and the table of a sheet. `grid` holds the first rows (merged cells already
 * filled in); `width` is the number of columns.
 */
export function guessHeader(sheetName: string, grid: CellValue[][], width: number, merges: Merge[] = []): HeaderGuess {
	const byName = tableBySheetName(sheetName);
	const tables = byName ? [byName] : TABLE_NAMES;
	let best: { r: number; table: TableName; score: number; fields: (string | null)[]; chosen: string[] } | null = null;
	const scan = Math.min(grid.length, HEADER_SCAN_ROWS);
	for (let r = 0; r < scan; r++) {
		if (!grid[r] || grid[r].every((v) => cellText(v) === '')) continue;
		const texts = headerTexts(grid, r, width);
		for (const t of tables) {
			const s = scoreRow(t, texts);
			// Prefer more matches, then the earlier row; between tables matching as many columns of
			// the same row, the one whose required columns are matched ("Tên xã | Mức đạt chuẩn |
			// Năm đạt chuẩn" is a list of targets, not of communes), then the registry's order.
			if (!best || s.score > best.score || (s.score === best.score && best.r === r && requiredMatched(t, s.fields) > requiredMatched(best.table, best.fields))) {
				best = { r, table: t, ...s };
			}
		}
	}
	const minScore = byName ? 1 : 2;
	if (!best || best.score < minScore) {
		// No header recognised: take the first non-empty row as header, table unknown.
		let r = 0;
		while (r < scan && (!grid[r] || grid[r].every((v) => cellText(v) === ''))) r++;
		const texts = headerTexts(grid, r, width).map((l) => l[0] ?? '');
		const columns = texts.map((h, i) => ({ index: i, letter: columnLetter(i), header: h }));
		return {
			headerIndex: r,
			dataStart: r + 1,
			table: byName,
			tableBy: byName ? 'name' : null,
			columns,
			fields: columns.map(() => null),
			unmatched: columns.filter((c) => c.header).map((c) => c.index)
		};
	}
	// Data starts below the header row and below any merge that covers it.
	let dataStart = best.r + 1;
	for (const m of merges) if (m.s.r <= best.r && m.e.r >= best.r) dataStart = Math.max(dataStart, m.e.r + 1);
	const columns: SourceColumn[] = best.chosen.map((h, i) => ({ index: i, letter: columnLetter(i), header: h.replace(/^\u0000/, '') }));
	const unmatched = columns.filter((c, i) => c.header && best!.fields[i] === null && !best!.chosen[i].startsWith('\u0000')).map((c) => c.index);
	return {
		headerIndex: best.r,
		dataStart,
		table: best.table,
		tableBy: byName ? 'name' : 'headers',
		columns,
		fields: best.fields,
		unmatched
	};
}

/** Stable key of a header layout: the folded headers in order. */
export function headerSignature(columns: SourceColumn[]): string {
	const text = columns.map((c) => fold(c.header)).join('|').replace(/\|+$/, '');
	return `${hash(text)}-${columns.length}`;
}

/** Copy the value of each merged range into all its cells (only within the given rows). */
export function fillMerges(grid: CellValue[][], merges: Merge[], rows: number, width = Infinity, from = 0): void {
	for (const m of merges) {
		// Rows from..rows-1 only (a sheet converted a part at a time): a merge's first cell may be in
		// a row converted before.
		if (m.e.r < from || m.s.r >= rows || m.s.c >= width) continue;
		const v = grid[m.s.r]?.[m.s.c] ?? null;
		if (v === null) continue;
		// Only the columns read are filled: a hostile merge over a whole sheet stays cheap.
		const lastC = Math.min(m.e.c, width - 1);
		for (let r = Math.max(m.s.r, from); r <= Math.min(m.e.r, rows - 1); r++) {
			grid[r] ??= [];
			for (let c = m.s.c; c <= lastC; c++) if (r !== m.s.r || c !== m.s.c) grid[r][c] = v;
		}
	}
}
