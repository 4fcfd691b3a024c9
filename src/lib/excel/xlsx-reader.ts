// A fast reader for plain .xlsx files: fflate unzips, a string scanner reads the sheet XML.
// It builds the same dense worksheet objects SheetJS's `XLSX.read` builds with the options read.ts
// uses (dense, cellNF, sheetStubs, cellFormula, no cellDates), for the parts read.ts looks at:
// cell type and value, number format (`z`) and formatted text (`w`, for codes with leading zeros),
// `!ref`, `!merges`, the 1904 date system and the last author. The rules below mirror SheetJS 0.20.3
// (`parse_ws_xml_data`, `parse_si`, `unescapexml`, `safe_format`); they are written by hand because
// SheetJS has no faster entry point. Anything this reader does not know how SheetJS would read
// (formulas without a stored result, date cells, unusual parts or markup, rows beyond the limit,
// text that is not UTF-8) throws `Unsupported`, and read.ts then reads the file with SheetJS:
// never a different value, only a slower path.
import { unzipSync } from 'fflate';
import type * as XLSX from 'xlsx';
import { decodeRange, encodeRange } from './cells';
import { isDateFormat, sheetjs } from './sheetjs';

export class Unsupported extends Error {}
const no = (why: string): never => {
	throw new Unsupported(why);
};

type Cell = { t: string; v?: unknown; z?: string; w?: string; f?: string };
/** The formula of a cell without a stored result is not read: read.ts only asks whether there is one. */
const FORMULA = '(formula)';
export interface FastWorkbook {
	SheetNames: string[];
	Sheets: Record<string, { '!data': Cell[][]; '!ref'?: string; '!merges'?: XLSX.Range[] }>;
	Workbook: { WBProps: { date1904: boolean } };
	Props: { LastAuthor?: string };
}

// SheetJS's built-in number formats (its SSF table after `make_ssf()`, which each read starts from).
export const BUILTIN_FORMATS: Record<number, string> = {
	0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
	12: '# ?/?', 13: '# ??/??', 14: 'm/d/yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
	19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)',
	38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss',
	46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@', 56: '"上午/下午 "hh"時"mm"分"ss"秒 "'
};
// SheetJS's error codes by text (RBErr); only the text (`w`) is used by read.ts.
const ERRORS: Record<string, number> = { '#NULL!': 0, '#DIV/0!': 7, '#VALUE!': 15, '#REF!': 23, '#NAME?': 29, '#NUM!': 36, '#N/A': 42, '#GETTING_DATA': 43, '#WTF?': 255 };

const NS_CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WORKBOOK_TYPES = new Set([
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
	'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
	'application/vnd.ms-excel.template.macroEnabled.main+xml'
]);
const SST_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CORE_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

// ---------- text ----------
const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const ENT_RE = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE_RE = /_x([\da-fA-F]{4})_/gi;
/** SheetJS's `unescapexml` (entities, then `_xHHHH_`; CDATA kept as is; CRLF -> LF when `xlsx`). */
function unescapeXml(text: string, xlsx: boolean): string {
	let out = text;
	if (out.includes('&') || out.includes('_x') || out.includes('_X') || out.includes('<![CDATA[')) out = rawUnescape(out);
	return xlsx && out.includes('\r\n') ? out.replace(/\r\n/g, '\n') : out;
}
function rawUnescape(s: string): string {
	const i = s.indexOf('<![CDATA[');
	if (i === -1) {
		return s
			.replace(ENT_RE, (all, code) => ENTITIES[all] || String.fromCharCode(parseInt(code, all.indexOf('x') > -1 ? 16 : 10)) || all)
			.replace(CODE_RE, (_m, c) => String.fromCharCode(parseInt(c, 16)));
	}
	const j = s.indexOf(']]>');
	return rawUnescape(s.slice(0, i)) + s.slice(i + 9, j) + rawUnescape(s.slice(j + 3));
}

/** Attributes of one start tag (`<x:c r="A1" s="2">` -> { r, s }); prefixes of names dropped. */
function attrs(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	const re = /([^\s=<>"'/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(tag))) {
		const name = m[1].includes(':') && !m[1].startsWith('xmlns') ? m[1].slice(m[1].indexOf(':') + 1) : m[1];
		if (!(name in out)) out[name] = m[2] ?? m[3];
	}
	return out;
}

/** The first `<tag …>…</tag>` (any prefix): [whole, inner] or null (SheetJS's `str_match_xml_ns`). */
function element(xml: string, tag: string): [string, string] | null {
	const open = new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`, 'g');
	const m = open.exec(xml);
	if (!m) return null;
	const close = new RegExp(`</(?:\\w+:)?${tag}>`, 'g');
	close.lastIndex = open.lastIndex;
	const e = close.exec(xml);
	if (!e) return null;
	return [xml.slice(m.index, close.lastIndex), xml.slice(open.lastIndex, e.index)];
}

// ---------- the package ----------
const utf8 = new TextDecoder('utf-8', { fatal: true });
function decode(bytes: Uint8Array | undefined, what: string): string {
	if (!bytes) return no(`missing ${what}`);
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) no('UTF-16 part');
	try {
		return utf8.decode(bytes);
	} catch {
		return no('not UTF-8');
	}
}

/** Rich text or plain text of one shared string / inline string (SheetJS's `parse_si`). */
const SI_PLAIN = /^\s*<(?:\w+:)?t[^>]*>/;
const SI_T_END = /<\/(?:\w+:)?t>/;
const SI_RUN = /<(?:\w+:)?r\b[^<>]*>/;
const SI_T = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const RPH = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;
function stringItem(x: string): string | null {
	if (!x) return '';
	if (SI_PLAIN.test(x)) {
		const rest = x.slice(x.indexOf('>') + 1);
		const end = rest.search(SI_T_END);
		const text = end === -1 ? rest : rest.slice(0, end);
		if (text.includes('<')) no('markup in a text');
		return unescapeXml(text, true);
	}
	if (SI_RUN.test(x)) {
		if (/<(?:\w+:)?rPh\b/.test(x) && !/<\/(?:\w+:)?rPh>/.test(x)) no('open phonetic run');
		const parts: string[] = [];
		for (const m of x.replace(RPH, '').matchAll(SI_T)) parts.push(m[1]);
		return unescapeXml(parts.join(''), true);
	}
	return null; // SheetJS keeps an item without text (its value is undefined); a cell using it falls back
}

function sharedStrings(xml: string): (string | null)[] {
	const sst = element(xml, 'sst');
	if (!sst) return [];
	if (/<(?:\w+:)?(?:si|sstItem)\b[^>]*\/>|<(?:\w+:)?(?:si|sstItem)\s[^>]*>/.test(sst[1])) no('unusual string item');
	// As SheetJS: drop the openings, split on the closings, trim each part.
	return sst[1]
		.replace(/<(?:\w+:)?(?:si|sstItem)>/g, '')
		.split(/<\/(?:\w+:)?(?:si|sstItem)>/)
		.map((part) => stringItem(part.trim()));
}

/** Style index -> number format text (cellXfs' numFmtId through numFmts or the built-in table). */
function numberFormats(xml: string | null): (string | undefined)[] {
	if (!xml) return [];
	if (xml.includes('<!--')) no('comment in styles');
	const custom: Record<number, string> = {};
	const nf = element(xml, 'numFmts');
	if (nf) {
		for (const m of nf[0].matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
			const a = attrs(m[0]);
			const id = parseInt(a.numFmtId, 10);
			if (!(id >= 0 && id <= 0x188) || a.formatCode === undefined) no('number format id');
			if (id > 0) custom[id] = unescapeXml(a.formatCode, false);
		}
	}
	const xfs = element(xml, 'cellXfs');
	if (!xfs) return [];
	const out: (string | undefined)[] = [];
	for (const m of xfs[1].matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
		const a = attrs(m[0]);
		const id = a.numFmtId ? parseInt(a.numFmtId, 10) : 0;
		if (!(id >= 0 && id <= 0x188)) no('number format id');
		const fmt = custom[id] ?? BUILTIN_FORMATS[id];
		if (fmt === undefined) no(`number format ${id} not defined`);
		out.push(fmt);
	}
	return out;
}

// ---------- a worksheet ----------
const CELL_REF = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
function colIndex(letters: string): number {
	let c = 0;
	for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
	return c - 1;
}

interface SheetContext {
	strings: (string | null)[] | null;
	formats: (string | undefined)[];
	sheetRows: number;
}

type FastSheet = FastWorkbook['Sheets'][string];
/**
 * Called while a sheet is read, each time `STREAM_ROWS` more rows are complete: rows 1..`rows` of
 * `ws['!data']` are final (read.ts converts and sends them on while the rest is read). Merges and,
 * when the sheet has a dimension, `!ref` are set before the first call.
 */
export type OnRows = (ws: FastSheet, rows: number) => void;
export const STREAM_ROWS = 1000;

/**
 * The first closing tag `</name>` or `</prefix:name>` from `from` (as /<\/(?:\w+:)?name>/ finds
 * it, by indexOf: a regular expression walks 26 MB of a 64,000-row sheet several times slower).
 */
export function closingTag(xml: string, name: string, from: number): { start: number; end: number } | null {
	const tail = name + '>';
	for (let at = xml.indexOf(tail, from); at >= 0; at = xml.indexOf(tail, at + 1)) {
		// Back over an optional "prefix:" (word characters and a colon) to "</".
		let i = at;
		if (xml.charCodeAt(i - 1) === 58 /* : */) {
			i--;
			while (i > from && /\w/.test(xml[i - 1])) i--;
			if (i === at - 1) continue;
		}
		if (xml.charCodeAt(i - 1) === 47 /* / */ && xml.charCodeAt(i - 2) === 60 /* < */ && i - 2 >= from) return { start: i - 2, end: at + tail.length };
	}
	return null;
}

function parseWorksheet(xml: string, ctx: SheetContext, onRows?: OnRows): FastSheet {
	// (One scan of the whole text for "<!", the two cases only looked for when it is there.)
	if (xml.includes('<!') && (xml.includes('<!--') || xml.includes('<!DOCTYPE'))) no('comment or doctype in a sheet');
	const ws: FastWorkbook['Sheets'][string] = { '!data': [] };
	const data = ws['!data'];
	const open = /<(?:\w+:)?sheetData\b[^<>]*>/.exec(xml);
	let before = xml;
	let after = xml;
	let body = '';
	if (open) {
		const c = closingTag(xml, 'sheetData', open.index + open[0].length);
		if (c) {
			before = xml.slice(0, open.index);
			after = xml.slice(c.end);
			body = xml.slice(open.index + open[0].length, c.start);
		} else if (!open[0].endsWith('/>')) no('sheetData not closed');
	}
	// dimension, as SheetJS reads it: the first quoted "X:Y" within 50 characters of the tag.
	const dim = /<(?:\w*:)?dimension/.exec(before);
	if (dim && dim.index > 0) {
		const ref = /"(\w*:\w*)"/.exec(before.slice(dim.index, dim.index + 50));
		if (ref) {
			if (!/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/.test(ref[1])) no('dimension');
			const d = decodeRange(ref[1]);
			if (d.e.r >= ctx.sheetRows) no('more rows than the limit');
			if (d.s.r <= d.e.r && d.s.c <= d.e.c) ws['!ref'] = encodeRange(d);
		}
	}
	// Merged cells, as SheetJS finds them (the ref must be the first attribute); read before the rows
	// so that rows handed on while the sheet is read (onRows) can be filled in.
	const merges: XLSX.Range[] = [];
	for (const m of after.matchAll(/<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/g)) {
		if (!/^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/.test(m[1])) no('merge reference');
		merges.push(decodeRange(m[1]));
	}
	if (merges.length) ws['!merges'] = merges;
	let handedOn = 0;
	let minR = 2000000,
		maxR = 0,
		minC = 2000000,
		maxC = 0;
	const { strings, formats, sheetRows } = ctx;
	const n = body.length;
	let pos = 0;
	let rowNo = 0; // 1-based number of the current (or last) row
	let inRow = false;
	let pendingSelfClosed = -1; // a self-closed <row/> after the last </row> (SheetJS counts the last one)
	let col = -1;
	const sharedFormulas = new Set<string>();
	// Attributes of the current <c> (set by cellHead).
	let aR = -1,
		aRe = -1,
		aT = -1,
		aTe = -1,
		aS = -1,
		aSe = -1;
	/** Find r, t and s in a start tag between `from` and `to` (value bounds into body; -1 when absent). */
	const cellHead = (from: number, to: number) => {
		aR = aT = aS = -1;
		let i = from;
		while (i < to) {
			let ch = body.charCodeAt(i);
			if (ch <= 32) {
				i++;
				continue;
			}
			if (ch === 47) break; // the '/' of '/>'
			let ns = i;
			while (i < to && (ch = body.charCodeAt(i)) !== 61 && ch > 32) {
				if (ch === 58) ns = i + 1; // a prefixed attribute name: its local part
				i++;
			}
			const ne = i;
			while (i < to && (ch = body.charCodeAt(i)) !== 34 && ch !== 39) i++;
			if (i >= to) no('attribute without a value');
			const vs = i + 1;
			const ve = body.indexOf(ch === 34 ? '"' : "'", vs);
			if (ve === -1 || ve > to) no('attribute not closed');
			if (ne - ns === 1) {
				const a = body.charCodeAt(ns);
				// The first of each name wins, as with the attribute parser elsewhere.
				if (a === 114 /* r */ && aR < 0) (aR = vs), (aRe = ve);
				else if (a === 116 /* t */ && aT < 0) (aT = vs), (aTe = ve);
				else if (a === 115 /* s */ && aS < 0) (aS = vs), (aSe = ve);
			}
			i = ve + 1;
		}
	};
	/** After '<' (or '</') at i: [start of the local name, its end]. */
	let nS = 0,
		nE = 0;
	const name = (i: number) => {
		let j = i;
		nS = i;
		for (;;) {
			const ch = body.charCodeAt(j);
			if (ch === 58) nS = j + 1;
			else if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch)) break;
			j++;
		}
		nE = j;
	};
	const is1 = (c: number) => nE - nS === 1 && body.charCodeAt(nS) === c;
	const isRow = () => nE - nS === 3 && body.charCodeAt(nS) === 114 && body.charCodeAt(nS + 1) === 111 && body.charCodeAt(nS + 2) === 119;
	const isIs = () => nE - nS === 2 && body.charCodeAt(nS) === 105 && body.charCodeAt(nS + 1) === 115;
	const onlySpace = (from: number, to: number) => {
		for (let i = from; i < to; i++) if (body.charCodeAt(i) > 32) return false;
		return true;
	};
	while (pos < n) {
		const lt = body.indexOf('<', pos);
		if (lt === -1) {
			if (!onlySpace(pos, n)) no('text between tags');
			break;
		}
		if (lt > pos && !onlySpace(pos, lt)) no('text between tags');
		const c1 = body.charCodeAt(lt + 1);
		if (c1 === 47 /* / */) {
			name(lt + 2);
			if (!isRow() || !inRow) no('unexpected end tag');
			inRow = false;
			pos = body.indexOf('>', nE) + 1;
			if (onRows && rowNo - handedOn >= STREAM_ROWS) {
				handedOn = rowNo;
				onRows(ws, rowNo);
			}
			continue;
		}
		if (c1 === 33 || c1 === 63) no('markup in sheetData');
		const gt = body.indexOf('>', lt);
		if (gt === -1) no('open tag');
		const selfClosed = body.charCodeAt(gt - 1) === 47;
		name(lt + 1);
		if (isRow()) {
			if (inRow) no('nested row');
			cellHead(nE, gt);
			let r: number;
			if (aR >= 0) {
				const txt = body.slice(aR, aRe);
				if (!/^[1-9]\d*$/.test(txt)) no('row number');
				r = +txt;
			} else r = rowNo + 1;
			if (r > sheetRows) no('more rows than the limit');
			// Rows already handed on are final: a row numbered back among them is read by SheetJS.
			if (onRows && r <= handedOn) no('rows out of order');
			pos = gt + 1;
			if (selfClosed) {
				// Not counted by SheetJS unless it ends the sheet data (see pendingSelfClosed).
				if (aR < 0) no('self-closed row without number');
				pendingSelfClosed = r;
				continue;
			}
			pendingSelfClosed = -1;
			rowNo = r;
			inRow = true;
			col = -1;
			if (minR > r - 1) minR = r - 1;
			if (maxR < r - 1) maxR = r - 1;
			continue;
		}
		if (!is1(99 /* c */)) no('unexpected element in sheetData');
		if (!inRow) no('cell outside a row');
		cellHead(nE, gt);
		const type = aT >= 0 ? body.slice(aT, aTe) : undefined;
		const style = aS >= 0 ? body.slice(aS, aSe) : undefined;
		if (aR >= 0) {
			// "AB12": letters, then the row number, which must be this row's.
			let i = aR;
			let c = 0;
			let ch = body.charCodeAt(i);
			while (ch >= 65 && ch <= 90 && i - aR < 3) {
				c = c * 26 + (ch - 64);
				ch = body.charCodeAt(++i);
			}
			if (i === aR || i === aRe) no('cell reference');
			let rr = 0;
			for (; i < aRe; i++) {
				ch = body.charCodeAt(i);
				if (ch < 48 || ch > 57 || (rr === 0 && ch === 48)) no('cell reference');
				rr = rr * 10 + (ch - 48);
			}
			if (rr !== rowNo) no('cell outside its row');
			col = c - 1;
		} else col++;
		const r = rowNo - 1;
		// Its children: <v>, <f>, <is> (others are ignored, as SheetJS does).
		let v: string | undefined;
		let hasF = false;
		let inline: string | null = null;
		pos = gt + 1;
		if (!selfClosed) {
			for (;;) {
				const lt2 = body.indexOf('<', pos);
				if (lt2 === -1) no('cell not closed');
				const d1 = body.charCodeAt(lt2 + 1);
				if (d1 === 47) {
					name(lt2 + 2);
					pos = body.indexOf('>', nE) + 1;
					if (is1(99)) break;
					continue; // the end of an ignored child
				}
				if (d1 === 33 || d1 === 63) no('markup in a cell');
				const gt2 = body.indexOf('>', lt2);
				name(lt2 + 1);
				const sc = body.charCodeAt(gt2 - 1) === 47;
				if (is1(118 /* v */)) {
					if (sc) {
						pos = gt2 + 1;
						continue;
					}
					const end = body.indexOf('<', gt2 + 1);
					if (body.charCodeAt(end + 1) !== 47) no('markup in a value');
					name(end + 2);
					if (!is1(118)) no('value not closed');
					if (v === undefined && end > gt2 + 1) v = body.slice(gt2 + 1, end);
					pos = body.indexOf('>', nE) + 1;
				} else if (is1(102 /* f */)) {
					// Whether SheetJS gives the cell a formula text: a formula, or a shared one whose first
					// cell (with the text) came before. Only a cell without a stored result needs to know.
					const prefixed = nS !== lt2 + 1;
					const fa = attrs(body.slice(nE, gt2));
					const shared = fa.t === 'shared';
					if (sc) {
						if (prefixed) no('prefixed empty formula');
						hasF = shared && fa.si !== undefined && sharedFormulas.has(fa.si);
						pos = gt2 + 1;
					} else {
						const end = body.indexOf('</', gt2 + 1);
						name(end + 2);
						if (!is1(102)) no('formula not closed');
						if (end > gt2 + 1) {
							hasF = true;
							if (shared) sharedFormulas.add(String(parseInt(fa.si, 10)));
						} else hasF = shared && fa.si !== undefined && sharedFormulas.has(fa.si);
						pos = body.indexOf('>', nE) + 1;
					}
				} else if (isIs()) {
					if (sc) {
						inline = '';
						pos = gt2 + 1;
						continue;
					}
					const close = /<\/(?:\w+:)?is>/g;
					close.lastIndex = gt2 + 1;
					const m = close.exec(body);
					if (!m) no('inline string not closed');
					inline = body.slice(gt2 + 1, m!.index);
					pos = close.lastIndex;
				} else if (is1(99) || isRow()) {
					no('cell not closed');
				} else {
					pos = gt2 + 1; // an ignored child (extLst…): its content is skipped tag by tag
				}
			}
		}
		const escaped = v !== undefined && (v.includes('&') || v.includes('_x') || v.includes('_X'));
		if (escaped && type !== 'str') no('escape in a value');
		let cell: Cell;
		const t = type || 'n';
		// A formula without a stored result: SheetJS's type 'z' cell with its formula (read.ts warns).
		if (type === undefined && v === undefined) cell = hasF ? { t: 'z', v: 0, f: FORMULA } : { t: 'z' };
		else if (t === 'n') {
			if (v === undefined) cell = hasF ? { t: 'z', f: FORMULA } : { t: 'z' };
			else {
				const num = parseFloat(v);
				if (Number.isNaN(num)) no('not a number');
				cell = { t: 'n', v: num };
			}
		} else if (t === 's') {
			if (v === undefined) cell = hasF ? { t: 'z', f: FORMULA } : { t: 'z' };
			else {
				if (!strings) no('shared string without a table');
				const text = strings![parseInt(v, 10)];
				if (text === undefined || text === null) no('shared string index');
				cell = { t: 's', v: text };
			}
		} else if (t === 'str') {
			// SheetJS unescapes a formula's text twice, the first time before decoding UTF-8: the same
			// here while the first pass only gives ASCII (named entities, _xHHHH_ below 0x80).
			if (escaped && (v!.includes('&#') || [...v!.matchAll(CODE_RE)].some((m) => parseInt(m[1], 16) >= 0x80))) no('escape in a formula text');
			cell = { t: 's', v: v === undefined ? '' : escaped ? unescapeXml(rawUnescape(v!), true) : v.includes('\r\n') ? v.replace(/\r\n/g, '\n') : v };
		} else if (t === 'inlineStr') {
			const text = inline === null ? '' : stringItem(inline);
			if (text === null) no('inline string without text');
			cell = { t: 's', v: text };
		} else if (t === 'b') {
			cell = { t: 'b', v: v === '1' || v === 'true' };
		} else if (t === 'e') {
			cell = { t: 'e', v: v === undefined ? undefined : ERRORS[v], w: v };
		} else return no(`cell type ${t}`);
		if (minC > col) minC = col;
		if (maxC < col) maxC = col;
		if (cell.t === 'n') {
			// SheetJS: z = the format text; w = the formatted text (only read for codes like "01234").
			// As SheetJS: CellXf[s] looked up with the attribute's text ("01" finds nothing: General).
			const z = (style === undefined ? undefined : (formats as unknown as Record<string, string | undefined>)[style]) ?? 'General';
			cell.z = z;
			if (z !== 'General' && !isDateFormat(z)) {
				// (SheetJS's number formats: the parse worker loads it and reads again when asked.)
				const ssf = sheetjs().SSF;
				try {
					cell.w = ssf.format(z, cell.v as number);
				} catch {
					/* SheetJS leaves w unset too */
				}
			}
		}
		const row = (data[r] ??= []);
		row[col] = cell;
	}
	if (inRow) no('row not closed');
	if (pendingSelfClosed > 0) {
		if (minR > pendingSelfClosed - 1) minR = pendingSelfClosed - 1;
		if (maxR < pendingSelfClosed - 1) maxR = pendingSelfClosed - 1;
	}
	if (!ws['!ref'] && maxC >= minC && maxR >= minR) ws['!ref'] = encodeRange({ s: { r: minR, c: minC }, e: { r: maxR, c: maxC } });
	return ws;
}

// ---------- the workbook ----------
/** The parts of the package the reader looks at. */
export function wantedPart(name: string): boolean {
	const n = name.toLowerCase();
	return n === '[content_types].xml' || n === 'meta-inf/manifest.xml' || n === 'docprops/core.xml' || (n.startsWith('xl/') && (n.endsWith('.xml') || n.endsWith('.rels') || n.endsWith('.bin')));
}

/**
 * Read an .xlsx file, or throw `Unsupported` (then read it with SheetJS). `unzipped`: its parts
 * already inflated (unzip-native.ts, in the parse worker); otherwise fflate unzips them here.
 */
export function readXlsx(bytes: Uint8Array, sheetRows: number, unzipped?: Record<string, Uint8Array> | null): FastWorkbook {
	const book = openXlsx(bytes, sheetRows, unzipped);
	for (const name of book.SheetNames) book.load(name);
	return book;
}

/** An .xlsx file whose sheets are read when asked for (`load`), in any order, each once. */
export interface LazyWorkbook extends FastWorkbook {
	/** Read one sheet (throws `Unsupported` as readXlsx does); `onRows` sees its rows as they are read. */
	load(name: string, onRows?: OnRows): FastSheet;
}

/** Open an .xlsx file: the workbook, its shared strings, styles and properties; sheets on `load`. */
export function openXlsx(bytes: Uint8Array, sheetRows: number, unzipped?: Record<string, Uint8Array> | null): LazyWorkbook {
	let files: Record<string, Uint8Array>;
	if (unzipped) files = unzipped;
	else
		try {
			files = unzipSync(bytes, { filter: (f) => wantedPart(f.name) });
		} catch (e) {
			return no(`zip: ${(e as Error)?.message}`);
		}
	const byLower = new Map<string, Uint8Array>();
	for (const [k, v] of Object.entries(files)) {
		const key = k.replace(/\\/g, '/').toLowerCase();
		if (byLower.has(key)) no('duplicate part');
		byLower.set(key, v);
	}
	const part = (path: string) => byLower.get(path.replace(/^\//, '').toLowerCase());
	if (part('META-INF/manifest.xml')) no('OpenDocument');
	const ct = decode(part('[Content_Types].xml'), 'content types');
	const types = /<(\w+:)?Types\b[^>]*>/.exec(ct);
	if (!types || attrs(types[0])[types[1] ? `xmlns:${types[1].slice(0, -1)}` : 'xmlns'] !== NS_CT) no('content types namespace');
	const overrides = [...ct.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].map((m) => attrs(m[0]));
	// A part the content types list but the ZIP lacks (SheetJS refuses such a file): not ours to judge.
	for (const o of overrides) if (o.PartName && wantedPart(o.PartName.replace(/^\//, '')) && !part(o.PartName)) no('a listed part is missing');
	const of = (type: string) => overrides.filter((o) => o.ContentType === type).map((o) => o.PartName);
	const workbooks = overrides.filter((o) => WORKBOOK_TYPES.has(o.ContentType)).map((o) => o.PartName);
	if (overrides.some((o) => /\.bin$/i.test(o.PartName ?? '') && /ms-excel\.sheet\.binary/.test(o.ContentType ?? ''))) no('xlsb');
	const wbPath = workbooks[0] ?? (part('xl/workbook.xml') ? '/xl/workbook.xml' : no('no workbook'));
	if (wbPath.replace(/^\//, '').toLowerCase() !== 'xl/workbook.xml') no('workbook elsewhere');
	const sstPath = of(SST_TYPE)[0];
	const stylesPath = of(STYLES_TYPE)[0];
	const corePath = of(CORE_TYPE)[0];

	const wbXml = decode(part(wbPath), 'workbook');
	const relsXml = decode(part('xl/_rels/workbook.xml.rels'), 'workbook relationships');
	const rels = new Map<string, Record<string, string>>();
	for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
		const a = attrs(m[0]);
		rels.set(a.Id, a);
	}
	const prMatch = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(wbXml);
	const pr = prMatch ? attrs(prMatch[0]) : {};
	const date1904 = pr.date1904 === '1' || pr.date1904 === 'true';
	const sheetsEl = element(wbXml, 'sheets');
	if (!sheetsEl) no('no sheets');
	const ctx: SheetContext = {
		strings: sstPath ? sharedStrings(decode(part(sstPath), 'shared strings')) : null,
		formats: numberFormats(stylesPath ? decode(part(stylesPath), 'styles') : null),
		sheetRows
	};
	const targets = new Map<string, string>();
	const wb: LazyWorkbook = {
		SheetNames: [],
		Sheets: {},
		Workbook: { WBProps: { date1904 } },
		Props: {},
		load(name, onRows) {
			const target = targets.get(name);
			if (target === undefined) return no('no such sheet');
			return (wb.Sheets[name] ??= parseWorksheet(decode(part(target), `sheet ${name}`), ctx, onRows));
		}
	};
	for (const m of sheetsEl![1].matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
		const a = attrs(m[0]);
		if (a.name === undefined) no('sheet without a name');
		const name = unescapeXml(a.name, false);
		if (targets.has(name)) no('two sheets of one name');
		const rel = rels.get(a.id);
		if (!rel || rel.Type !== WORKSHEET_REL || rel.TargetMode === 'External') no('not a worksheet');
		const target = rel!.Target.startsWith('/') ? rel!.Target.slice(1) : 'xl/' + rel!.Target.replace(/^\.\//, '');
		if (target.includes('..')) no('relative path');
		wb.SheetNames.push(name);
		targets.set(name, target);
	}
	if (corePath) {
		const core = part(corePath);
		if (core) {
			const xml = decode(core, 'properties');
			const author = /<cp:lastModifiedBy[\s>/]/.exec(xml);
			if (author) {
				const sf = xml.indexOf('>', author.index);
				const ei = xml.indexOf('</cp:lastModifiedBy>', sf);
				if (sf !== -1 && ei !== -1) wb.Props.LastAuthor = unescapeXml(xml.slice(sf + 1, ei), false);
			}
		}
	}
	return wb;
}
