// The report workbook (.xlsx) in the layout of a Vietnamese administrative document (Nghị định
// 30/2020/NĐ-CP, Phụ lục I): issuing body and number top left, national name, motto, place and date
// top right, the title, then one sheet per table ("Biểu 01"…) with merged multi-row headers, a row
// numbering the columns, Roman-numeral group rows, a total row, borders, wrapped text; recipients
// and the signature block after the last table. Printed A4 landscape, one page wide, header rows
// repeated, page numbers.
//
// SheetJS CE writes the cells, merges, column widths and row heights; it writes no styles and no
// page setup, so this module writes its own styles.xml (Times New Roman, borders, alignment: one
// cell format per combination used) and page setup into the parts SheetJS wrote, as the app's
// export does (excel/ooxml-patch.ts, whose ZIP and defined-name helpers are reused here).
import * as XLSX from 'xlsx';
import { escapeXml, sheetNames, sheetPaths, splitSheet } from '$lib/excel/ooxml-patch';
import { columnLetter, needsQuotePrefix, xlsxText } from '$lib/excel/cells';
import { tvi } from '$lib/i18n/translate';
import type { Figure, HeaderCell, ReportTable } from './figures';
import { figureText, type Snapshot } from './document';

/** What a cell looks like; each distinct look becomes one <xf> of styles.xml. */
export interface Look {
	size?: number;
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	border?: boolean;
	h?: 'left' | 'center' | 'right';
	v?: 'top' | 'center';
	wrap?: boolean;
	/** Built-in number format: 3 "#,##0", 4 "#,##0.00". */
	numFmt?: 3 | 4;
	quotePrefix?: boolean;
}

/** styles.xml written from the looks used (fonts and cell formats each listed once). */
export class Looks {
	private fonts: string[] = ['<font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>'];
	private fontIndex = new Map<string, number>([['12|||', 0]]);
	private xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
	private xfIndex = new Map<string, number>();

	private font(l: Look): number {
		const key = `${l.size ?? 12}|${l.bold ? 'b' : ''}|${l.italic ? 'i' : ''}|${l.underline ? 'u' : ''}`;
		let i = this.fontIndex.get(key);
		if (i === undefined) {
			this.fonts.push(`<font>${l.bold ? '<b/>' : ''}${l.italic ? '<i/>' : ''}${l.underline ? '<u/>' : ''}<sz val="${l.size ?? 12}"/><name val="Times New Roman"/><family val="1"/></font>`);
			this.fontIndex.set(key, (i = this.fonts.length - 1));
		}
		return i;
	}

	/** The index of the cell format for a look. */
	index(l: Look): number {
		const key = JSON.stringify(l);
		let i = this.xfIndex.get(key);
		if (i === undefined) {
			const align = `<alignment horizontal="${l.h ?? 'left'}" vertical="${l.v ?? 'center'}"${l.wrap ? ' wrapText="1"' : ''}/>`;
			this.xfs.push(
				`<xf numFmtId="${l.numFmt ?? 0}" fontId="${this.font(l)}" fillId="0" borderId="${l.border ? 1 : 0}" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"${l.numFmt ? ' applyNumberFormat="1"' : ''}${l.quotePrefix ? ' quotePrefix="1"' : ''}>${align}</xf>`
			);
			this.xfIndex.set(key, (i = this.xfs.length - 1));
		}
		return i;
	}

	xml(): string {
		const thin = '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';
		return (
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
			'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
			`<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
			'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
			`<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
			'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
			`<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
			'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
			'</styleSheet>'
		);
	}
}

/** One sheet being laid out: cells, looks, merges, widths, heights. */
class SheetBuilder {
	cells = new Map<string, { v: string | number; look: Look }>();
	merges: XLSX.Range[] = [];
	heights: number[] = [];
	row = 0;
	constructor(
		readonly name: string,
		readonly widths: number[]
	) {}
	get width() {
		return this.widths.length;
	}
	set(r: number, c: number, v: string | number, look: Look) {
		const text = typeof v === 'string';
		this.cells.set(`${r},${c}`, { v: text ? xlsxText(v) : v, look: text && needsQuotePrefix(v) ? { ...look, quotePrefix: true } : look });
	}
	/** A text over columns c1..c2 of row r (merged when wider than one column; every cell gets the look, so borders close). */
	span(r: number, c1: number, c2: number, v: string | number, look: Look, rows = 1) {
		for (let rr = r; rr < r + rows; rr++) for (let c = c1; c <= c2; c++) this.set(rr, c, '', look);
		this.set(r, c1, v, look);
		if (c2 > c1 || rows > 1) this.merges.push({ s: { r, c: c1 }, e: { r: r + rows - 1, c: c2 } });
	}
	height(r: number, pt: number) {
		this.heights[r] = Math.max(this.heights[r] ?? 0, pt);
	}
	/** Height for a text wrapped over columns c1..c2 (about 1.1 characters per width unit at 12 pt). */
	fit(r: number, c1: number, c2: number, text: string, size = 12) {
		let w = 0;
		for (let c = c1; c <= c2; c++) w += this.widths[c] ?? 10;
		const perLine = Math.max(4, Math.floor((w * 1.1 * 12) / size));
		const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
		this.height(r, Math.max(16, lines * size * 1.35));
	}
	sheet(looks: Looks): { ws: XLSX.WorkSheet; styles: Map<string, number> } {
		const ws: XLSX.WorkSheet = {};
		const styles = new Map<string, number>();
		let maxR = 0;
		for (const [key, cell] of this.cells) {
			const [r, c] = key.split(',').map(Number);
			const ref = XLSX.utils.encode_cell({ r, c });
			ws[ref] = typeof cell.v === 'number' ? { t: 'n', v: cell.v } : { t: 's', v: cell.v };
			styles.set(ref, looks.index(cell.look));
			maxR = Math.max(maxR, r);
		}
		ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: this.width - 1 } });
		ws['!merges'] = this.merges;
		ws['!cols'] = this.widths.map((wch) => ({ wch }));
		ws['!rows'] = Array.from({ length: maxR + 1 }, (_, r) => (this.heights[r] ? { hpt: this.heights[r] } : {}));
		return { ws, styles };
	}
}

const HEAD: Look = { bold: true, border: true, h: 'center', v: 'center', wrap: true };
const NUMBERING: Look = { italic: true, border: true, h: 'center', size: 11 };
const NOTE_LOOK: Look = { italic: true, size: 11, wrap: true, v: 'top' };

/** Widths of a table's columns: TT, the label, [unit], the figures, the note. */
function tableWidths(t: ReportTable): number[] {
	const figures = t.columns.length;
	const figureWidth = figures > 4 ? 11 : 14;
	return [6, t.hasUnit ? 44 : 34, ...(t.hasUnit ? [12] : []), ...Array(figures).fill(figureWidth), 26];
}

/** The header rows (merged), then the row numbering the columns: (1), (2), … Returns the next row. */
function writeHeader(s: SheetBuilder, t: ReportTable, r0: number): number {
	// Lay the header cells out on a grid, skipping places taken by row spans from above.
	const taken = new Set<string>();
	t.header.forEach((cells: HeaderCell[], i) => {
		let c = 0;
		for (const cell of cells) {
			while (taken.has(`${i},${c}`)) c++;
			const cs = cell.colSpan ?? 1;
			const rs = cell.rowSpan ?? 1;
			for (let a = 0; a < rs; a++) for (let b = 0; b < cs; b++) taken.add(`${i + a},${c + b}`);
			s.span(r0 + i, c, c + cs - 1, cell.text, HEAD, rs);
			c += cs;
		}
		s.height(r0 + i, t.header.length > 1 ? 24 : 36);
	});
	const r = r0 + t.header.length;
	for (let c = 0; c < s.width; c++) s.set(r, c, `(${c + 1})`, NUMBERING);
	return r + 1;
}

/** A figure cell: the number, or the reason it is missing in words (never a 0). */
function figureCell(s: SheetBuilder, r: number, c: number, f: Figure | null, bold: boolean, year: boolean) {
	if (!f) return s.set(r, c, '', { border: true, bold });
	if (f.value === null) return s.set(r, c, figureText(f), { border: true, italic: true, h: 'center', size: 11, wrap: true });
	if (year) return s.set(r, c, f.value, { border: true, bold, h: 'center' });
	s.set(r, c, f.value, { border: true, bold, h: 'right', numFmt: Number.isInteger(f.value) ? 3 : 4 });
}

/** Rows of a table; returns the next row. */
function writeRows(s: SheetBuilder, t: ReportTable, r0: number): number {
	let r = r0;
	const first = t.hasUnit ? 3 : 2;
	for (const row of t.rows) {
		const bold = row.kind !== 'item';
		s.set(r, 0, row.no, { border: true, bold, h: 'center' });
		s.set(r, 1, row.label, { border: true, bold, h: row.kind === 'total' ? 'center' : 'left', wrap: true });
		if (t.hasUnit) s.set(r, 2, row.unit ?? '', { border: true, h: 'center', wrap: true });
		row.cells.forEach((f, i) => figureCell(s, r, first + i, f, bold, t.yearColumns?.includes(i) ?? false));
		s.set(r, s.width - 1, row.note ?? '', { border: true, wrap: true, size: 11 });
		s.fit(r, 1, 1, row.label);
		if (row.note) s.fit(r, s.width - 1, s.width - 1, row.note, 11);
		r++;
	}
	return r;
}

/** Columns of the left and right header blocks: about two fifths and the rest, by width. */
function blocks(widths: number[]): { left: [number, number]; right: [number, number] } {
	const total = widths.reduce((a, b) => a + b, 0);
	let acc = 0;
	let split = 0;
	// The left block takes columns until it holds two fifths of the width (the recipients need room).
	while (split < widths.length - 1 && acc < total * 0.4) acc += widths[split++];
	split = Math.max(1, split);
	return { left: [0, split - 1], right: [split, widths.length - 1] };
}

function writeHead(s: SheetBuilder, snap: Snapshot): number {
	const h = snap.head;
	const { left: lc, right: rc } = blocks(s.widths);
	// Three rows: the issuing body (under its superior, if any) beside the national name and motto,
	// then the number beside the place and date (Phụ lục I, ô 1-4).
	const body: Look = { size: 13, bold: true, h: 'center' };
	const left: [string, Look][] = h.parentBody
		? [[h.parentBody, { size: 13, h: 'center' }], [h.body, body], [tvi('report.doc.number', { number: h.number }), { size: 13, h: 'center' }]]
		: [[h.body, body], ['', {}], [tvi('report.doc.number', { number: h.number }), { size: 13, h: 'center' }]];
	const right: [string, Look][] = [
		[h.nationalName, { size: 12, bold: true, h: 'center' }],
		[h.motto, { size: 13, bold: true, underline: true, h: 'center' }],
		[h.placeDate, { size: 13, italic: true, h: 'center' }]
	];
	for (let i = 0; i < 3; i++) {
		if (left[i][0]) s.span(i, lc[0], lc[1], left[i][0], left[i][1]);
		if (right[i][0]) s.span(i, rc[0], rc[1], right[i][0], right[i][1]);
		s.height(i, 20);
	}
	const lines = left;
	let r = lines.length + 1;
	s.span(r, 0, s.width - 1, h.type, { size: 14, bold: true, h: 'center' });
	s.height(r++, 22);
	s.span(r, 0, s.width - 1, h.subject, { size: 14, bold: true, h: 'center', wrap: true });
	s.fit(r, 0, s.width - 1, h.subject, 14);
	return r + 2;
}

function writeSignature(s: SheetBuilder, snap: Snapshot, r0: number): number {
	const h = snap.head;
	const { left, right } = blocks(s.widths);
	let r = r0 + 1;
	s.span(r, left[0], left[1], tvi('report.doc.recipients'), { size: 12, bold: true, italic: true });
	s.span(r, right[0], right[1], h.authority, { size: 13, bold: true, h: 'center' });
	s.span(r + 1, right[0], right[1], h.signerTitle, { size: 13, bold: true, h: 'center' });
	h.recipients.forEach((text, i) => {
		s.span(r + 1 + i, left[0], left[1], `- ${text}`, { size: 11, wrap: true });
	});
	// Room to sign, then the name (left empty for a hand-written one when none is set).
	const nameRow = r + Math.max(6, h.recipients.length + 2);
	s.span(nameRow, right[0], right[1], h.signerName, { size: 13, bold: true, h: 'center' });
	return nameRow + 1;
}

/** Page setup of one sheet: A4 landscape, one page wide, margins, page number centred at the top. */
function pageSetup(xml: string, opts: { firstPageBare: boolean }): string {
	const [head0, data, tail0] = splitSheet(xml);
	let head = head0.replace(/<pageSetUpPr\b[^>]*\/>/, '');
	const FIT = '<pageSetUpPr fitToPage="1"/>';
	if (/<sheetPr\b[^>]*\/>/.test(head)) head = head.replace(/<sheetPr\b([^>]*)\/>/, `<sheetPr$1>${FIT}</sheetPr>`);
	else if (/<sheetPr\b/.test(head)) head = head.replace('</sheetPr>', `${FIT}</sheetPr>`);
	else head = head.replace(/<worksheet\b[^>]*>/, (m) => `${m}<sheetPr>${FIT}</sheetPr>`);
	// Nghị định 30: page numbers centred in the top margin, not on the first page.
	const number = escapeXml('&C&P');
	// Page numbers run on across the sheets when the whole workbook is printed.
	const hf = opts.firstPageBare ? `<headerFooter differentFirst="1"><oddHeader>${number}</oddHeader></headerFooter>` : `<headerFooter><oddHeader>${number}</oddHeader></headerFooter>`;
	const block =
		'<printOptions horizontalCentered="1"/>' +
		'<pageMargins left="0.79" right="0.59" top="0.79" bottom="0.69" header="0.3" footer="0.3"/>' +
		'<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
		hf;
	let tail = tail0.replace(/<printOptions\b[^>]*\/>|<pageMargins\b[^>]*\/>|<pageSetup\b[^>]*\/>|<headerFooter\b[^>]*\/>|<headerFooter\b[^>]*>[\s\S]*?<\/headerFooter>/g, '');
	// After mergeCells (and anything before printOptions), before rowBreaks, drawing… and </worksheet>.
	const after = /<(rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|tableParts|extLst)[\s/>]/.exec(tail);
	const at = after ? after.index : tail.lastIndexOf('</worksheet>');
	tail = tail.slice(0, at) + block + tail.slice(at);
	return head + data + tail;
}

/** Give each cell its style index (one pass over the cells). */
function styleCells(xml: string, styles: Map<string, number>): string {
	const [head, data, tail] = splitSheet(xml);
	const styled = data.replace(/<c r="([A-Z]+\d+)"([^>]*?)(\/?)>/g, (m, ref: string, attrs: string, close: string) => {
		const s = styles.get(ref);
		return s === undefined ? m : `<c r="${ref}"${attrs.replace(/\s*\bs="\d+"/, '')} s="${s}"${close}>`;
	});
	return head + styled + tail;
}

export interface LaidOut {
	sheets: { name: string; ws: XLSX.WorkSheet; styles: Map<string, number>; titleRows: [number, number] }[];
	looks: Looks;
}

/** The workbook's sheets laid out (cells, looks, merges), before writing. */
export function layOut(snap: Snapshot): LaidOut {
	const looks = new Looks();
	const tables = snap.figures.tables;
	const sheets = tables.map((t, i) => {
		const s = new SheetBuilder(t.code, tableWidths(t));
		let r = i === 0 ? writeHead(s, snap) : 0;
		s.span(r, 0, s.width - 1, `${t.code}. ${t.title.toLocaleUpperCase('vi-VN')}`, { bold: true, size: 13, h: 'center', wrap: true });
		s.fit(r, 0, s.width - 1, t.title, 13);
		r += 1;
		s.span(r, 0, s.width - 1, `(${snap.figures.periodName}, ${snap.figures.levelName})`, { italic: true, h: 'center' });
		r += 2;
		const headerStart = r;
		r = writeHeader(s, t, r);
		const titleRows: [number, number] = [headerStart + 1, r];
		r = writeRows(s, t, r);
		const notes = [...t.notes];
		if (t.rows.some((row) => row.cells.some((c) => c && c.value === null && (c.reason === 'not_reported' || c.reason === 'register_empty')))) notes.push(tvi('report.legend'));
		for (const n of notes) {
			s.span(r, 0, s.width - 1, n, NOTE_LOOK);
			s.fit(r, 0, s.width - 1, n, 11);
			r++;
		}
		if (i === tables.length - 1) writeSignature(s, snap, r);
		const { ws, styles } = s.sheet(looks);
		return { name: s.name, ws, styles, titleRows };
	});
	return { sheets, looks };
}

/** The report workbook's bytes. */
export function reportToXlsx(snap: Snapshot): Uint8Array {
	const { sheets, looks } = layOut(snap);
	const wb = XLSX.utils.book_new();
	for (const s of sheets) XLSX.utils.book_append_sheet(wb, s.ws, s.name);
	wb.Props = { Title: `${snap.head.type} ${snap.head.subject}`, Author: snap.head.body };
	const raw = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer);
	const CFB = XLSX.CFB;
	const zip = CFB.read(raw, { type: 'array' });
	type Entry = { content: Uint8Array | number[] | string; size: number };
	const find = (p: string) => {
		const e = CFB.find(zip, p) as Entry | null;
		if (!e) throw new Error(`missing part ${p}`);
		return e;
	};
	const dec = new TextDecoder();
	const enc = new TextEncoder();
	const text = (e: Entry) => (typeof e.content === 'string' ? e.content : dec.decode(e.content instanceof Uint8Array ? e.content : Uint8Array.from(e.content)));
	const put = (e: Entry, s: string) => {
		const b = enc.encode(s);
		e.content = b;
		e.size = b.length;
	};
	const workbook = find('/xl/workbook.xml');
	const wbXml = text(workbook);
	const paths = sheetPaths(wbXml, text(find('/xl/_rels/workbook.xml.rels')));
	const order = sheetNames(wbXml);
	sheets.forEach((s, i) => {
		const entry = find(paths.get(s.name)!);
		put(entry, pageSetup(styleCells(text(entry), s.styles), { firstPageBare: i === 0 }));
	});
	put(find('/xl/styles.xml'), looks.xml());
	// Print titles: the header rows and the numbering row of each table ($a:$b, not from row 1).
	let xml = text(workbook);
	const names = sheets
		.map((s) => `<definedName name="_xlnm.Print_Titles" localSheetId="${order.indexOf(s.name)}">${escapeXml(`'${s.name.replace(/'/g, "''")}'!$${s.titleRows[0]}:$${s.titleRows[1]}`)}</definedName>`)
		.join('');
	xml = xml.includes('</definedNames>') ? xml.replace('</definedNames>', `${names}</definedNames>`) : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
	put(workbook, xml);
	const out = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as Uint8Array | number[];
	return out instanceof Uint8Array ? out : Uint8Array.from(out);
}

/** "bao-cao_tinh_2025-h1_lan-1.xlsx" */
export function reportFileName(snap: Snapshot, edition: number): string {
	const level = snap.figures.level === 'province' ? 'tinh' : `huyen-${snap.figures.level}`;
	return `bao-cao_${level}_${snap.figures.periodId}_lan-${edition}.xlsx`;
}

export { columnLetter };
