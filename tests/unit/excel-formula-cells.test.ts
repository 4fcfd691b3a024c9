// Issue 12, item 6: cells from files. A formula counts by its stored result; a formula with no
// stored result (a file written by a script) is read as empty with a located warning. Text
// starting with = + - @ is exported to .xlsx as text with Excel's quote-prefix style (no visible
// apostrophe, never a formula); CSV keeps its apostrophe; a round trip changes nothing.
import { describe, it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import { buildPreview } from '../../src/lib/excel/preview';
import { parseWorkbookBytes } from '../../src/lib/excel/read';
import { viewToCsv } from '../../src/lib/excel/export';
import { viewToXlsx } from '../../src/lib/excel/export-core';
import { escapeText, needsQuotePrefix, unescapeText, xlsxText } from '../../src/lib/excel/cells';
import { lookupOf } from '../../src/lib/schema';
import { cloneSeed, exportBytes, parseBytes, seededDb } from './excel-helpers';

const dec = new TextDecoder();
function part(bytes: Uint8Array, path: string): string {
	const zip = XLSX.CFB.read(bytes, { type: 'array' });
	const e = XLSX.CFB.find(zip, path);
	if (!e) throw new Error('no part ' + path);
	return dec.decode(e.content as Uint8Array);
}

/** The quotePrefix flag of every cell format (cellXfs) of styles.xml, by index. */
function quotePrefixXfs(bytes: Uint8Array): boolean[] {
	const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(part(bytes, '/xl/styles.xml'))![1];
	return (xfs.match(/<xf\b[^>]*>/g) ?? []).map((x) => /\bquotePrefix="1"/.test(x));
}

/** The raw <c> element of a cell of a sheet part. */
function cellXml(bytes: Uint8Array, sheetPath: string, ref: string): string {
	const xml = part(bytes, sheetPath);
	const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
	if (!m) throw new Error('no cell ' + ref);
	return m[0];
}

const TRICKY = ['=HYPERLINK("http://x","bấm")', '=1+1', '+84 905 123 456', '-5 xã', '@SUM(A1)', "'=1+1", "''+y", "'bình thường"];

describe('formula cells read from a file', () => {
	async function scriptWorkbook(): Promise<{ bytes: Uint8Array; row: number; letter: string; row2: number }> {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(Buffer.from(exportBytes()) as never);
		const ws = wb.getWorksheet('Chỉ tiêu xã')!;
		const head = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
		const col = head.indexOf('Ghi chú');
		expect(col).toBeGreaterThan(0);
		// A script wrote a formula and no result (as ExcelJS and openpyxl do unless told the result).
		ws.getCell(2, col).value = { formula: 'HYPERLINK("http://x","bấm")' } as ExcelJS.CellFormulaValue;
		// A formula with its stored result: the result counts.
		ws.getCell(3, col).value = { formula: '"Đã "&"kiểm tra"', result: 'Đã kiểm tra' } as ExcelJS.CellFormulaValue;
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		return { bytes, row: 2, letter: XLSX.utils.encode_col(col - 1), row2: 3 };
	}

	it('a formula with no stored result gives a warning naming sheet, row and column; one with a result uses it', async () => {
		const { bytes, row, letter, row2 } = await scriptWorkbook();
		const parsed = parseBytes(bytes, 'script.xlsx');
		const warning = parsed.issues.find((i) => i.key === 'excel.warn.formulaNoValue');
		expect(warning).toMatchObject({ level: 'warning', sheet: 'Chỉ tiêu xã', row, letter, column: 'Ghi chú' });
		expect(warning!.message).toMatch(new RegExp(`^Trang "Chỉ tiêu xã", dòng ${row}, cột ${letter} \\("Ghi chú"\\): ô có công thức`));
		const preview = await buildPreview(await seededDb(), parsed);
		expect(preview.issues.map((i) => i.message)).toContain(warning!.message);
		expect(preview.warningCount).toBeGreaterThanOrEqual(1);
		expect(preview.errorCount).toBe(0);
		// The stored result of the other formula is the new value of its cell.
		const changed = preview.rows.find((r) => r.row === row2);
		expect(changed?.status).toBe('changed');
		expect(changed?.changes).toEqual([expect.objectContaining({ key: 'notes', new: 'Đã kiểm tra' })]);
		// The formula text itself is never taken as a value.
		expect(JSON.stringify(preview.rows)).not.toContain('HYPERLINK');
	}, 60_000);

	it('many formula cells without results: 20 located warnings and one count of the rest', () => {
		const rows: unknown[][] = [['Tên xã', 'Ghi chú']];
		const ws = XLSX.utils.aoa_to_sheet(rows);
		for (let r = 1; r <= 30; r++) {
			ws[XLSX.utils.encode_cell({ r, c: 0 })] = { t: 's', v: 'Đại Thạnh' };
			ws[XLSX.utils.encode_cell({ r, c: 1 })] = { t: 'z', f: 'NOW()' } as XLSX.CellObject;
		}
		ws['!ref'] = 'A1:B31';
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, ws, 'Xã');
		const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
		expect(part(bytes, '/xl/worksheets/sheet1.xml')).toContain('<f>NOW()</f>');
		const p = parseBytes(bytes, 'many.xlsx');
		expect(p.issues.filter((i) => i.key === 'excel.warn.formulaNoValue')).toHaveLength(20);
		const more = p.issues.find((i) => i.key === 'excel.warn.formulaNoValueMore');
		expect(more?.message).toBe('Trang "Xã": còn 10 ô công thức khác không có kết quả lưu sẵn, cũng được đọc là trống.');
	});
});

describe('text that looks like a formula, exported to .xlsx', () => {
	const data = cloneSeed();
	TRICKY.forEach((t, i) => (data.targets[i].notes = t));
	data.targets[TRICKY.length].notes = 'Ghi chú thường';
	const bytes = exportBytes(data);
	const wb = XLSX.read(bytes, { type: 'array' });
	const ws = wb.Sheets['Chỉ tiêu xã'];
	const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
	const head = aoa[0] as string[];
	const notes = XLSX.utils.encode_col(head.indexOf('Ghi chú'));
	const refOf = (id: string) => `${notes}${1 + aoa.findIndex((r) => r[head.indexOf('Mã')] === id)}`;

	it('is a text cell with the quote-prefix style, no visible apostrophe and no formula', () => {
		const prefixed = quotePrefixXfs(bytes);
		for (let i = 0; i < TRICKY.length; i++) {
			const ref = refOf(data.targets[i].id);
			const c = cellXml(bytes, '/xl/worksheets/sheet1.xml', ref);
			expect(c).not.toMatch(/<f[ >]/);
			expect(ws[ref].t).toBe('s');
			const s = Number(/\bs="(\d+)"/.exec(c)?.[1] ?? 0);
			if (TRICKY[i].startsWith("'")) {
				// Apostrophes before = + - @ get one more (the old escape, read back exactly); others stay.
				expect(ws[ref].v).toBe(/^'+[=+\-@]/.test(TRICKY[i]) ? "'" + TRICKY[i] : TRICKY[i]);
				expect(prefixed[s]).toBe(false);
			} else {
				expect(ws[ref].v).toBe(TRICKY[i]);
				expect(prefixed[s]).toBe(true);
			}
		}
		// An ordinary note keeps a style without the quote prefix.
		const plain = cellXml(bytes, '/xl/worksheets/sheet1.xml', refOf(data.targets[TRICKY.length].id));
		expect(prefixed[Number(/\bs="(\d+)"/.exec(plain)?.[1] ?? 0)]).toBe(false);
		expect(part(bytes, '/xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
	});

	it('ExcelJS reads it as plain text, not as a formula', async () => {
		const x = new ExcelJS.Workbook();
		await x.xlsx.load(Buffer.from(bytes) as never);
		const sheet = x.getWorksheet('Chỉ tiêu xã')!;
		for (let i = 0; i < 5; i++) {
			const cell = sheet.getCell(refOf(data.targets[i].id));
			expect(cell.type).toBe(ExcelJS.ValueType.String);
			expect(cell.value).toBe(TRICKY[i]);
		}
	});

	it('a round trip changes nothing', async () => {
		const preview = await buildPreview(await seededDb(data), parseBytes(bytes));
		expect(preview.errorCount).toBe(0);
		expect(preview.rows).toEqual([]);
	}, 30_000);

	it('a workbook of an older version (visible apostrophe) still reads the original text', async () => {
		const old = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(old, XLSX.utils.aoa_to_sheet([['Tên', 'Ghi chú'], ['a', "'=1+1"], ['b', "''=x"], ['c', "'-5 xã"]]), 'S');
		const p = parseBytes(new Uint8Array(XLSX.write(old, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
		expect(p.sheets[0].rows.map((r) => r.cells[1])).toEqual(['=1+1', "'=x", '-5 xã']);
	});

	it('one view exported to .xlsx gets the quote prefix too, and CSV keeps its apostrophe', () => {
		const rows = data.targets.slice(0, TRICKY.length);
		const lookup = lookupOf(data);
		const view = viewToXlsx('targets', rows, ['notes'], 'vi', lookup);
		const prefixed = quotePrefixXfs(view);
		for (let i = 0; i < TRICKY.length; i++) {
			const c = cellXml(view, '/xl/worksheets/sheet1.xml', `A${i + 2}`);
			expect(prefixed[Number(/\bs="(\d+)"/.exec(c)?.[1] ?? 0)]).toBe(!TRICKY[i].startsWith("'"));
		}
		const csv = viewToCsv('targets', rows, ['notes'], 'vi', lookup);
		expect(csv).toContain('"\'=HYPERLINK(""http://x"",""bấm"")"');
		expect(csv).toContain("'-5 xã");
		const back = parseWorkbookBytes(new TextEncoder().encode(csv), 'view.csv');
		if ('error' in back) throw new Error(back.error.message);
		expect(back.sheets[0].rows.map((r) => r.cells[0])).toEqual(TRICKY);
	});

	it('the escapes are each other\'s inverse', () => {
		for (const s of [...TRICKY, '\tx', '\rx', 'bình thường', '']) {
			expect(unescapeText(escapeText(s))).toBe(s);
			expect(unescapeText(xlsxText(s))).toBe(s);
			// What needs the quote prefix is exactly what CSV escapes with an apostrophe.
			expect(needsQuotePrefix(xlsxText(s))).toBe(escapeText(s) !== s && !s.startsWith("'"));
		}
	});
});
