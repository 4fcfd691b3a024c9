// The fast writer (src/lib/excel/xlsx-writer.ts) against the old path (SheetJS's XLSX.write, then
// patchXlsx): every part of the file is the same text, for the whole dataset and for views; the
// file reads back to the same import; what the writer does not cover is written the old way.
import { describe, it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { buildDatasetWorkbook, buildViewWorkbook } from '../../src/lib/excel/workbook-write';
import { writeWithSheetJS, viewToXlsx } from '../../src/lib/excel/export-core';
import { writeXlsx, writeXlsxAsync, WriterUnsupported } from '../../src/lib/excel/xlsx-writer';
import { zipNative, nativeDeflate } from '../../src/lib/excel/zip-native';
import ExcelJS from 'exceljs';
import { parseWorkbookBytes } from '../../src/lib/excel/read';
import { lookupOf, schemas, withOverlays, lookupTables, type TableName } from '../../src/lib/schema';
import { Lookup } from '../../src/lib/domain/lookup';
import { tvi } from '../../src/lib/i18n/translate';
import { cloneSeed, INFO } from './excel-helpers';

const TEXTS = { errorTitle: tvi('excel.validation.title'), error: tvi('excel.validation.message') };

/** The parts of an .xlsx as texts (the ZIP's own order and metadata are not compared). */
function parts(bytes: Uint8Array): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [p, b] of Object.entries(unzipSync(bytes))) if (!p.endsWith('/')) out[p] = strFromU8(b);
	return out;
}

function expectSameParts(fast: Uint8Array, old: Uint8Array) {
	const a = parts(fast);
	const b = parts(old);
	expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
	for (const p of Object.keys(b)) {
		// docProps/core.xml holds the writing time, to the second: the same in both here.
		if (a[p] !== b[p]) {
			let i = 0;
			while (a[p][i] === b[p][i]) i++;
			// Say where, briefly (a part can be megabytes).
			expect(`${p} @${i}: ${a[p].slice(Math.max(0, i - 120), i + 120)}`).toBe(`${p} @${i}: ${b[p].slice(Math.max(0, i - 120), i + 120)}`);
		}
	}
}

describe('fast .xlsx writer = SheetJS write + OOXML patch', () => {
	it('writes every part of the whole-dataset export as the old path does (styles, frozen header, lists, page setup, hidden sheets)', () => {
		const data = withOverlays(cloneSeed());
		// A text with a line break, leading spaces, a control character, quotes and a formula-like start.
		(data.targets[0] as { notes: string }).notes = '  dòng 1\ndòng 2 "x" & <y>\u0007';
		(data.targets[1] as { notes: string }).notes = '=1+1';
		(data.targets[2] as { notes: string }).notes = 'x'.repeat(300);
		const a = buildDatasetWorkbook(data, INFO);
		const b = buildDatasetWorkbook(data, INFO);
		const fast = writeXlsx(a.wb, a.patches, TEXTS);
		const old = writeWithSheetJS(b.wb, b.patches, TEXTS);
		expectSameParts(fast, old);
		// What the old file holds, the new one holds too: the checks below are on the new one.
		const p = parts(fast);
		const targets = Object.entries(p).find(([k, v]) => k.startsWith('xl/worksheets/') && v.includes('state="frozen"'));
		expect(targets).toBeDefined();
		expect(p['xl/workbook.xml']).toContain('state="hidden"');
		expect(p['xl/workbook.xml']).toContain('_xlnm.Print_Titles');
		expect(Object.values(p).some((x) => x.includes('<dataValidations'))).toBe(true);
		expect(p['xl/styles.xml']).toContain('<b/>');
		expect(p['xl/styles.xml']).toContain('quotePrefix="1"');
		// And it imports as the old one does.
		expect(JSON.stringify(parseWorkbookBytes(fast, 'a.xlsx'))).toBe(JSON.stringify(parseWorkbookBytes(old, 'a.xlsx')));
	});

	it('writes views (Vietnamese and English, all columns or a few) as the old path does', () => {
		const data = withOverlays(cloneSeed());
		const lookup = lookupOf(Object.fromEntries(lookupTables().map((t) => [t, (data as Record<string, unknown[]>)[t]])) as never);
		for (const table of ['targets', 'communes', 'districts'] as TableName[]) {
			const all = schemas[table].columns.map((c) => c.key);
			for (const [lang, keys] of [
				['vi', all],
				['en', all.slice(0, 3)]
			] as const) {
				const rows = (data as Record<string, unknown[]>)[table] as never[];
				const a = buildViewWorkbook(table, rows, keys, lang, lookup);
				const b = buildViewWorkbook(table, rows, keys, lang, lookup);
				expectSameParts(writeXlsx(a.wb, a.patches, TEXTS), writeWithSheetJS(b.wb, b.patches, TEXTS));
			}
		}
		// viewToXlsx goes through the fast writer.
		const bytes = viewToXlsx('targets', data.targets, ['communeId', 'level', 'year'], 'vi', new Lookup(data.districts, data.communes));
		expect(Object.keys(parts(bytes))).toContain('xl/worksheets/sheet1.xml');
	});

	it('writes a workbook of 20,000 rows as the old path does', () => {
		const data = withOverlays(cloneSeed());
		const base = data.targets;
		const many = Array.from({ length: 20_000 }, (_, i) => ({ ...base[i % base.length], id: `t-${i}`, notes: i % 7 ? '' : `ghi chú ${i}` }));
		const lookup = new Lookup(data.districts, data.communes);
		const keys = schemas.targets.columns.map((c) => c.key);
		const a = buildViewWorkbook('targets', many as never[], keys, 'vi', lookup);
		const b = buildViewWorkbook('targets', many as never[], keys, 'vi', lookup);
		expectSameParts(writeXlsx(a.wb, a.patches, TEXTS), writeWithSheetJS(b.wb, b.patches, TEXTS));
	});

	it('declines what it does not write (a formula, a date cell), and the old path writes it', () => {
		for (const cell of [{ t: 'n', v: 1, f: 'A1+1' }, { t: 'd', v: new Date(2024, 0, 1) }] as XLSX.CellObject[]) {
			const wb = XLSX.utils.book_new();
			const ws = XLSX.utils.aoa_to_sheet([['a', 'b']]);
			ws['C1'] = cell;
			ws['!ref'] = 'A1:C1';
			XLSX.utils.book_append_sheet(wb, ws, 'S');
			expect(() => writeXlsx(wb, [], TEXTS)).toThrow(WriterUnsupported);
			expect(writeWithSheetJS(wb, [], TEXTS).length).toBeGreaterThan(0);
		}
	});

	it('zips with the platform deflate (the export worker): the same parts, read by SheetJS, ExcelJS and the import', async () => {
		expect(nativeDeflate()).toBe(true);
		const data = withOverlays(cloneSeed());
		const a = buildDatasetWorkbook(data, INFO);
		const b = buildDatasetWorkbook(data, INFO);
		const native = await writeXlsxAsync(a.wb, a.patches, TEXTS);
		const fflate = writeXlsx(b.wb, b.patches, TEXTS);
		expectSameParts(native, fflate);
		expect(native.length).toBeLessThan(fflate.length); // zlib's default level packs tighter than level 1
		const wb = XLSX.read(native, { type: 'array' });
		expect(wb.SheetNames).toEqual(b.wb.SheetNames);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(native as never);
		expect(book.worksheets.map((w) => w.name)).toEqual(b.wb.SheetNames);
		expect(JSON.stringify(parseWorkbookBytes(native, 'a.xlsx'))).toBe(JSON.stringify(parseWorkbookBytes(fflate, 'a.xlsx')));
		// An empty part and a name with diacritics survive too.
		const z = await zipNative({ 'a.txt': new Uint8Array(0), 'thư mục/b.xml': new TextEncoder().encode('<x>đ</x>'.repeat(1000)) });
		expect(Object.fromEntries(Object.entries(unzipSync(z)).map(([k, v]) => [k, strFromU8(v)]))).toEqual({ 'a.txt': '', 'thư mục/b.xml': '<x>đ</x>'.repeat(1000) });
	});
});
