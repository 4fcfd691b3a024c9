// The parse worker's side of a read (worker-read.ts) and the page's (worker-client.ts WorkerReply),
// run here message by message as the browser runs them: the rows travel packed (row-pack.ts), and
// SheetJS is loaded only when a file needs it (sheetjs.ts). Whatever the worker needs, the page gets
// the same workbook as a read with SheetJS at hand.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { readForPage, type WorkerMessage } from '../../src/lib/excel/worker-read';
import { WorkerReply } from '../../src/lib/excel/worker-client';
import { RowPacker, RowUnpacker, transfers } from '../../src/lib/excel/row-pack';
import { forgetSheetJS, loadSheetJS, sheetjsLoaded, KNOWN_DATE_FORMATS } from '../../src/lib/excel/sheetjs';
import { decodeRange, encodeRange } from '../../src/lib/excel/cells';
import { DATE_FORMAT, DATETIME_FORMAT } from '../../src/lib/excel/workbook-write';
import { parseWorkbookBytes } from '../../src/lib/excel/read';
import { STREAM_ROWS } from '../../src/lib/excel/xlsx-reader';
import { tvi } from '../../src/lib/i18n/translate';
import type { ParsedRow, ParsedWorkbook, ReadResult } from '../../src/lib/excel/types';
import { cloneSeed, exportBytes, sheetBytes } from './excel-helpers';

afterEach(async () => {
	// Other tests read with SheetJS at hand (setup.ts).
	await loadSheetJS();
});

/** A read as the browser does it: each message copied (the packed rows' arrays moved), in order. */
async function readThroughWorker(bytes: Uint8Array, name = 'book.xlsx', loadCode?: () => Promise<unknown>) {
	const kinds: WorkerMessage['type'][] = [];
	let head: ParsedWorkbook | null = null;
	const reply = new WorkerReply(undefined, (h) => (head = h));
	let result: ReadResult | null = null;
	const buffer = bytes.slice().buffer as ArrayBuffer;
	await readForPage(
		{ id: 1, name, bytes: buffer },
		(m, transfer) => {
			kinds.push(m.type);
			result ??= reply.take(structuredClone(m, { transfer: (transfer ?? []) as Transferable[] }));
		},
		loadCode
	);
	return { kinds, result: result!, head: head as ParsedWorkbook | null };
}

/** What a read with SheetJS loaded gives (the page's fallback, and every read before the worker). */
async function withSheetJS(bytes: Uint8Array, name = 'book.xlsx'): Promise<ReadResult> {
	await loadSheetJS();
	return parseWorkbookBytes(bytes, name);
}

/** The targets of a hand-made list, `rows` of them (a sheet big enough to be handed on while read). */
function targetsSheet(rows: number, extra?: (aoa: unknown[][]) => void): Uint8Array {
	const names = cloneSeed()
		.communes.filter((c) => !c.validFrom)
		.map((c) => c.name);
	const aoa: unknown[][] = [['Xã', 'Cấp độ', 'Năm', 'Trạng thái', 'Ghi chú']];
	for (let i = 0; i < rows; i++) aoa.push([names[i % names.length], tvi('enum.level.ntm'), 2026, tvi('enum.status.not_started'), `ghi chú ${i}`]);
	extra?.(aoa);
	return sheetBytes({ 'Chỉ tiêu xã': aoa });
}

describe('rows packed for the way from the worker to the page', () => {
	it('come back as they were: texts, numbers, booleans, dates, empty cells; a text sent once', () => {
		const packer = new RowPacker();
		const unpacker = new RowUnpacker();
		const first: ParsedRow[] = [
			{ row: 2, cells: ['Tam Kỳ', 2024, -0, Number.NaN, true, false, null, new Date(2025, 5, 30), 'Tam Kỳ'] },
			{ row: 3, cells: [] },
			{ row: 7, cells: ['', 1e21, 'Quý 4/2025'] }
		];
		const second: ParsedRow[] = [{ row: 8, cells: ['Quý 4/2025', 'Tam Kỳ', 'mới', undefined as never] }];
		const a = packer.pack(first);
		const b = packer.pack(second);
		expect(a.texts).toEqual(['Tam Kỳ', '', 'Quý 4/2025']);
		expect(b.texts).toEqual(['mới']);
		const back = [...unpacker.unpack(structuredClone(a, { transfer: transfers(a) })), ...unpacker.unpack(structuredClone(b, { transfer: transfers(b) }))];
		expect(back).toEqual([...first, ...second]);
		expect(Object.is(back[0].cells[2], -0)).toBe(true);
		expect(back[3].cells).toHaveLength(4);
		expect(back[3].cells[3]).toBeUndefined();
	});
});

describe('SheetJS left out of the worker until a file needs it', () => {
	it('reads ranges as SheetJS does', () => {
		fc.assert(
			fc.property(fc.nat(16383), fc.nat(1048575), fc.nat(16383), fc.nat(1048575), (c1, r1, c2, r2) => {
				const range = { s: { c: c1, r: r1 }, e: { c: c2, r: r2 } };
				const ref = XLSX.utils.encode_range(range);
				expect(encodeRange(range)).toBe(ref);
				expect(decodeRange(ref)).toEqual(XLSX.utils.decode_range(ref));
			})
		);
		for (const ref of ['A1', 'XFD1048576', 'B2:B2', '$A$1:$C$9', 'a1']) expect(decodeRange(ref)).toEqual(XLSX.utils.decode_range(ref));
	});

	it('knows the date formats SheetJS knows, the app’s own among them', () => {
		expect(KNOWN_DATE_FORMATS.has(DATE_FORMAT)).toBe(true);
		expect(KNOWN_DATE_FORMATS.has(DATETIME_FORMAT)).toBe(true);
		for (const z of KNOWN_DATE_FORMATS) expect(XLSX.SSF.is_date(z), z).toBe(true);
	});

	it('reads a big hand-made list without SheetJS, handed on while read, as SheetJS would', async () => {
		const bytes = targetsSheet(3 * STREAM_ROWS + 17);
		forgetSheetJS();
		const { kinds, result, head } = await readThroughWorker(bytes);
		expect(sheetjsLoaded()).toBe(false);
		expect(head).not.toBeNull();
		expect(kinds.filter((k) => k === 'rows').length).toBeGreaterThan(1);
		expect(kinds).not.toContain('restart');
		expect(result).toEqual(await withSheetJS(bytes));
	});

	it('reads the app’s own export (dates included) without SheetJS', async () => {
		const bytes = exportBytes();
		forgetSheetJS();
		const { result } = await readThroughWorker(bytes);
		expect(sheetjsLoaded()).toBe(false);
		expect('error' in result).toBe(false);
		expect(result).toEqual(await withSheetJS(bytes));
	});

	it('loads SheetJS for a number format met after rows were handed on: takes them back, reads again, same workbook', async () => {
		// A code shown with leading zeros ("02026") far down the sheet: its text needs SheetJS's formats.
		const names = cloneSeed()
			.communes.filter((c) => !c.validFrom)
			.map((c) => c.name);
		const aoa: unknown[][] = [['Xã', 'Cấp độ', 'Năm', 'Trạng thái', 'Ghi chú']];
		for (let i = 0; i < 3 * STREAM_ROWS + 17; i++) aoa.push([names[i % names.length], tvi('enum.level.ntm'), 2026, tvi('enum.status.not_started'), `ghi chú ${i}`]);
		const ws = XLSX.utils.aoa_to_sheet(aoa);
		(ws['C2900'] as XLSX.CellObject).z = '00000';
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, ws, 'Chỉ tiêu xã');
		const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
		// The file really has the format where it was put.
		await loadSheetJS();
		const withFormat = await withSheetJS(bytes);
		if ('error' in withFormat) throw new Error(withFormat.error.message);
		const cell = withFormat.sheets[0].rows.find((r) => r.row === 2900)!.cells[2];
		expect(cell).toBe('02026');

		forgetSheetJS();
		const { kinds, result } = await readThroughWorker(bytes);
		expect(sheetjsLoaded()).toBe(true);
		expect(kinds).toContain('head');
		expect(kinds).toContain('restart');
		expect(kinds.at(-1)).toBe('result');
		expect(result).toEqual(withFormat);
	});

	it('loads SheetJS at once for a file that is not a ZIP (a .csv)', async () => {
		const bytes = new TextEncoder().encode('Xã,Năm\nTam Kỳ,2026\n');
		forgetSheetJS();
		const { result } = await readThroughWorker(bytes, 'list.csv');
		expect(sheetjsLoaded()).toBe(true);
		expect(result).toEqual(await withSheetJS(bytes, 'list.csv'));
	});

	it('says in Vietnamese that a part of the app could not be loaded when SheetJS’s code cannot be fetched, not that the file is damaged', async () => {
		const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
		const csv = new TextEncoder().encode('Xã,Năm\nTam Kỳ,2026\n');
		forgetSheetJS();
		const first = (await readThroughWorker(csv, 'list.csv', offline)).result;
		expect('error' in first && first.error.key).toBe('shell.chunkError');
		expect('error' in first && first.error.message).toMatch(/^Không tải được một phần của ứng dụng/);
		// An .xlsx that asks for SheetJS after rows were handed on: taken back, the same message.
		const aoa: unknown[][] = [['Xã', 'Cấp độ', 'Năm', 'Trạng thái', 'Ghi chú']];
		for (let i = 0; i < 3 * STREAM_ROWS; i++) aoa.push(['Tam Kỳ', tvi('enum.level.ntm'), 2026, tvi('enum.status.not_started'), `ghi chú ${i}`]);
		const ws = XLSX.utils.aoa_to_sheet(aoa);
		(ws['C2900'] as XLSX.CellObject).z = '00000';
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, ws, 'Chỉ tiêu xã');
		const { kinds, result } = await readThroughWorker(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'book.xlsx', offline);
		expect(kinds).toContain('restart');
		expect('error' in result && result.error.key).toBe('shell.chunkError');
		expect(sheetjsLoaded()).toBe(false);
	});
});
