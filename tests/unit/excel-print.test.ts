// The whole-dataset workbook prints readably: rows in each table's own order with an STT column,
// technical columns at the right (grey, marked not to edit, not printed), page setup on every
// table sheet (A4 landscape, one page wide, header row on every page, page numbers).
import { describe, it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import { SCHEMA_VERSION, lookupOf, schemas, sheetOrder, type TableName } from '../../src/lib/schema';
import { tvi } from '../../src/lib/i18n/translate';
import {
	addPageSetup,
	addPrintNames,
	columnIndex,
	sheetNames,
	splitSheet,
	styleColumns,
	StyleBook,
	TECHNICAL_FILL,
	TECHNICAL_TEXT
} from '../../src/lib/excel/ooxml-patch';
import { STT_HEADER, isTechnical, workbookColumns, wrapLines } from '../../src/lib/excel/workbook-write';
import { cloneSeed, exportBytes, parseBytes } from './excel-helpers';

const dec = new TextDecoder();
function part(bytes: Uint8Array, path: string): string {
	const zip = XLSX.CFB.read(bytes, { type: 'array' });
	const e = XLSX.CFB.find(zip, path);
	if (!e) throw new Error('no part ' + path);
	return dec.decode(e.content as Uint8Array);
}

describe('whole-dataset workbook, printable', () => {
	const data = cloneSeed();
	// Stored in id order, as the database gives them: the export must not keep that order.
	data.targets.sort((a, b) => a.id.localeCompare(b.id));
	const bytes = exportBytes(data);
	const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
	const workbookXml = part(bytes, '/xl/workbook.xml');
	const order = sheetNames(workbookXml);
	const lookup = lookupOf(data);
	const tables = sheetOrder();

	it('rows of every table sheet are in the table order (targets: year, level, district, commune), numbered by STT', () => {
		for (const table of tables) {
			const name = tvi(schemas[table].title);
			const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1 });
			const head = aoa[0] as string[];
			expect(head[0], name).toBe(STT_HEADER);
			const ids = aoa.slice(1).map((r) => r[head.indexOf('Mã')]);
			const by = schemas[table].defaultSort as ((a: unknown, b: unknown, l: typeof lookup) => number) | undefined;
			const rows = [...(data[table] as { id: string }[])];
			const want = (by ? rows.sort((a, b) => by(a, b, lookup)) : rows).map((r) => r.id);
			expect(ids, name).toEqual(want);
			expect(aoa.slice(1).map((r) => r[0]), name).toEqual(want.map((_, i) => i + 1));
		}
		const targets = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Chỉ tiêu xã']);
		const key = (r: Record<string, unknown>) => [r['Năm'], ['NTM', 'NTM nâng cao', 'NTM kiểu mẫu'].indexOf(String(r['Cấp độ']))];
		for (let i = 1; i < targets.length; i++) {
			const [y0, l0] = key(targets[i - 1]);
			const [y1, l1] = key(targets[i]);
			expect(Number(y0) < Number(y1) || (y0 === y1 && Number(l0) <= Number(l1)), `row ${i + 2}`).toBe(true);
		}
		// The first row is the first commune (by district, then name) of the first year's NTM list.
		const first = targets[0];
		expect([first['Năm'], first['Cấp độ']]).toEqual([Math.min(...data.targets.map((t) => t.year)), 'NTM']);
	});

	it('technical columns are at the right end, grey, with a "do not edit" message, and named in the information sheet', () => {
		const styles = part(bytes, '/xl/styles.xml');
		const xfs = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf [^>]*\/>|<xf [^>]*>[\s\S]*?<\/xf>/g)!;
		const fonts = /<fonts count="\d+">([\s\S]*?)<\/fonts>/.exec(styles)![1].match(/<font>[\s\S]*?<\/font>/g)!;
		const fills = /<fills count="\d+">([\s\S]*?)<\/fills>/.exec(styles)![1].match(/<fill>[\s\S]*?<\/fill>/g)!;
		const styleOf = (xml: string, ref: string) => {
			const s = Number(new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(xml)?.[1] ?? 0);
			const xf = xfs[s];
			return { xf, font: fonts[Number(/fontId="(\d+)"/.exec(xf)![1])], fill: fills[Number(/fillId="(\d+)"/.exec(xf)![1])] };
		};
		tables.forEach((table, i) => {
			const name = tvi(schemas[table].title);
			const { columns, technical } = workbookColumns(table);
			expect(technical, name).toBeGreaterThanOrEqual(3);
			expect(columns.slice(0, -technical).some(isTechnical), name).toBe(false);
			expect(columns.slice(-technical).every(isTechnical), name).toBe(true);
			expect(columns[columns.length - technical].key, name).toBe('id');
			const xml = part(bytes, `/xl/worksheets/sheet${i + 1}.xml`);
			const first = XLSX.utils.encode_col(columns.length + 1 - technical);
			const last = XLSX.utils.encode_col(columns.length);
			// Header: grey fill, bold; a plain header: bold, no fill.
			const techHead = styleOf(xml, `${first}1`);
			expect(techHead.fill, name).toContain(TECHNICAL_FILL);
			expect(techHead.font, name).toContain('<b/>');
			const plainHead = styleOf(xml, 'B1');
			expect(plainHead.fill, name).not.toContain('solid');
			expect(plainHead.font, name).toContain('<b/>');
			expect(plainHead.font).not.toContain(TECHNICAL_TEXT);
			expect(xml, name).toContain(`prompt="${tvi('excel.technical.prompt')}" sqref="${first}1:${last}${data[table].length + 1}"`);
			if (data[table].length) {
				expect(styleOf(xml, `${first}2`).font, name).toContain(TECHNICAL_TEXT);
				expect(styleOf(xml, `${last}2`).font, name).toContain(TECHNICAL_TEXT);
				expect(styleOf(xml, 'B2').font ?? '', name).not.toContain(TECHNICAL_TEXT);
			}
		});
		// "Sửa lần cuối" keeps its date-time format in grey.
		const xml = part(bytes, '/xl/worksheets/sheet1.xml');
		const head = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Chỉ tiêu xã'], { header: 1 })[0];
		const updated = styleOf(xml, `${XLSX.utils.encode_col(head.indexOf('Sửa lần cuối'))}2`);
		const fmt = /numFmtId="(\d+)"/.exec(updated.xf)![1];
		expect(styles).toContain(`<numFmt numFmtId="${fmt}" formatCode="dd/mm/yyyy hh:mm"/>`);
		expect(updated.font).toContain(TECHNICAL_TEXT);
		const info = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Thông tin'], { header: 1 });
		expect(info.map((r) => r[1])).toContain(tvi('excel.info.technical'));
		expect(tvi('excel.info.technical')).toContain('Các cột xám ở bên phải');
	});

	it('every table sheet: A4 landscape, one page wide, header row on every page, page numbers, technical columns not printed', () => {
		for (const table of tables) {
			const name = tvi(schemas[table].title);
			const index = order.indexOf(name);
			const xml = part(bytes, `/xl/worksheets/sheet${index + 1}.xml`);
			expect(xml, name).toMatch(/^<\?xml[^>]*\?>\s*<worksheet\b[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
			expect(xml, name).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
			expect(xml, name).toContain('<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
			expect(xml, name).toContain('<printOptions gridLines="1"/>');
			expect(xml, name).toContain('<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>');
			expect(xml.match(/<pageSetup /g), name).toHaveLength(1);
			const quoted = `'${name}'`;
			expect(workbookXml, name).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${quoted}!$1:$1</definedName>`);
			const { columns, technical } = workbookColumns(table);
			const lastPrinted = XLSX.utils.encode_col(columns.length - technical);
			expect(workbookXml, name).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${quoted}!$A:$${lastPrinted}</definedName>`);
		}
		// definedNames stays one element, after <sheets>, with SheetJS's autofilter names kept.
		expect(workbookXml.match(/<definedNames>/g)).toHaveLength(1);
		expect(workbookXml.indexOf('</sheets>')).toBeLessThan(workbookXml.indexOf('<definedNames>'));
		expect(workbookXml).toContain('_xlnm._FilterDatabase');
		// The information sheet prints too (portrait), the hidden sheets do not get a page setup.
		const infoXml = part(bytes, `/xl/worksheets/sheet${order.indexOf('Thông tin') + 1}.xml`);
		expect(infoXml).toContain('orientation="portrait"');
		expect(part(bytes, `/xl/worksheets/sheet${order.indexOf('_goc') + 1}.xml`)).not.toContain('<pageSetup');
	});

	it('the header row wraps and gets the height of its longest label', () => {
		const xml = part(bytes, '/xl/worksheets/sheet1.xml');
		const row1 = /<row r="1"[^>]*>/.exec(xml)![0];
		expect(row1).toMatch(/ht="\d+(\.\d+)?"/);
		expect(row1).toContain('customHeight="1"');
		expect(wrapLines('Số tiêu chí đạt', 10)).toBe(2);
		expect(wrapLines('Số tiêu chí đạt', 20)).toBe(1);
		expect(wrapLines('Năm', 6)).toBe(1);
		expect(wrapLines('a\nb', 40)).toBe(2);
		expect(wrapLines('x'.repeat(50), 12)).toBe(5);
	});

	it('still imports as itself: 0 errors, the STT column ignored, every record found', () => {
		const p = parseBytes(bytes);
		const sheet = p.sheets.find((s) => s.table === 'targets')!;
		expect(sheet.rows.length).toBe(data.targets.length);
		expect(p.info?.schemaVersion).toBe(SCHEMA_VERSION);
	});
});

describe('OOXML page setup helpers', () => {
	const sheet = (before: string, after: string) =>
		`<?xml version="1.0"?><worksheet xmlns="x">${before}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${after}</worksheet>`;

	it('adds sheetPr as the first child, or pageSetUpPr as the last child of an existing sheetPr', () => {
		const a = addPageSetup(sheet('<dimension ref="A1"/>', ''), { titleRows: 1, footer: 'Trang &P/&N' });
		expect(a).toContain('<worksheet xmlns="x"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension');
		const b = addPageSetup(sheet('<sheetPr codeName="S1"/><dimension ref="A1"/>', ''), { titleRows: 1, footer: 'x' });
		expect(b).toContain('<sheetPr codeName="S1"><pageSetUpPr fitToPage="1"/></sheetPr><dimension');
		const c = addPageSetup(sheet('<sheetPr><tabColor rgb="FFFF0000"/><pageSetUpPr autoPageBreaks="0"/></sheetPr>', ''), { titleRows: 1, footer: 'x' });
		expect(c).toContain('<sheetPr><tabColor rgb="FFFF0000"/><pageSetUpPr fitToPage="1"/></sheetPr>');
		expect(c.match(/<pageSetUpPr/g)).toHaveLength(1);
	});

	it('puts printOptions, pageMargins, pageSetup, headerFooter after the validations and before ignoredErrors/drawing, replacing old ones', () => {
		const xml = sheet(
			'',
			'<autoFilter ref="A1:B2"/><dataValidations count="1"><dataValidation sqref="A2"/></dataValidations><hyperlinks/>' +
				'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait"/>' +
				'<headerFooter><oddFooter>old</oddFooter></headerFooter><ignoredErrors/><drawing r:id="rId1"/>'
		);
		const out = addPageSetup(xml, { titleRows: 1, footer: 'Trang &P/&N' });
		const at = (s: string) => out.indexOf(s);
		const seq = ['</dataValidations>', '<hyperlinks/>', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<ignoredErrors', '<drawing'].map(at);
		expect(seq.every((i) => i > 0)).toBe(true);
		expect([...seq].sort((a, b) => a - b)).toEqual(seq);
		expect(out.match(/<pageMargins/g)).toHaveLength(1);
		expect(out.match(/<pageSetup /g)).toHaveLength(1);
		expect(out).not.toContain('old');
		expect(out).toContain('<headerFooter><oddHeader>&amp;L&amp;A</oddHeader><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>');
		expect(out).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
		// Nothing after the cells: at the end.
		const bare = addPageSetup(sheet('', ''), { titleRows: 0, footer: 'x', portrait: true });
		expect(bare).toMatch(/<\/sheetData><pageMargins [^>]*\/><pageSetup paperSize="9" orientation="portrait"[^>]*\/><headerFooter>.*<\/headerFooter><\/worksheet>$/);
		expect(bare).not.toContain('printOptions');
	});

	it('never searches or edits inside the cells', () => {
		const cells = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;pageSetup/&gt;</t></is></c></row></sheetData>';
		const [head, data, tail] = splitSheet(`<worksheet>${cells}<ignoredErrors/></worksheet>`);
		expect([head, data, tail]).toEqual(['<worksheet>', cells, '<ignoredErrors/></worksheet>']);
		expect(splitSheet('<worksheet><sheetData/></worksheet>')).toEqual(['<worksheet>', '<sheetData/>', '</worksheet>']);
		expect(addPageSetup(`<worksheet>${cells}</worksheet>`, { titleRows: 1, footer: 'x' })).toContain(cells);
	});

	it('adds print titles and print areas as sheet-local defined names after <sheets>', () => {
		const wb = `<workbook><workbookPr/><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Chỉ tiêu &amp; O'Neil" sheetId="2" r:id="rId2"/></sheets><calcPr/></workbook>`;
		expect(sheetNames(wb)).toEqual(['A', "Chỉ tiêu & O'Neil"]);
		const out = addPrintNames(wb, [{ index: 1, name: "Chỉ tiêu & O'Neil", print: { titleRows: 1, columns: 14, footer: 'x' } }]);
		expect(out).toContain(
			`</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">'Chỉ tiêu &amp; O''Neil'!$A:$N</definedName>` +
				`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Chỉ tiêu &amp; O''Neil'!$1:$1</definedName></definedNames><calcPr/>`
		);
		// Existing names are kept; an old print title of the same sheet is replaced.
		const existing = wb.replace(
			'</sheets>',
			'</sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">A!$A$1:$B$2</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">A!$1:$2</definedName></definedNames>'
		);
		const out2 = addPrintNames(existing, [{ index: 0, name: 'A', print: { titleRows: 1, footer: 'x' } }]);
		expect(out2.match(/<definedNames>/g)).toHaveLength(1);
		expect(out2).toContain('_xlnm._FilterDatabase');
		expect(out2).not.toContain('A!$1:$2');
		expect(out2).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'A'!$1:$1</definedName></definedNames>`);
		expect(out2).not.toContain('Print_Area');
	});

	it('restyles only the chosen columns from the chosen row, deriving each style once and keeping number formats', () => {
		const styles =
			'<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="12"/><color theme="1"/><name val="Calibri"/></font></fonts>' +
			'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
			'<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
		const book = new StyleBook(styles);
		const xml =
			'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="AB1" t="s"><v>1</v></c></row>' +
			'<row r="2"><c r="A2"><v>1</v></c><c r="AA2" s="1"><v>45000</v></c><c r="AB2" t="str"><v>x</v></c><c r="B2"/></row></sheetData>';
		expect(columnIndex('AB')).toBe(27);
		const out = styleColumns(xml, 26, 27, 2, (s) => book.derive(s, { color: TECHNICAL_TEXT }));
		expect(out).toContain('<c r="A1" t="s">');
		expect(out).toContain('<c r="AB1" t="s">');
		expect(out).toContain('<c r="A2">');
		expect(out).toContain('<c r="B2"/>');
		expect(out).toContain('<c r="AA2" s="2">');
		expect(out).toContain('<c r="AB2" t="str" s="3">');
		expect(book.derive(1, { color: TECHNICAL_TEXT })).toBe(2);
		const head = book.derive(0, { bold: true, wrap: true, top: true, fill: TECHNICAL_FILL, color: TECHNICAL_TEXT });
		const result = book.xml();
		expect(result).toContain('<fonts count="3">');
		expect(result).toContain(`<font><sz val="12"/><name val="Calibri"/><color rgb="${TECHNICAL_TEXT}"/></font>`);
		expect(result).toContain(`<font><b/><sz val="12"/><name val="Calibri"/><color rgb="${TECHNICAL_TEXT}"/></font>`);
		expect(result).toContain(`<fills count="3">`);
		expect(result).toContain(`<fgColor rgb="${TECHNICAL_FILL}"/>`);
		expect(result).toContain('<cellXfs count="5">');
		expect(result).toContain('<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>');
		expect(result).toContain(
			`<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
		);
		expect(head).toBe(4);
	});
});

describe('workbook columns', () => {
	it('puts every technical column of every table at the right, the id first', () => {
		for (const t of Object.keys(schemas) as TableName[]) {
			const { columns, technical } = workbookColumns(t);
			expect(columns.length).toBe(schemas[t].columns.length);
			const tech = columns.slice(columns.length - technical).map((c) => c.key);
			expect(tech[0]).toBe('id');
			expect(tech).toContain('version');
			expect(tech).toContain('updatedAt');
			expect(columns.slice(0, columns.length - technical).some((c) => c.hidden)).toBe(false);
		}
		expect(workbookColumns('goals').columns.slice(-4).map((c) => c.key)).toEqual(['id', 'key', 'updatedAt', 'version']);
	});
});
