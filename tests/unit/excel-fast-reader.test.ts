// The fast .xlsx reader (src/lib/excel/xlsx-reader.ts) against SheetJS: for every workbook below the
// import reads the same sheets, rows, values (types included), header rows, mappings, `_goc` base and
// issues whichever reader parses it. The fast reader either reads a file the same way or declines
// (and SheetJS reads it): the fixtures, the app's own exports and the plain shapes the tests know
// must be read by the fast reader itself, not only fall back.
import { describe, it, expect } from 'vitest';
import { SCHEMA_VERSION } from '../../src/lib/schema/registry';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { parseWorkbookBytes } from '../../src/lib/excel/read';
import { readXlsx, Unsupported, BUILTIN_FORMATS, wantedPart, closingTag } from '../../src/lib/excel/xlsx-reader';
import { unzipNative, nativeInflate } from '../../src/lib/excel/unzip-native';
import { MAX_ROWS, HEADER_SCAN_ROWS } from '../../src/lib/excel/cells';
import { exportBytes, editWorkbook, sheetBytes } from './excel-helpers';
import { caseArb, caseFile } from './fuzz-cases';

const SHEET_ROWS = MAX_ROWS + HEADER_SCAN_ROWS + 1;

/** Both readers on one file: the results must be equal; returns whether the fast reader read it. */
/** Every workbook fixture kept (one per schema version). */
const FIXTURE_VERSIONS = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

function compare(bytes: Uint8Array, name = 'book.xlsx'): boolean {
	const slow = parseWorkbookBytes(bytes, name, undefined, { reader: 'sheetjs' });
	const auto = parseWorkbookBytes(bytes, name, undefined, { reader: 'auto' });
	expect(auto).toEqual(slow);
	// toEqual treats undefined properties as missing: compare the JSON too (Dates as ISO texts).
	expect(JSON.stringify(auto)).toBe(JSON.stringify(slow));
	try {
		readXlsx(bytes, SHEET_ROWS);
		return true;
	} catch (e) {
		if (!(e instanceof Unsupported)) throw e;
		return false;
	}
}

/** Rewrite the XML parts of an .xlsx (namespace prefixes, escapes…). */
function rewrite(bytes: Uint8Array, edit: (path: string, xml: string) => string): Uint8Array {
	const files = unzipSync(bytes);
	for (const [p, b] of Object.entries(files)) if (p.endsWith('.xml')) files[p] = strToU8(edit(p, strFromU8(b)));
	return zipSync(files);
}

describe('fast .xlsx reader = SheetJS', () => {
	it('reads the workbook fixtures of every schema version the same way, itself', () => {
		for (const v of FIXTURE_VERSIONS) {
			const bytes = new Uint8Array(readFileSync(`tests/fixtures/workbook-v${v}.xlsx`));
			expect(compare(bytes, `workbook-v${v}.xlsx`), `v${v} read by the fast reader`).toBe(true);
		}
	});

	it("reads the app's own export, and one edited as in Excel, the same way, itself", () => {
		const bytes = exportBytes();
		expect(compare(bytes)).toBe(true);
		const edited = editWorkbook(bytes, [
			['Chỉ tiêu xã', 'H3', 'ghi chú mới & <đặc biệt> "x"'],
			['Chỉ tiêu xã', 'E4', 2031],
			['Xã', 'C2', true]
		]);
		expect(compare(edited)).toBe(true);
	});

	it('reads hand-made shapes the same way: title rows, merged two-row headers, numbering row, dates, codes with zeros, booleans, errors', () => {
		const wb = XLSX.utils.book_new();
		const ws = XLSX.utils.aoa_to_sheet([
			['BIỂU TỔNG HỢP CHỈ TIÊU XÃ NĂM 2025'],
			['(Kèm theo Kế hoạch số 12/KH-UBND)'],
			['STT', 'Xã', 'Cấp độ', 'Năm', 'Thời hạn', null, 'Ghi chú'],
			[null, null, null, null, 'Từ', 'Đến', null],
			['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
			[1, 'Đại Thạnh', 'NTM', 2024, new Date(2024, 2, 15), new Date(2024, 11, 31), 'a\r\nb  '],
			[2, 'Tam Thanh', 'NTM nâng cao', 2025, 45500, 45600.5, '  có khoảng trắng '],
			[3, 'Duy Phú', true, false, null, '', "'=1+1"]
		]);
		ws['!merges'] = [
			{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } },
			{ s: { r: 2, c: 4 }, e: { r: 2, c: 5 } },
			{ s: { r: 2, c: 0 }, e: { r: 3, c: 0 } }
		];
		ws['E6'].z = 'dd/mm/yyyy';
		ws['F6'].z = 'dd/mm/yyyy';
		ws['E7'].z = 'd/m/yyyy h:mm';
		ws['H6'] = { t: 'n', v: 1234, z: '00000' }; // a code shown as 01234
		ws['H7'] = { t: 'e', v: 0x2a };
		ws['H8'] = { t: 'n', v: 0.125, z: '0.0%' };
		ws['!ref'] = 'A1:H8';
		XLSX.utils.book_append_sheet(wb, ws, 'Chỉ tiêu xã');
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Tên', 'Mã'], ['Đại Lộc', 503]]), 'Huyện');
		const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', cellDates: false }) as ArrayBuffer);
		expect(compare(bytes)).toBe(true);
		// The same in the 1904 date system.
		wb.Workbook = { WBProps: { date1904: true } };
		expect(compare(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer))).toBe(true);
		// Shared strings off: every text an inline string.
		expect(compare(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer))).toBe(true);
	});

	it('reads namespace prefixes, _xHHHH_ escapes, entities and cells without addresses the same way', () => {
		const base = sheetBytes({ 'Chỉ tiêu xã': [['Xã', 'Cấp độ', 'Năm', 'Ghi chú'], ['Đại Thạnh', 'NTM', 2024, 'x'], ['Tam Thanh', 'NTM', 2025, 'y']] });
		// Every element of the sheet and the shared strings with an "x:" prefix.
		const prefixed = rewrite(base, (p, xml) =>
			/worksheets\/|sharedStrings/.test(p)
				? xml.replace(/<(\/?)(?!\?)([A-Za-z]+)([\s>/])/g, '<$1x:$2$3').replace(/xmlns="([^"]+main)"/, 'xmlns:x="$1"')
				: xml
		);
		expect(prefixed).not.toEqual(base);
		expect(compare(prefixed)).toBe(true);
		// Escapes in shared strings: _x000D_ (CR), _x0009_ (tab), &#7841; (ạ), &amp;.
		const escaped = rewrite(base, (p, xml) => (p.includes('sharedStrings') ? xml.replace('<t>x</t>', '<t>a_x000D_b_x0009_c &#7841; &amp; &lt;d&gt;</t>') : xml));
		expect(compare(escaped)).toBe(true);
		// Cells without r="…" (some generators leave them out).
		const noRefs = rewrite(base, (p, xml) => (p.includes('worksheets/') ? xml.replace(/<c r="[A-Z]+\d+"/g, '<c') : xml));
		expect(compare(noRefs)).toBe(true);
		// Rich text and phonetic runs in shared strings.
		const rich = rewrite(base, (p, xml) =>
			p.includes('sharedStrings') ? xml.replace('<t>y</t>', '<r><rPr><b/></rPr><t>Tam </t></r><r><t xml:space="preserve">Thanh </t></r><rPh sb="0" eb="1"><t>ふ</t></rPh>') : xml
		);
		expect(compare(rich)).toBe(true);
	});

	it('reads a workbook written by ExcelJS (styles, number formats, rich text, formulas with results) the same way, itself', async () => {
		const wb = new ExcelJS.Workbook();
		wb.creator = 'Nguyễn Văn A';
		wb.lastModifiedBy = 'Trần Thị B';
		const ws = wb.addWorksheet('Chỉ tiêu xã');
		ws.addRow(['Xã', 'Cấp độ', 'Năm', 'Thời hạn', 'Ghi chú', 'Số tiêu chí đạt']);
		ws.getRow(1).font = { bold: true };
		ws.addRow(['Đại Thạnh', 'NTM', 2024, new Date(Date.UTC(2024, 2, 15)), { richText: [{ text: 'đậm ', font: { bold: true } }, { text: 'thường' }] }, { formula: '10+9', result: 19 }]);
		ws.addRow(['Tam Thanh', 'NTM nâng cao', 2025, new Date(Date.UTC(2025, 9, 1)), { formula: 'A3&"!"', result: 'Tam Thanh!' }, 17]);
		ws.getColumn(4).numFmt = 'dd/mm/yyyy';
		ws.getCell('G2').value = 7;
		ws.getCell('G2').numFmt = '000';
		ws.mergeCells('H1:I1');
		ws.views = [{ state: 'frozen', ySplit: 1 }];
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		expect(compare(bytes)).toBe(true);
	});

	it('reads formula cells without a stored result the same way (empty, with the warning), itself', () => {
		const ws = XLSX.utils.aoa_to_sheet([['Xã', 'Năm', 'Ghi chú'], ['Đại Thạnh', 2024, 'a'], ['Tam Thanh', 2025, 'b']]);
		ws['B2'] = { t: 'z', f: 'A1+1' } as XLSX.CellObject;
		ws['C3'] = { t: 'n', v: 3, f: 'B3-2022' } as XLSX.CellObject;
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, ws, 'Chỉ tiêu xã');
		const formula = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
		expect(compare(formula)).toBe(true);
		const r = parseWorkbookBytes(formula, 'f.xlsx');
		expect('error' in r ? [] : r.issues.map((i) => i.key)).toContain('excel.warn.formulaNoValue');
		// Shared formulas: the first cell carries the text, the others only its number.
		const shared = rewrite(formula, (p, xml) =>
			p.includes('worksheets/') ? xml.replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2"><f t="shared" ref="B2:B3" si="0">A1+1</f></c>').replace(/<c r="B3"([^>]*)>.*?<\/c>/, '<c r="B3"$1><f t="shared" si="0"/></c>') : xml
		);
		expect(strFromU8(unzipSync(shared)['xl/worksheets/sheet1.xml'])).toContain('si="0"/>');
		expect(compare(shared)).toBe(true);
	});

	it('declines what it does not cover, and SheetJS reads it: a date cell, rows over the limit, an undefined number format', () => {
		const dated = rewrite(sheetBytes({ S: [['Ngày'], [1]] }), (p, xml) => (p.includes('worksheets/') ? xml.replace(/<c r="A2"( s="\d+")?( t="n")?><v>1<\/v>/, '<c r="A2" t="d"><v>2024-03-15</v>') : xml));
		expect(strFromU8(unzipSync(dated)['xl/worksheets/sheet1.xml'])).toContain('t="d"');
		expect(compare(dated)).toBe(false);
		const tall = rewrite(sheetBytes({ S: [['Xã'], ['a']] }), (p, xml) => (p.includes('worksheets/') ? xml.replace(/r="2"/, `r="${SHEET_ROWS + 5}"`).replace(/A2/g, `A${SHEET_ROWS + 5}`).replace(/<dimension ref="[^"]+"/, `<dimension ref="A1:A${SHEET_ROWS + 5}"`) : xml));
		expect(compare(tall)).toBe(false);
		const undefinedFormat = rewrite(sheetBytes({ S: [['Năm'], [2024]] }), (p, xml) => (p.includes('styles') ? xml.replace(/<cellXfs count="(\d+)">/, '<cellXfs count="$1"><xf numFmtId="300" fontId="0" fillId="0" borderId="0" xfId="0"/>') : xml));
		expect(compare(undefinedFormat)).toBe(false);
	});

	it('reads every .xlsx of the fuzz corpus the same way as SheetJS (or declines it)', () => {
		const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
		const cases = fc.sample(caseArb, { seed: Number(process.env.FUZZ_SEED ?? 20261129), numRuns: RUNS });
		let xlsx = 0;
		let fast = 0;
		for (const c of cases) {
			let file: { bytes: Uint8Array; name: string };
			try {
				file = caseFile(c);
			} catch {
				continue;
			}
			if (!file.name.endsWith('.xlsx')) continue;
			xlsx++;
			if (compare(file.bytes, file.name)) fast++;
		}
		console.log(`FAST-READER fuzz: ${xlsx} .xlsx cases, ${fast} read by the fast reader, ${xlsx - fast} declined (SheetJS)`);
		expect(xlsx).toBeGreaterThan(RUNS / 5);
		expect(fast).toBeGreaterThan(xlsx / 4);
	}, 300_000);

	it('keeps its copy of the built-in number formats equal to the table SheetJS starts each read from', () => {
		XLSX.read(sheetBytes({ S: [['a']] }), { type: 'array' }); // a read resets SheetJS's table
		const fresh = XLSX.SSF.get_table() as Record<number, string>;
		for (const [id, fmt] of Object.entries(BUILTIN_FORMATS)) expect(fresh[Number(id)], `format ${id}`).toBe(fmt);
		// The ids SheetJS's table has below the custom range are all in the copy (others are loaded by writes).
		for (const id of [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 37, 38, 39, 40, 45, 46, 47, 48, 49, 56]) expect(BUILTIN_FORMATS[id]).toBeDefined();
	});

	it('reads the parts inflated by the platform (the parse worker) the same way as those fflate inflates', async () => {
		expect(nativeInflate()).toBe(true);
		const files: { bytes: Uint8Array; name: string }[] = FIXTURE_VERSIONS.map((v) => ({ bytes: new Uint8Array(readFileSync(`tests/fixtures/workbook-v${v}.xlsx`)), name: `v${v}.xlsx` }));
		files.push({ bytes: exportBytes(), name: 'export.xlsx' });
		for (const c of fc.sample(caseArb, { seed: 20261129, numRuns: 150 })) {
			try {
				const f = caseFile(c);
				if (f.name.endsWith('.xlsx')) files.push(f);
			} catch {
				/* a case SheetJS could not write */
			}
		}
		let native = 0;
		for (const f of files) {
			const parts = await unzipNative(f.bytes, wantedPart);
			if (!parts) continue;
			native++;
			const withNative = parseWorkbookBytes(f.bytes, f.name, undefined, { unzipped: parts });
			expect(JSON.stringify(withNative), f.name).toBe(JSON.stringify(parseWorkbookBytes(f.bytes, f.name)));
		}
		// The fixtures and the export are plain ZIPs: inflated natively.
		expect(native).toBeGreaterThanOrEqual(6);
	}, 300_000);
});

describe('the closing tag of a sheet’s data', () => {
	it('is found where the regular expression finds it', () => {
		const token = fc.constantFrom('<', '/', ':', 'x', 'ab', ' ', 'sheetData>', '</sheetData>', '</x:sheetData>', '</:sheetData>', '</a:b:sheetData>', '<sheetData>');
		fc.assert(
			fc.property(fc.array(token, { maxLength: 12 }), fc.nat(20), (parts, fromRaw) => {
				const xml = parts.join('');
				const from = Math.min(fromRaw, xml.length);
				const re = /<\/(?:\w+:)?sheetData>/g;
				re.lastIndex = from;
				const m = re.exec(xml);
				expect(closingTag(xml, 'sheetData', from)).toEqual(m ? { start: m.index, end: re.lastIndex } : null);
			}),
			{ numRuns: 3000 }
		);
	});
});
