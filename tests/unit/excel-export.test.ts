import { describe, it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import { Lookup } from '../../src/lib/domain/lookup';
import { SCHEMA_VERSION, sheetOrder, schemas } from '../../src/lib/schema';
import { tvi } from '../../src/lib/i18n/translate';
import { baseFileName, exportDataset, exportView, viewToCsv } from '../../src/lib/excel/export';
import { addValidations, freezeHeaderRow, styleHeaderRow, addBoldStyle } from '../../src/lib/excel/ooxml-patch';
import { escapeText, unescapeText } from '../../src/lib/excel/cells';
import { VALIDATION_SPARE_ROWS } from '../../src/lib/excel/workbook-write';
import { cloneSeed, exportBytes, parseBytes, seededDb } from './excel-helpers';

const dec = new TextDecoder();
function part(bytes: Uint8Array, path: string): string {
	const zip = XLSX.CFB.read(bytes, { type: 'array' });
	const e = XLSX.CFB.find(zip, path);
	if (!e) throw new Error('no part ' + path);
	return dec.decode(e.content as Uint8Array);
}

describe('dataset export', () => {
	const data = cloneSeed();
	data.targets[0].decisionDate = '2024-03-15';
	data.targets[0].criteriaMet = 17;
	data.targets[0].notes = '=HYPERLINK("http://x","bấm")';
	data.targets[1].notes = '-5 xã';
	data.goals[0].baseline = -3;
	const bytes = exportBytes(data);
	const wb = XLSX.read(bytes, { type: 'array', cellNF: true });

	it('has one Vietnamese sheet per table, the information sheet and two hidden sheets', () => {
		const tables = sheetOrder().map((t) => tvi(schemas[t].title));
		expect(tables.slice(0, 6)).toEqual(['Chỉ tiêu xã', 'Xã', 'Chỉ tiêu huyện', 'Mục tiêu tỉnh', 'Chỉ tiêu khác', 'Huyện']);
		expect(wb.SheetNames).toEqual([...tables, 'Thông tin', '_ds', '_goc']);
		expect(tables.every((n) => n.length <= 31)).toBe(true);
		const hidden = wb.Workbook!.Sheets!.map((s) => s.Hidden ?? 0);
		expect(hidden).toEqual([...tables.map(() => 0), 0, 1, 1]);
		const info = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Thông tin'], { header: 1 });
		expect(info).toContainEqual(['Mã bộ dữ liệu', 'test-dataset']);
		expect(info).toContainEqual(['Phiên bản cấu trúc', SCHEMA_VERSION]);
		expect(info).toContainEqual(['Phiên bản ứng dụng', '0.1.0']);
		expect(info.map((r) => r[0])).toContain('Thời điểm xuất');
		expect(info.map((r) => r[0])).toContain('Bộ lọc đã dùng');
	});

	it('writes STT first, the header labels, the technical columns at the right and real typed cells', () => {
		const ws = wb.Sheets['Chỉ tiêu xã'];
		const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
		const head = aoa[0] as string[];
		expect(head.slice(0, 6)).toEqual(['STT', 'Huyện', 'Xã', 'Cấp độ', 'Năm', 'Nhiệm vụ']);
		expect(head.slice(-4)).toEqual(['Mã', 'Tên trong kế hoạch', 'Sửa lần cuối', 'Phiên bản']);
		expect(aoa.slice(1).map((r) => r[0])).toEqual(data.targets.map((_, i) => i + 1));
		const col = (label: string) => XLSX.utils.encode_col(head.indexOf(label));
		const row = 1 + aoa.findIndex((r) => r[head.indexOf('Mã')] === data.targets[0].id);
		const cell = (label: string) => ws[`${col(label)}${row}`] as XLSX.CellObject;
		expect(cell('Mã')).toMatchObject({ t: 's', v: data.targets[0].id });
		expect(cell('Năm')).toMatchObject({ t: 'n', v: 2024 });
		expect(cell('Cấp độ')).toMatchObject({ t: 's', v: 'NTM' });
		expect(cell('Ngày quyết định')).toMatchObject({ t: 'n', v: 45366, z: 'dd/mm/yyyy', w: '15/03/2024' });
		expect(cell('Số tiêu chí đạt')).toMatchObject({ t: 'n', v: 17 });
		expect(cell('Thời hạn')).toMatchObject({ t: 's', v: 'Quý 1/2024' });
		// "Sửa lần cuối": a date-time cell in local time, as the grid shows it.
		const d = new Date(data.targets[0].updatedAt);
		const p2 = (n: number) => String(n).padStart(2, '0');
		expect(cell('Sửa lần cuối')).toMatchObject({
			t: 'n',
			z: 'dd/mm/yyyy hh:mm',
			w: `${p2(d.getDate())}/${p2(d.getMonth() + 1)}/${d.getFullYear()} ${p2(d.getHours())}:${p2(d.getMinutes())}`
		});
		expect(part(bytes, '/xl/worksheets/sheet1.xml').match(/<col min=/g)).toHaveLength(head.length);
		expect(ws['!autofilter']).toEqual({ ref: `A1:${XLSX.utils.encode_col(head.length - 1)}${data.targets.length + 1}` });
		// The goals' key is technical too.
		const gHead = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Mục tiêu tỉnh'], { header: 1 })[0];
		expect(gHead[0]).toBe('STT');
		expect(gHead.slice(-4)).toEqual(['Mã', 'Khóa', 'Sửa lần cuối', 'Phiên bản']);
	});

	it('escapes formula-like text and keeps numbers numeric; never writes a formula', () => {
		const ws = wb.Sheets['Chỉ tiêu xã'];
		const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
		const head = aoa[0] as string[];
		const notes = XLSX.utils.encode_col(head.indexOf('Ghi chú'));
		const rowOf = (id: string) => 1 + aoa.findIndex((r) => r[head.indexOf('Mã')] === id);
		// No visible apostrophe: the cells are text with Excel's quote-prefix style (excel-formula-cells.test.ts).
		expect(ws[`${notes}${rowOf(data.targets[0].id)}`]).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","bấm")' });
		expect(ws[`${notes}${rowOf(data.targets[1].id)}`]).toMatchObject({ t: 's', v: '-5 xã' });
		const goals = wb.Sheets['Mục tiêu tỉnh'];
		const gAoa = XLSX.utils.sheet_to_json<unknown[]>(goals, { header: 1 });
		const gHead = gAoa[0] as string[];
		const gRow = 1 + gAoa.findIndex((r) => r[gHead.indexOf('Mã')] === data.goals[0].id);
		const baseline = goals[`${XLSX.utils.encode_col(gHead.indexOf('Mức xuất phát'))}${gRow}`];
		expect(baseline).toMatchObject({ t: 'n', v: -3 });
		for (let i = 1; i <= 9; i++) expect(part(bytes, `/xl/worksheets/sheet${i}.xml`)).not.toMatch(/<f[ >]/);
	});

	it('freezes the header row, adds drop-down lists and a bold header, in CT_Worksheet order', () => {
		const xml = part(bytes, '/xl/worksheets/sheet1.xml');
		const at = (s: string) => xml.indexOf(s);
		expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
		expect(at('<sheetPr>')).toBe(xml.indexOf('>', at('<worksheet')) + 1);
		expect(at('<sheetPr>')).toBeLessThan(at('<dimension'));
		expect(at('<dimension')).toBeLessThan(at('<sheetViews>'));
		expect(at('<sheetViews>')).toBeLessThan(at('<cols>'));
		expect(at('<cols>')).toBeLessThan(at('<sheetData>'));
		expect(at('</sheetData>')).toBeLessThan(at('<autoFilter'));
		expect(at('<autoFilter')).toBeLessThan(at('<dataValidations'));
		const after = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<ignoredErrors', '</worksheet>'].map(at).filter((i) => i >= 0);
		expect(Math.min(...after)).toBeGreaterThan(at('</dataValidations>'));
		// Page setup after the validations, in CT_Worksheet order, before ignoredErrors.
		const print = ['</dataValidations>', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<ignoredErrors'].map(at);
		expect(print.every((i) => i > 0)).toBe(true);
		expect([...print].sort((a, b) => a - b)).toEqual(print);
		expect(xml.match(/<sheetViews>/g)).toHaveLength(1);
		// Level (D, after STT, district and commune), action, status: lists in the hidden sheet.
		const listRange = `D2:D${data.targets.length + 1 + VALIDATION_SPARE_ROWS}`;
		expect(xml).toMatch(new RegExp(`<dataValidation type="list"[^>]*sqref="${listRange}"><formula1>'_ds'!\\$[A-Z]+\\$2:\\$[A-Z]+\\$4</formula1>`));
		// Not whole columns: ExcelJS expands every cell of a list's range.
		expect(xml).not.toContain('1048576');
		const lists = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['_ds'], { header: 1 });
		expect(lists.map((r) => r[lists[0].indexOf('action')]).filter(Boolean)).toEqual([
			'action',
			'Phấn đấu đạt chuẩn',
			'Hoàn thiện hồ sơ, trình công nhận',
			'Duy trì, rà soát'
		]);
		const styles = part(bytes, '/xl/styles.xml');
		const s = /<c r="A1"[^>]* s="(\d+)"/.exec(xml)![1];
		const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles)!;
		const xf = xfs[2].match(/<xf [^>]*\/>|<xf [^>]*>[\s\S]*?<\/xf>/g)![Number(s)];
		const fontId = Number(/fontId="(\d+)"/.exec(xf)![1]);
		const fonts = /<fonts count="\d+">([\s\S]*?)<\/fonts>/.exec(styles)![1].match(/<font>[\s\S]*?<\/font>/g)!;
		expect(fonts[fontId]).toContain('<b/>');
		expect(xf).toContain('wrapText="1"');
		expect(Number(xfs[1])).toBe(xfs[2].match(/<xf /g)!.length);
		// Data rows keep their own (date) style.
		expect(xml).toMatch(/<c r="A2"(?![^>]*s="\d+")/);
	});

	it('the file name carries the date', async () => {
		expect(baseFileName(new Date(2025, 5, 30)) + '.xlsx').toBe('ntm-quang-nam_2025-06-30.xlsx');
		const db = await seededDb();
		const out = await exportDataset(db, { now: new Date(2025, 5, 30), filters: { targets: { year: ['2025'], level: [], district: [], status: [], action: [], commune: [], q: '' } } });
		expect(out.fileName).toBe('ntm-quang-nam_2025-06-30.xlsx');
		const p = parseBytes(out.bytes);
		const targets = p.sheets.find((s) => s.table === 'targets')!;
		expect(targets.rows.length).toBe(cloneSeed().targets.filter((t) => t.year === 2025).length);
		expect(p.info?.filters).toContain('year=2025');
	});
});

describe('view export', () => {
	const data = cloneSeed();
	const lookup = new Lookup(data.districts, data.communes);
	const rows = data.targets.slice(0, 3);
	rows[0] = { ...rows[0], notes: '@SUM(A1)', criteriaMet: 12, responsible: 'Hội CCB, "huyện"' };

	it('CSV: UTF-8 with BOM, columns in the given order, escaping and quoting', async () => {
		const out = await exportView({ table: 'targets', rows, columnKeys: ['communeId', 'year', 'criteriaMet', 'responsible', 'notes'], format: 'csv', lookup });
		expect(out.fileName).toMatch(/^ntm-quang-nam_chi-tieu-xa_\d{4}-\d{2}-\d{2}\.csv$/);
		const bytes = new Uint8Array(await out.blob.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = dec.decode(bytes.slice(3));
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('Xã,Năm,Số tiêu chí đạt,Đơn vị phụ trách,Ghi chú');
		expect(lines[1]).toBe(`${lookup.communeName(rows[0].communeId)},2024,12,"Hội CCB, ""huyện""",'@SUM(A1)`);
		expect(viewToCsv('targets', rows, ['year'], 'en', lookup).split('\r\n')[0]).toBe('Year');
	});

	it('xlsx: only the chosen columns, typed, frozen header, page setup', async () => {
		const out = await exportView({ table: 'targets', rows, columnKeys: ['year', 'communeId', 'level'], format: 'xlsx', lookup });
		const bytes = new Uint8Array(await out.blob.arrayBuffer());
		const wb = XLSX.read(bytes, { type: 'array' });
		expect(wb.SheetNames[0]).toBe('Chỉ tiêu xã');
		const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Chỉ tiêu xã'], { header: 1 });
		expect(aoa[0]).toEqual(['Năm', 'Xã', 'Cấp độ']);
		expect(aoa[1][0]).toBe(2024);
		const xml = part(bytes, '/xl/worksheets/sheet1.xml');
		expect(xml).toContain('state="frozen"');
		expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
		expect(part(bytes, '/xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Chỉ tiêu xã'!$1:$1</definedName>`);
	});
});

describe('OOXML patch helpers', () => {
	it('puts sheetViews after sheetPr/dimension and before sheetFormatPr', () => {
		const xml = '<worksheet><sheetPr/><dimension ref="A1"/><sheetFormatPr defaultRowHeight="15"/><sheetData/></worksheet>';
		const out = freezeHeaderRow(xml);
		expect(out.indexOf('<sheetViews>')).toBeGreaterThan(out.indexOf('<dimension'));
		expect(out.indexOf('<sheetViews>')).toBeLessThan(out.indexOf('<sheetFormatPr'));
	});
	it('replaces an existing sheetViews, keeps one', () => {
		const out = freezeHeaderRow('<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData/></worksheet>');
		expect(out.match(/<sheetViews>/g)).toHaveLength(1);
		expect(out).toContain('state="frozen"');
	});
	it('puts dataValidations after mergeCells/conditionalFormatting and before hyperlinks/pageMargins', () => {
		const xml = '<worksheet><sheetData/><autoFilter ref="A1:B2"/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><hyperlinks/><pageMargins left="0.7"/></worksheet>';
		const out = addValidations(xml, [{ sqref: 'B2:B9', formula: '"Có,Không"' }], { errorTitle: 'Sai', error: 'Chọn <1>' });
		expect(out.indexOf('<dataValidations')).toBeGreaterThan(out.indexOf('</mergeCells>'));
		expect(out.indexOf('</dataValidations>')).toBeLessThan(out.indexOf('<hyperlinks'));
		expect(out).toContain('<formula1>"Có,Không"</formula1>');
		expect(out).toContain('error="Chọn &lt;1&gt;"');
	});
	it('styles the header cells only, and appends a bold font', () => {
		const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"/></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData>';
		const out = styleHeaderRow(xml, 7);
		expect(out).toContain('<c r="A1" t="s" s="7">');
		expect(out).toContain('<c r="B1" s="7"/>');
		expect(out).toContain('<c r="A2">');
		const st = addBoldStyle('<fonts count="1"><font><sz val="12"/></font></fonts><cellXfs count="2"><xf/><xf/></cellXfs>');
		expect(st.index).toBe(2);
		expect(st.xml).toContain('<fonts count="2"><font><sz val="12"/></font><font><b/><sz val="12"/></font></fonts>');
		expect(st.xml).toContain('<xf numFmtId="0" fontId="1"');
	});
	it('formula escaping round-trips', () => {
		for (const s of ['=1+1', '+84', '-', '@x', '\tx', '\rx', "'=x", "''+y", 'bình thường', "'quoted"]) {
			expect(unescapeText(escapeText(s))).toBe(s);
			expect(/^[=+\-@\t\r\0]/.test(escapeText(s))).toBe(false);
		}
		expect(escapeText("'quoted")).toBe("'quoted");
	});
});
