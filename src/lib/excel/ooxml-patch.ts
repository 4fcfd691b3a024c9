// Post-processing of SheetJS's .xlsx output. SheetJS CE writes no frozen panes, no data
// validation and no cell styles, so we add them to the worksheet XML ourselves:
//   - <sheetViews> with a frozen first row (pane ySplit=1),
//   - <dataValidations> drop-down lists on enumerated columns,
//   - a bold font for the header row (one extra <font> and <xf> in styles.xml).
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
	/** The list: a range ("'_ds'!$A$2:$A$4") or a quoted inline list ("\"Có,Không\""). */
	formula: string;
}

export interface SheetPatch {
	/** Sheet name as in the workbook. */
	name: string;
	freezeHeader?: boolean;
	boldHeader?: boolean;
	validations?: Validation[];
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

/** Add a frozen header row: replaces any <sheetViews> SheetJS wrote. */
export function freezeHeaderRow(xml: string): string {
	const stripped = xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>|<sheetViews\/>/, '');
	const at = firstTag(stripped, AFTER_VIEWS);
	if (at < 0) throw new Error('worksheet without sheetData');
	return insertAt(stripped, at, FREEZE);
}

export function addValidations(xml: string, list: Validation[], texts: PatchTexts): string {
	if (!list.length) return xml;
	const items = list
		.map(
			(v) =>
				`<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop"` +
				` errorTitle="${escapeXml(texts.errorTitle)}" error="${escapeXml(texts.error)}" sqref="${escapeXml(v.sqref)}">` +
				`<formula1>${escapeXmlText(v.formula)}</formula1></dataValidation>`
		)
		.join('');
	const block = `<dataValidations count="${list.length}">${items}</dataValidations>`;
	const stripped = xml.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '');
	let at = firstTag(stripped, AFTER_VALIDATIONS);
	if (at < 0) at = stripped.lastIndexOf('</worksheet>');
	return insertAt(stripped, at, block);
}

/** Give every cell of row 1 the style index `s`. */
export function styleHeaderRow(xml: string, s: number): string {
	return xml.replace(/<row r="1"[^>]*>[\s\S]*?<\/row>/, (row) =>
		row.replace(/<c ([^>]*?)(\/?)>/g, (_, attrs: string, close: string) => `<c ${attrs.replace(/\s*\bs="\d+"/, '')} s="${s}"${close}>`)
	);
}

/** Append a bold font and a cell format using it; returns the new styles.xml and the format's index. */
export function addBoldStyle(styles: string): { xml: string; index: number } {
	const fonts = /<fonts count="(\d+)"[^>]*>([\s\S]*?)<\/fonts>/.exec(styles);
	const xfs = /<cellXfs count="(\d+)"[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles);
	if (!fonts || !xfs) throw new Error('styles.xml without fonts or cellXfs');
	const firstFont = /<font>([\s\S]*?)<\/font>/.exec(fonts[2]);
	const fontId = Number(fonts[1]);
	const bold = `<font><b/>${firstFont ? firstFont[1] : '<sz val="11"/><name val="Calibri"/>'}</font>`;
	let xml = styles.replace(fonts[0], `<fonts count="${fontId + 1}">${fonts[2]}${bold}</fonts>`);
	const index = Number(xfs[1]);
	const xf = `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`;
	const xfs2 = /<cellXfs count="(\d+)"[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)!;
	xml = xml.replace(xfs2[0], `<cellXfs count="${index + 1}">${xfs2[2]}${xf}</cellXfs>`);
	return { xml, index };
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

/** Apply the patches to an .xlsx file written by SheetJS; returns the new file. */
export function patchXlsx(bytes: Uint8Array, patches: SheetPatch[], texts: PatchTexts): Uint8Array {
	const CFB = XLSX.CFB;
	const zip = CFB.read(bytes, { type: 'array' });
	const find = (p: string): Entry => {
		const e = CFB.find(zip, p) as Entry | null;
		if (!e) throw new Error(`missing part ${p}`);
		return e;
	};
	const paths = sheetPaths(textOf(find('/xl/workbook.xml')), textOf(find('/xl/_rels/workbook.xml.rels')));
	let boldIndex = -1;
	if (patches.some((p) => p.boldHeader)) {
		const styles = find('/xl/styles.xml');
		const r = addBoldStyle(textOf(styles));
		setText(styles, r.xml);
		boldIndex = r.index;
	}
	for (const p of patches) {
		const path = paths.get(p.name);
		if (!path) throw new Error(`missing sheet ${p.name}`);
		const entry = find(path);
		let xml = textOf(entry);
		if (p.freezeHeader) xml = freezeHeaderRow(xml);
		if (p.validations?.length) xml = addValidations(xml, p.validations, texts);
		if (p.boldHeader && boldIndex >= 0) xml = styleHeaderRow(xml, boldIndex);
		setText(entry, xml);
	}
	const out = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as Uint8Array | number[];
	return out instanceof Uint8Array ? out : Uint8Array.from(out);
}
