// A fast writer for the app's own .xlsx exports. It writes the same parts as SheetJS's `XLSX.write`
// followed by `patchXlsx` (ooxml-patch.ts), XML for XML, but:
//   - the cells are written here, in one pass, with their final styles (grey technical columns,
//     wrapped texts, bold header, quote prefix) instead of SheetJS writing them and regular
//     expressions restyling them afterwards;
//   - everything around the cells (workbook, styles, content types, sheet heads and tails, defined
//     names) is still written by SheetJS, from a copy of the workbook whose sheets keep their ranges,
//     columns, filters and merges but only one cell per number format (so SheetJS assigns the same
//     number-format ids and cell formats it would for the whole workbook); the frozen header, lists
//     and page setup are added to those small parts by the same functions as before;
//   - the ZIP is compressed by the platform's deflate in the export worker (zip-native.ts), by
//     fflate elsewhere (deflate level 1: still smaller than SheetJS's own compression).
// The cell XML below mirrors SheetJS 0.20.3's `write_ws_xml_data` / `write_ws_xml_cell` (attribute
// order, `xml:space`, `_xHHHH_` escapes) and the attribute order the restyling regexes of
// ooxml-patch.ts leave; tests/unit/excel-writer.test.ts checks that every part is the same text.
// A workbook with anything else (formulas, dates as Date cells, links, comments) throws
// `WriterUnsupported` and is written the old way.
import * as XLSX from 'xlsx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import {
	StyleBook,
	TECHNICAL_FILL,
	TECHNICAL_TEXT,
	addPageSetup,
	addPrintNames,
	addValidations,
	freezeHeaderRow,
	sheetNames,
	sheetPaths,
	splitSheet,
	type PatchTexts,
	type SheetPatch
} from './ooxml-patch';
import { nativeDeflate, zipNative } from './zip-native';

export class WriterUnsupported extends Error {}
const no = (why: string): never => {
	throw new WriterUnsupported(why);
};

type Cell = XLSX.CellObject & { F?: unknown; D?: unknown };

const ESCAPED = /[&<>'"\u0000-\u0008\u000b-\u001f\uFFFE\uFFFF]/;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };
/** SheetJS's `escapexml`: the five entities, and control characters as _xHHHH_. */
function escapeXml(text: string): string {
	if (!ESCAPED.test(text)) return text;
	return text
		.replace(/[&<>'"]/g, (c) => ENTITY[c])
		.replace(/[\u0000-\u0008\u000b-\u001f\uFFFE-\uFFFF]/g, (c) => '_x' + ('000' + c.charCodeAt(0).toString(16)).slice(-4) + '_');
}
/** SheetJS's `wtregex`: such a text gets xml:space="preserve". */
const PRESERVE = /(^\s|\s$|\n)/;

function letters(c: number): string {
	let s = '';
	for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/** Whether SheetJS writes the cell at all (`write_ws_xml_cell` returns "" otherwise). */
function written(cell: Cell | undefined): cell is Cell {
	if (!cell) return false;
	return !((cell.v === undefined || cell.t === 'z') && typeof cell.f !== 'string' && typeof cell.z === 'undefined');
}

interface SheetModel {
	name: string;
	ws: XLSX.WorkSheet;
	range: XLSX.Range;
	at: (r: number, c: number) => Cell | undefined;
}

function model(name: string, ws: XLSX.WorkSheet): SheetModel {
	const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
	if (range.e.c > 0x3fff || range.e.r > 0xfffff || range.s.r < 0 || range.s.c < 0) no('range beyond the format');
	const dense = ws['!data'] as Cell[][] | undefined;
	if (dense) return { name, ws, range, at: (r, c) => dense[r]?.[c] };
	return { name, ws, range, at: (r, c) => ws[letters(c) + (r + 1)] as Cell | undefined };
}

/** Write `wb` (as built by workbook-write.ts) with its patches: the .xlsx file's bytes (fflate's deflate). */
export function writeXlsx(wb: XLSX.WorkBook, patches: SheetPatch[], texts: PatchTexts): Uint8Array {
	return zipSync(xlsxParts(wb, patches, texts), { level: 1 });
}

/** The same, compressed by the platform's deflate where there is one (the export worker). */
export async function writeXlsxAsync(wb: XLSX.WorkBook, patches: SheetPatch[], texts: PatchTexts): Promise<Uint8Array> {
	if (!nativeDeflate()) return writeXlsx(wb, patches, texts);
	return zipNative(xlsxChunks(wb, patches, texts));
}

/** The parts of the .xlsx file (path -> bytes, in SheetJS's order). */
export function xlsxParts(wb: XLSX.WorkBook, patches: SheetPatch[], texts: PatchTexts): Record<string, Uint8Array> {
	return Object.fromEntries(Object.entries(xlsxChunks(wb, patches, texts)).map(([p, chunks]) => [p, concat(chunks)]));
}

function concat(chunks: Uint8Array[]): Uint8Array {
	if (chunks.length === 1) return chunks[0];
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/** The same, each part in pieces (a large sheet is encoded a megabyte at a time, never as one string). */
export function xlsxChunks(wb: XLSX.WorkBook, patches: SheetPatch[], texts: PatchTexts): Record<string, Uint8Array[]> {
	const sheets = wb.SheetNames.map((n) => model(n, wb.Sheets[n] ?? no('missing sheet')));

	// 1. Check the cells, and find where each number format first appears (in SheetJS's write order).
	const seen = new Set<string>(['General']);
	const firsts: [number, number][][] = sheets.map(() => []);
	sheets.forEach((s, i) => {
		const { range, at } = s;
		for (let r = range.s.r; r <= range.e.r; r++) {
			for (let c = range.s.c; c <= range.e.c; c++) {
				const cell = at(r, c);
				if (!written(cell)) continue;
				if (cell.f !== undefined || cell.F !== undefined || cell.l || cell.c || cell.D) no('formula, link or comment');
				if (cell.t === 'n') {
					if (!Number.isFinite(cell.v as number)) no('not a finite number');
				} else if (cell.t === 's') {
					if (cell.v == null || typeof cell.v !== 'string' || cell.v.length > 32767) no('text');
				} else if (cell.t !== 'b' && cell.t !== 'z') no(`cell type ${cell.t}`);
				const z = cell.z === undefined ? 'General' : String(cell.z);
				if (!seen.has(z)) {
					seen.add(z);
					firsts[i].push([r, c]);
				}
			}
		}
	});

	// 2. SheetJS writes everything but the cells, from a copy with one cell per number format.
	const EMPTY: Cell[] = [];
	const stub: XLSX.WorkBook = {
		...wb,
		Workbook: wb.Workbook ? structuredClone(wb.Workbook) : undefined,
		Sheets: Object.fromEntries(
			sheets.map((s, i) => {
				const copy: XLSX.WorkSheet = {};
				for (const k of Object.keys(s.ws)) if (k.startsWith('!') && k !== '!data' && k !== '!rows') (copy as Record<string, unknown>)[k] = (s.ws as Record<string, unknown>)[k];
				const rows: Cell[][] = new Array(s.range.e.r + 1).fill(EMPTY);
				for (const [r, c] of firsts[i]) {
					if (rows[r] === EMPTY) rows[r] = [];
					rows[r][c] = { t: 'n', v: 0, z: s.at(r, c)!.z };
				}
				copy['!data'] = rows;
				return [s.name, copy];
			})
		)
	};
	const parts = unzipSync(new Uint8Array(XLSX.write(stub, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer));
	const text = (p: string) => strFromU8(parts[p.replace(/^\//, '')] ?? no(`missing part ${p}`));
	const workbookXml = text('xl/workbook.xml');
	const paths = sheetPaths(workbookXml, text('xl/_rels/workbook.xml.rels'));
	const order = sheetNames(workbookXml);
	const styled = patches.some((p) => p.boldHeader || p.technicalColumns || p.wrapColumns?.length || p.quotePrefix?.length);
	const book = styled ? new StyleBook(text('xl/styles.xml')) : null;
	const out: Record<string, Uint8Array[]> = {};
	for (const [p, b] of Object.entries(parts)) out[p] = [b]; // the parts, in SheetJS's order

	// 3. The cell format SheetJS gave each number format (read from the copy's cells; one list for
	// the workbook), then per sheet the patches' restyling, and the small parts patched.
	const styleOf = new Map<string, number>([['General', 0]]);
	const split = sheets.map((s) => {
		const path = paths.get(s.name) ?? no(`no part for ${s.name}`);
		const [head, stubData, tail] = splitSheet(text(path));
		for (const m of stubData.matchAll(/<c r="([A-Z]+)(\d+)"( s="(\d+)")?/g)) {
			styleOf.set(String(s.at(Number(m[2]) - 1, XLSX.utils.decode_col(m[1]))!.z), m[4] ? Number(m[4]) : 0);
		}
		return { path, head, tail };
	});
	const states = sheets.map((s, i) => {
		const { path, head, tail } = split[i];
		const { range, at } = s;
		const width = range.e.c - range.s.c + 1;
		const height = range.e.r - range.s.r + 1;
		// Each written cell's style, and whether a patch restyled it (its s="…" then comes last).
		const style = new Int32Array(width * height).fill(-1);
		const restyled = new Uint8Array(width * height);
		for (let r = range.s.r; r <= range.e.r; r++) {
			for (let c = range.s.c; c <= range.e.c; c++) {
				const cell = at(r, c);
				if (written(cell)) style[(r - range.s.r) * width + (c - range.s.c)] = styleOf.get(cell.z === undefined ? 'General' : String(cell.z)) ?? no('style');
			}
		}
		const restyle = (r: number, c: number, f: (s: number) => number) => {
			if (r < range.s.r || r > range.e.r || c < range.s.c || c > range.e.c) return;
			const k = (r - range.s.r) * width + (c - range.s.c);
			if (style[k] < 0) return;
			style[k] = f(style[k]);
			restyled[k] = 1;
		};
		return { s, path, style, restyled, restyle, skeleton: head + '<sheetData/>' + tail };
	});
	const byName = new Map(states.map((x) => [x.s.name, x]));
	// The same steps, in the same order, as patchXlsx (so new cell formats get the same numbers).
	for (const p of patches) {
		const st = byName.get(p.name) ?? no(`missing sheet ${p.name}`);
		const { range } = st.s;
		const restyle = st.restyle;
		if (p.freezeHeader) st.skeleton = freezeHeaderRow(st.skeleton);
		if (p.validations?.length) st.skeleton = addValidations(st.skeleton, p.validations, texts);
		if (book && p.technicalColumns) {
			const { from, to } = p.technicalColumns;
			for (let r = Math.max(1, range.s.r); r <= range.e.r; r++) for (let c = from; c <= to; c++) restyle(r, c, (x) => book.derive(x, { color: TECHNICAL_TEXT }));
		}
		for (const c of book ? (p.wrapColumns ?? []) : []) {
			for (let r = Math.max(1, range.s.r); r <= range.e.r; r++) restyle(r, c, (x) => book!.derive(x, p.wrapTop ? { wrap: true, top: true } : { wrap: true }));
		}
		if (book && p.boldHeader && range.s.r === 0) {
			const tech = p.technicalColumns;
			for (let c = range.s.c; c <= range.e.c; c++) {
				restyle(0, c, () =>
					tech && c >= tech.from && c <= tech.to
						? book.derive(0, { bold: true, wrap: true, top: true, color: TECHNICAL_TEXT, fill: TECHNICAL_FILL })
						: book.derive(0, { bold: true, wrap: true, top: true })
				);
			}
		}
		if (book && p.quotePrefix?.length) {
			const refs = [...new Set(p.quotePrefix)].map((a) => XLSX.utils.decode_cell(a)).sort((a, b) => a.r - b.r || a.c - b.c);
			for (const { r, c } of refs) restyle(r, c, (x) => book.derive(x, { quotePrefix: true }));
		}
		if (p.print) st.skeleton = addPageSetup(st.skeleton, p.print);
	}
	// 4. The cells, into each sheet's patched skeleton.
	for (const st of states) {
		const cut = st.skeleton.indexOf('<sheetData/>');
		if (cut < 0 || st.skeleton.indexOf('<sheetData/>', cut + 1) >= 0) no('sheetData placeholder');
		out[st.path.replace(/^\//, '')] = [strToU8(st.skeleton.slice(0, cut)), ...sheetData(st.s, st.style, st.restyled), strToU8(st.skeleton.slice(cut + '<sheetData/>'.length))];
	}
	if (book) out['xl/styles.xml'] = [strToU8(book.xml())];
	const printed = patches.filter((p) => p.print).map((p) => ({ index: order.indexOf(p.name), name: p.name, print: p.print! }));
	if (printed.length) out['xl/workbook.xml'] = [strToU8(addPrintNames(workbookXml, printed))];
	return out;
}

/** The <sheetData> element of one sheet, as SheetJS writes it, with the final styles (UTF-8 pieces). */
function sheetData(s: SheetModel, style: Int32Array, restyled: Uint8Array): Uint8Array[] {
	const { range, at, ws } = s;
	const rows = ws['!rows'];
	const width = range.e.c - range.s.c + 1;
	const cols: string[] = [];
	for (let c = range.s.c; c <= range.e.c; c++) cols[c] = letters(c);
	const out: Uint8Array[] = [];
	let buf = '';
	let any = false;
	const push = (row: string) => {
		buf += row;
		any = true;
		if (buf.length > 1 << 20) {
			out.push(strToU8(buf));
			buf = '';
		}
	};
	const rowAttrs = (R: number): string => {
		const row = rows?.[R];
		if (!row) return '';
		let a = '';
		if (row.hidden) a += ' hidden="1"';
		if (row.hpx) no('row height in pixels');
		if (row.hpt) a += ` ht="${row.hpt}" customHeight="1"`;
		if (row.level) a += ` outlineLevel="${row.level}"`;
		return a;
	};
	// The same texts come back (names, labels): each is escaped once. Attribute runs by style and type.
	const texts = new Map<string, string>();
	const attrRuns = new Map<number, string>();
	const attrsOf = (st: number, re: number, type: number, nl: boolean): string => {
		const key = ((st * 2 + re) * 4 + type) * 2 + (nl ? 1 : 0);
		let a = attrRuns.get(key);
		if (a === undefined) {
			const t = type === 1 ? ' t="b"' : type === 2 ? ' t="str"' : '';
			const space = nl ? ' xml:space="preserve"' : '';
			const sAttr = st !== 0 ? ` s="${st}"` : '';
			a = (re ? t + space + sAttr : sAttr + t + space) + '>';
			attrRuns.set(key, a);
		}
		return a;
	};
	let R = range.s.r;
	for (; R <= range.e.r; R++) {
		const rr = String(R + 1);
		let cells = '';
		let newline = false; // SheetJS gives the row xml:space="preserve" too when a text has a line break
		const base = (R - range.s.r) * width - range.s.c;
		for (let C = range.s.c; C <= range.e.c; C++) {
			const k = base + C;
			const st = style[k];
			if (st < 0) continue;
			const cell = at(R, C)!;
			let inner = '';
			let type = 0;
			let nl = false;
			if (cell.v != null) {
				if (cell.t === 'n') inner = '<v>' + String(cell.v) + '</v>';
				else if (cell.t === 'b') {
					inner = cell.v ? '<v>1</v>' : '<v>0</v>';
					type = 1;
				} else if (cell.t === 's') {
					type = 2;
					const raw = cell.v as string;
					let x = texts.get(raw);
					if (x === undefined) {
						const v = escapeXml(raw);
						x = PRESERVE.test(v) ? `<v xml:space="preserve">${v}</v>` : `<v>${v}</v>`;
						texts.set(raw, x);
					}
					inner = x;
					nl = raw.includes('\n');
				}
			} else if (cell.t === 's') type = 2;
			else if (cell.t === 'b') type = 1;
			if (nl) newline = true;
			cells += '<c r="' + cols[C] + rr + '"' + attrsOf(st, restyled[k], type, nl) + inner + '</c>';
		}
		if (cells || rows?.[R]) push(`<row r="${rr}"${rowAttrs(R)}${newline ? ' xml:space="preserve"' : ''}>${cells}</row>`);
	}
	if (rows) for (; R < rows.length; R++) if (rows[R]) push(`<row r="${R + 1}"${rowAttrs(R)}></row>`);
	if (!any) return [strToU8('<sheetData/>')];
	out.push(strToU8(buf + '</sheetData>'));
	out.unshift(strToU8('<sheetData>'));
	return out;
}
