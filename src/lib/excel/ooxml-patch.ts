// Post-processing of SheetJS's .xlsx output. SheetJS CE writes no frozen panes, no data
// validation, no cell styles and no page setup, so we add them to the XML ourselves:
//   - <sheetViews> with a frozen first row (pane ySplit=1),
//   - <dataValidations> drop-down lists on enumerated columns, and input messages ("do not edit")
//     on the technical columns,
//   - cell styles (extra <font>, <fill> and <xf> in styles.xml): a bold, wrapping header row; the
//     technical columns' header on a grey fill and their cells in grey text,
//   - page setup: <sheetPr><pageSetUpPr fitToPage/>, <printOptions>, <pageMargins>, <pageSetup>
//     (A4, landscape, one page wide), <headerFooter> (sheet name, "Trang &P/&N"), and in workbook.xml
//     the defined names _xlnm.Print_Titles (header row on every page) and _xlnm.Print_Area.
// The ZIP container is read and written with SheetJS's own CFB module (XLSX.CFB).
// Element order in a worksheet follows CT_Worksheet (ECMA-376 Part 1, 18.3.1.99):
//   sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, sheetCalcPr, sheetProtection,
//   protectedRanges, scenarios, autoFilter, sortState, dataConsolidate, customSheetViews,
//   mergeCells, phoneticPr, conditionalFormatting, dataValidations, hyperlinks, printOptions,
//   pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks, customProperties, cellWatches,
//   ignoredErrors, smartTags, drawing, ..., tableParts, extLst.
import * as XLSX from 'xlsx';

export interface Validation {
	/** Cells the list applies to ("D2:D1048576"). */
	sqref: string;
	/** The list: a range ("'_ds'!$A$2:$A$4") or a quoted inline list ("\"Có,Không\""). Without it,
	 * the entry only shows `prompt` when a cell is selected (any value allowed). */
	formula?: string;
	/** Input message shown when a cell is selected (title at most 32 characters, text at most 255). */
	prompt?: { title: string; text: string };
}

export interface PrintSetup {
	/** Rows repeated at the top of every printed page (1: the header row; 0: none). */
	titleRows: number;
	/** Print only the first `columns` columns (the technical columns at the right are left out). */
	columns?: number;
	/** Page footer, with Excel's codes: &P page number, &N number of pages. */
	footer: string;
	/** Portrait instead of landscape. */
	portrait?: boolean;
}

export interface SheetPatch {
	/** Sheet name as in the workbook. */
	name: string;
	freezeHeader?: boolean;
	/** Header row bold and wrapping (long labels on two or three lines). */
	boldHeader?: boolean;
	validations?: Validation[];
	/** Columns (0-based) whose cells wrap their text (long texts), below row 1 (the header or title). */
	wrapColumns?: number[];
	/** Those cells are aligned at the top (the information sheet), not at the bottom like the others. */
	wrapTop?: boolean;
	/** Technical columns (0-based, inclusive): header on a grey fill, cells in grey text. */
	technicalColumns?: { from: number; to: number };
	print?: PrintSetup;
	/** A1 addresses of text cells starting with = + - @: Excel's quote-prefix style (quotePrefix="1"),
	 * so the text shows as typed, with no apostrophe, and stays text when edited in Excel. */
	quotePrefix?: string[];
}

export interface PatchTexts {
	errorTitle: string;
	error: string;
}

const FREEZE =
	'<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
	'<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';

/** Elements that come after <dataValidations> in CT_Worksheet. */
const AFTER_VALIDATIONS = [
	'hyperlinks',
	'printOptions',
	'pageMargins',
	'pageSetup',
	'headerFooter',
	'rowBreaks',
	'colBreaks',
	'customProperties',
	'cellWatches',
	'ignoredErrors',
	'smartTags',
	'drawing',
	'legacyDrawing',
	'legacyDrawingHF',
	'drawingHF',
	'picture',
	'oleObjects',
	'controls',
	'webPublishItems',
	'tableParts',
	'extLst'
];
/** Elements that come after <headerFooter> in CT_Worksheet. */
const AFTER_HEADER_FOOTER = AFTER_VALIDATIONS.slice(AFTER_VALIDATIONS.indexOf('headerFooter') + 1);
/** Elements that come after <sheetViews>. */
const AFTER_VIEWS = ['sheetFormatPr', 'cols', 'sheetData'];

export function escapeXml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
/** Escape element text (quotes may stay as they are). */
function escapeXmlText(s: string): string {
	return s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}
function unescapeXml(s: string): string {
	return s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (m, name: string, dec?: string, hex?: string) => {
		if (dec) return String.fromCodePoint(Number(dec));
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()] ?? m;
	});
}

/** Index of the first opening tag among `names` (e.g. `<cols>` or `<cols/>`), or -1. */
function firstTag(xml: string, names: string[]): number {
	let best = -1;
	for (const n of names) {
		const re = new RegExp(`<${n}[\\s/>]`);
		const m = re.exec(xml);
		if (m && (best < 0 || m.index < best)) best = m.index;
	}
	return best;
}

function insertAt(xml: string, at: number, text: string): string {
	return xml.slice(0, at) + text + xml.slice(at);
}

/**
 * A worksheet in three parts: before <sheetData>, the sheetData element, after it. The elements
 * around the cells are edited in their own part, so no search runs through the cells (tens of
 * megabytes for a large table). Without sheetData: the whole text is the first part.
 */
export function splitSheet(xml: string): [string, string, string] {
	const start = xml.search(/<sheetData[\s/>]/);
	if (start < 0) return [xml, '', ''];
	const end = xml.startsWith('<sheetData/>', start) ? start + '<sheetData/>'.length : xml.lastIndexOf('</sheetData>') + '</sheetData>'.length;
	return [xml.slice(0, start), xml.slice(start, end), xml.slice(end)];
}

/** Add a frozen header row: replaces any <sheetViews> SheetJS wrote. */
export function freezeHeaderRow(xml: string): string {
	const [head, data, tail] = splitSheet(xml);
	if (!data) throw new Error('worksheet without sheetData');
	const stripped = head.replace(/<sheetViews>[\s\S]*?<\/sheetViews>|<sheetViews\/>/, '');
	const at = firstTag(stripped, AFTER_VIEWS);
	return insertAt(stripped, at < 0 ? stripped.length : at, FREEZE) + data + tail;
}

export function addValidations(xml: string, list: Validation[], texts: PatchTexts): string {
	if (!list.length) return xml;
	const prompt = (v: Validation) =>
		v.prompt ? ` promptTitle="${escapeXml(v.prompt.title.slice(0, 32))}" prompt="${escapeXml(v.prompt.text.slice(0, 255))}"` : '';
	const items = list
		.map((v) =>
			v.formula === undefined
				? `<dataValidation allowBlank="1" showInputMessage="1"${prompt(v)} sqref="${escapeXml(v.sqref)}"/>`
				: `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop"` +
					` errorTitle="${escapeXml(texts.errorTitle)}" error="${escapeXml(texts.error)}"${prompt(v)} sqref="${escapeXml(v.sqref)}">` +
					`<formula1>${escapeXmlText(v.formula)}</formula1></dataValidation>`
		)
		.join('');
	const block = `<dataValidations count="${list.length}">${items}</dataValidations>`;
	const [head, data, tail] = splitSheet(xml);
	return data ? head + data + insertBefore(tail, AFTER_VALIDATIONS, block, /<dataValidations[\s\S]*?<\/dataValidations>/) : insertBefore(xml, AFTER_VALIDATIONS, block, /<dataValidations[\s\S]*?<\/dataValidations>/);
}

/** Remove `drop` from `xml`, then insert `block` before the first of `after` (or before </worksheet>). */
function insertBefore(xml: string, after: string[], block: string, drop: RegExp): string {
	const stripped = xml.replace(drop, '');
	let at = firstTag(stripped, after);
	if (at < 0) at = stripped.lastIndexOf('</worksheet>');
	if (at < 0) at = stripped.length;
	return insertAt(stripped, at, block);
}

/** Give every cell of row 1 the style index `s` (or the index `s(column)`, column 0-based). */
export function styleHeaderRow(xml: string, s: number | ((col: number) => number)): string {
	return xml.replace(/<row r="1"[^>]*>[\s\S]*?<\/row>/, (row) =>
		row.replace(/<c ([^>]*?)(\/?)>/g, (_, attrs: string, close: string) => {
			const col = typeof s === 'number' ? 0 : columnIndex(/\br="([A-Z]+)/.exec(attrs)?.[1] ?? 'A');
			return `<c ${attrs.replace(/\s*\bs="\d+"/, '')} s="${typeof s === 'number' ? s : s(col)}"${close}>`;
		})
	);
}

/** Restyle the cells at the given A1 addresses: `restyle(s)` gives the new style index of a cell whose
 * style is `s` (0 when it has none). One pass over the cells. */
export function styleCells(xml: string, refs: ReadonlySet<string>, restyle: (s: number) => number): string {
	if (!refs.size) return xml;
	const [head, data, tail] = splitSheet(xml);
	const styled = data.replace(/<c r="([A-Z]+\d+)"([^>]*?)(\/?)>/g, (m, ref: string, attrs: string, close: string) => {
		if (!refs.has(ref)) return m;
		const s = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
		return `<c r="${ref}"${attrs.replace(/\s*\bs="\d+"/, '')} s="${restyle(s)}"${close}>`;
	});
	return head + styled + tail;
}

/** 0-based index of a column letter ("A" 0, "AB" 27). */
export function columnIndex(letters: string): number {
	let n = 0;
	for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
	return n - 1;
}
function letterOf(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/**
 * Restyle the cells of some columns from row `fromRow` on: `restyle(s)` gives the new style index of
 * a cell whose style is `s` (0 when it has none). Only the chosen columns' cells are visited.
 */
export function styleColumns(xml: string, from: number, to: number, fromRow: number, restyle: (s: number) => number): string {
	const letters: string[] = [];
	for (let c = from; c <= to; c++) letters.push(letterOf(c));
	const re = new RegExp(`<c r="(?:${letters.join('|')})(\\d+)"([^>]*?)(\\/?)>`, 'g');
	return xml.replace(re, (m, row: string, attrs: string, close: string) => {
		if (Number(row) < fromRow) return m;
		const s = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
		return m.slice(0, m.indexOf('"', 6) + 1) + `${attrs.replace(/\s*\bs="\d+"/, '')} s="${restyle(s)}"${close}>`;
	});
}

/** What a derived cell format changes in its base. */
export interface XfChange {
	bold?: boolean;
	/** Font colour, ARGB ("FF7F7F7F"). */
	color?: string;
	/** Solid fill colour, ARGB. */
	fill?: string;
	wrap?: boolean;
	/** Align at the top of the cell (the default is the bottom). */
	top?: boolean;
	/** Excel's quote prefix: the cell's text is text, never a formula or a number. */
	quotePrefix?: boolean;
}

/**
 * Edits styles.xml: adds fonts, fills and cell formats (xf) derived from existing ones, each once.
 * `derive(s, change)` is the index of a format like `s` (its number format kept) with `change`.
 */
export class StyleBook {
	private fonts: string[];
	private fills: string[];
	private xfs: string[];
	private cache = new Map<string, number>();
	private head: string;
	constructor(private styles: string) {
		const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles);
		const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles);
		if (!fonts || !xfs) throw new Error('styles.xml without fonts or cellXfs');
		const fills = /<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(styles);
		this.fonts = fonts[1].match(/<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>/g) ?? [];
		this.fills = fills ? (fills[1].match(/<fill\b[^>]*\/>|<fill\b[^>]*>[\s\S]*?<\/fill>/g) ?? []) : [];
		this.xfs = xfs[1].match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [];
		this.head = this.fonts[0] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
	}
	private font(bold: boolean, color?: string): number {
		return this.once(`font|${bold}|${color}`, () => {
			let inner = /<font\b[^>]*>([\s\S]*?)<\/font>/.exec(this.head)?.[1] ?? '';
			inner = inner.replace(/<b\/>|<b val="[^"]*"\/>/g, '');
			if (color) inner = inner.replace(/<color\b[^>]*\/>/g, '') + `<color rgb="${color}"/>`;
			this.fonts.push(`<font>${bold ? '<b/>' : ''}${inner}</font>`);
			return this.fonts.length - 1;
		});
	}
	private fill(rgb: string): number {
		return this.once(`fill|${rgb}`, () => {
			// Fills 0 and 1 are reserved (none, gray125): add them if a writer left them out.
			while (this.fills.length < 2) this.fills.push(this.fills.length ? '<fill><patternFill patternType="gray125"/></fill>' : '<fill><patternFill patternType="none"/></fill>');
			this.fills.push(`<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`);
			return this.fills.length - 1;
		});
	}
	private once(key: string, make: () => number): number {
		let i = this.cache.get(key);
		if (i === undefined) {
			i = make();
			this.cache.set(key, i);
		}
		return i;
	}
	derive(s: number, change: XfChange): number {
		return this.once(`xf|${s}|${JSON.stringify(change)}`, () => {
			const base = this.xfs[s] ?? this.xfs[0] ?? '<xf/>';
			const attrs = new Map<string, string>([['numFmtId', '0'], ['fontId', '0'], ['fillId', '0'], ['borderId', '0'], ['xfId', '0']]);
			for (const m of (/<xf\b([^>]*?)\/?>/.exec(base)?.[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)) attrs.set(m[1], m[2]);
			for (const k of ['applyFont', 'applyFill', 'applyAlignment']) attrs.delete(k);
			if (change.bold || change.color) {
				attrs.set('fontId', String(this.font(!!change.bold, change.color)));
				attrs.set('applyFont', '1');
			}
			if (change.fill) {
				attrs.set('fillId', String(this.fill(change.fill)));
				attrs.set('applyFill', '1');
			}
			if (change.quotePrefix) attrs.set('quotePrefix', '1');
			const align = (change.top ? ' vertical="top"' : '') + (change.wrap ? ' wrapText="1"' : '');
			// A change that sets no alignment keeps the base's (a wrapping cell that gets the quote prefix).
			const baseAlign = /<alignment\b[^>]*\/>/.exec(base)?.[0];
			if (align || baseAlign) attrs.set('applyAlignment', '1');
			const text = [...attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
			this.xfs.push(align ? `<xf${text}><alignment${align}/></xf>` : baseAlign ? `<xf${text}>${baseAlign}</xf>` : `<xf${text}/>`);
			return this.xfs.length - 1;
		});
	}
	/** The edited styles.xml. */
	xml(): string {
		let xml = this.styles.replace(/<fonts\b[^>]*>[\s\S]*?<\/fonts>/, `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>`);
		const fills = `<fills count="${this.fills.length}">${this.fills.join('')}</fills>`;
		xml = /<fills\b[^>]*>[\s\S]*?<\/fills>/.test(xml) ? xml.replace(/<fills\b[^>]*>[\s\S]*?<\/fills>/, fills) : xml.replace('</fonts>', `</fonts>${fills}`);
		return xml.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>`);
	}
}

/** Append a bold font and a cell format using it; returns the new styles.xml and the format's index. */
export function addBoldStyle(styles: string): { xml: string; index: number } {
	const book = new StyleBook(styles);
	const index = book.derive(0, { bold: true });
	return { xml: book.xml(), index };
}

/** Grey of the technical columns: header fill and text. */
export const TECHNICAL_FILL = 'FFD9D9D9';
export const TECHNICAL_TEXT = 'FF7F7F7F';

/**
 * Page setup for printing: fit to one page wide (sheetPr/pageSetUpPr), grid lines, narrow margins,
 * A4 (paperSize 9) landscape, header with the sheet name and footer with the page number. Each
 * element at its place in CT_Worksheet; any such element already there is replaced.
 */
export function addPageSetup(xml: string, p: PrintSetup): string {
	const [head0, data, tail] = splitSheet(xml);
	// sheetPr is the first child of <worksheet>; pageSetUpPr is the last child of sheetPr.
	const FIT = '<pageSetUpPr fitToPage="1"/>';
	let head = head0.replace(/<pageSetUpPr\b[^>]*\/>/, '');
	if (/<sheetPr\b[^>]*\/>/.test(head)) head = head.replace(/<sheetPr\b([^>]*)\/>/, `<sheetPr$1>${FIT}</sheetPr>`);
	else if (/<sheetPr\b/.test(head)) head = head.replace('</sheetPr>', `${FIT}</sheetPr>`);
	else {
		const open = /<worksheet\b[^>]*>/.exec(head);
		if (!open) throw new Error('not a worksheet');
		head = insertAt(head, open.index + open[0].length, `<sheetPr>${FIT}</sheetPr>`);
	}
	const block =
		(p.titleRows > 0 ? '<printOptions gridLines="1"/>' : '') +
		'<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
		`<pageSetup paperSize="9" orientation="${p.portrait ? 'portrait' : 'landscape'}" fitToWidth="1" fitToHeight="0"/>` +
		`<headerFooter><oddHeader>${escapeXmlText('&L&A')}</oddHeader><oddFooter>${escapeXmlText('&C' + p.footer)}</oddFooter></headerFooter>`;
	const drop = /<printOptions\b[^>]*\/>|<pageMargins\b[^>]*\/>|<pageSetup\b[^>]*\/>|<headerFooter\b[^>]*\/>|<headerFooter\b[^>]*>[\s\S]*?<\/headerFooter>/g;
	return data ? head + data + insertBefore(tail, AFTER_HEADER_FOOTER, block, drop) : insertBefore(head, AFTER_HEADER_FOOTER, block, drop);
}

/** A sheet name in a formula: always quoted, quotes doubled. */
function sheetRef(name: string): string {
	return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Add the print titles (rows repeated on each page) and print area of sheets to workbook.xml, as
 * sheet-local defined names (`localSheetId` = the sheet's position), in <definedNames> after <sheets>.
 */
export function addPrintNames(workbookXml: string, sheets: { index: number; name: string; print: PrintSetup }[]): string {
	const names: string[] = [];
	let xml = workbookXml;
	for (const { index, name, print } of sheets) {
		const drop = new RegExp(`<definedName\\b(?=[^>]*\\bname="_xlnm\\.Print_(?:Titles|Area)")(?=[^>]*\\blocalSheetId="${index}")[^>]*>[\\s\\S]*?<\\/definedName>`, 'g');
		xml = xml.replace(drop, '');
		if (print.columns !== undefined && print.columns > 0) {
			names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXmlText(`${sheetRef(name)}!$A:$${letterOf(print.columns - 1)}`)}</definedName>`);
		}
		if (print.titleRows > 0) {
			names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXmlText(`${sheetRef(name)}!$1:$${print.titleRows}`)}</definedName>`);
		}
	}
	if (!names.length) return xml;
	if (/<definedNames\/>/.test(xml)) return xml.replace('<definedNames/>', `<definedNames>${names.join('')}</definedNames>`);
	if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${names.join('')}</definedNames>`);
	const at = xml.indexOf('</sheets>');
	if (at < 0) throw new Error('workbook without sheets');
	return insertAt(xml, at + '</sheets>'.length, `<definedNames>${names.join('')}</definedNames>`);
}

/** Sheet name -> part path ("/xl/worksheets/sheet1.xml"), from workbook.xml and its relationships. */
export function sheetPaths(workbookXml: string, relsXml: string): Map<string, string> {
	const targets = new Map<string, string>();
	for (const m of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
		const id = /\bId="([^"]*)"/.exec(m[1])?.[1];
		const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
		if (id && target) targets.set(id, target.startsWith('/') ? target : '/xl/' + target);
	}
	const out = new Map<string, string>();
	for (const m of workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
		const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
		const rid = /\br:id="([^"]*)"/.exec(m[1])?.[1];
		const path = rid ? targets.get(rid) : undefined;
		if (name !== undefined && path) out.set(unescapeXml(name), path);
	}
	return out;
}

type Entry = { content: Uint8Array | number[] | string; size: number };

const dec = new TextDecoder();
const enc = new TextEncoder();
function textOf(e: Entry): string {
	return typeof e.content === 'string' ? e.content : dec.decode(e.content instanceof Uint8Array ? e.content : Uint8Array.from(e.content));
}
function setText(e: Entry, text: string) {
	const bytes = enc.encode(text);
	e.content = bytes;
	e.size = bytes.length;
}

/** Sheet names in workbook order (the index is a defined name's localSheetId). */
export function sheetNames(workbookXml: string): string[] {
	return [...workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => unescapeXml(/\bname="([^"]*)"/.exec(m[1])?.[1] ?? ''));
}

/** Apply the patches to an .xlsx file written by SheetJS; returns the new file. */
export function patchXlsx(bytes: Uint8Array, patches: SheetPatch[], texts: PatchTexts): Uint8Array {
	const CFB = XLSX.CFB;
	const zip = CFB.read(bytes, { type: 'array' });
	const find = (p: string): Entry => {
		const e = CFB.find(zip, p) as Entry | null;
		if (!e) throw new Error(`missing part ${p}`);
		return e;
	};
	const workbook = find('/xl/workbook.xml');
	const workbookXml = textOf(workbook);
	const paths = sheetPaths(workbookXml, textOf(find('/xl/_rels/workbook.xml.rels')));
	const order = sheetNames(workbookXml);
	const styled = patches.some((p) => p.boldHeader || p.technicalColumns || p.wrapColumns?.length || p.quotePrefix?.length);
	const book = styled ? new StyleBook(textOf(find('/xl/styles.xml'))) : null;
	for (const p of patches) {
		const path = paths.get(p.name);
		if (!path) throw new Error(`missing sheet ${p.name}`);
		const entry = find(path);
		let xml = textOf(entry);
		if (p.freezeHeader) xml = freezeHeaderRow(xml);
		if (p.validations?.length) xml = addValidations(xml, p.validations, texts);
		if (book && p.technicalColumns) {
			const { from, to } = p.technicalColumns;
			xml = styleColumns(xml, from, to, 2, (s) => book.derive(s, { color: TECHNICAL_TEXT }));
		}
		for (const c of book ? (p.wrapColumns ?? []) : []) {
			xml = styleColumns(xml, c, c, 2, (s) => book!.derive(s, p.wrapTop ? { wrap: true, top: true } : { wrap: true }));
		}
		if (book && p.boldHeader) {
			const tech = p.technicalColumns;
			xml = styleHeaderRow(xml, (c) =>
				tech && c >= tech.from && c <= tech.to
					? book.derive(0, { bold: true, wrap: true, top: true, color: TECHNICAL_TEXT, fill: TECHNICAL_FILL })
					: book.derive(0, { bold: true, wrap: true, top: true })
			);
		}
		// Last, so the quote prefix is added to whatever style the cell got above.
		if (book && p.quotePrefix?.length) xml = styleCells(xml, new Set(p.quotePrefix), (s) => book.derive(s, { quotePrefix: true }));
		if (p.print) xml = addPageSetup(xml, p.print);
		setText(entry, xml);
	}
	if (book) setText(find('/xl/styles.xml'), book.xml());
	const printed = patches.filter((p) => p.print).map((p) => ({ index: order.indexOf(p.name), name: p.name, print: p.print! }));
	if (printed.length) setText(workbook, addPrintNames(workbookXml, printed));
	const out = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as Uint8Array | number[];
	return out instanceof Uint8Array ? out : Uint8Array.from(out);
}
