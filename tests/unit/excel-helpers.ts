// Shared helpers of the Excel tests: a seeded database of its own, a fixed export.
import * as XLSX from 'xlsx';
import { NtmDatabase } from '../../src/lib/db/database';
import { TABLE_NAMES } from '../../src/lib/schema/registry';
import { seedData } from '../../seeds/index';
import { datasetToXlsx } from '../../src/lib/excel/export';
import { parseWorkbookBytes } from '../../src/lib/excel/read';
import type { Dataset } from '../../src/lib/excel/workbook-write';
import type { ParsedWorkbook, ReadResult } from '../../src/lib/excel/types';

export function newDb(): NtmDatabase {
	return new NtmDatabase('test-' + Math.random());
}

export function cloneSeed(): Dataset {
	return structuredClone(seedData) as Dataset;
}

export async function seededDb(data: Dataset = cloneSeed()): Promise<NtmDatabase> {
	const db = newDb();
	await db.transaction('rw', TABLE_NAMES.map((t) => db.table_(t)), async () => {
		for (const t of TABLE_NAMES) await db.table_(t).bulkAdd(structuredClone(data[t]) as never[]);
	});
	await db.meta.put({ key: 'datasetId', value: 'test-dataset' });
	return db;
}

export const INFO = { datasetId: 'test-dataset', exportedAt: new Date('2025-06-30T08:00:00Z'), appVersion: '0.1.0', filters: '' };

export function exportBytes(data: Dataset = cloneSeed()): Uint8Array {
	return datasetToXlsx(data, INFO);
}

export function parsed(r: ReadResult): ParsedWorkbook {
	if ('error' in r) throw new Error('unexpected read error: ' + r.error.message);
	return r;
}

export function parseBytes(bytes: Uint8Array, name = 'book.xlsx'): ParsedWorkbook {
	return parsed(parseWorkbookBytes(bytes, name));
}

/** Build an .xlsx from rows of values (a hand-made sheet). */
export function sheetBytes(sheets: Record<string, unknown[][]>, merges: Record<string, XLSX.Range[]> = {}, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
	const wb = XLSX.utils.book_new();
	for (const [name, aoa] of Object.entries(sheets)) {
		const ws = XLSX.utils.aoa_to_sheet(aoa);
		if (merges[name]) ws['!merges'] = merges[name];
		XLSX.utils.book_append_sheet(wb, ws, name);
	}
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

/** Edit cells of an exported workbook like a colleague would in Excel (sheet, A1 address, value). */
export function editWorkbook(bytes: Uint8Array, edits: [string, string, unknown][], drop: [string, number][] = []): Uint8Array {
	const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
	for (const [sheet, addr, value] of edits) {
		const ws = wb.Sheets[sheet];
		XLSX.utils.sheet_add_aoa(ws, [[value]], { origin: addr });
	}
	for (const [sheet, row] of drop) {
		const ws = wb.Sheets[sheet];
		const range = XLSX.utils.decode_range(ws['!ref']!);
		for (let r = row - 1; r < range.e.r; r++) {
			for (let c = 0; c <= range.e.c; c++) {
				const below = ws[XLSX.utils.encode_cell({ r: r + 1, c })];
				const here = XLSX.utils.encode_cell({ r, c });
				if (below) ws[here] = below;
				else delete ws[here];
			}
		}
		for (let c = 0; c <= range.e.c; c++) delete ws[XLSX.utils.encode_cell({ r: range.e.r, c })];
		range.e.r--;
		ws['!ref'] = XLSX.utils.encode_range(range);
	}
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Address of a record's cell in an exported sheet: the row holding `id` in column A, column by header. */
export function addressOf(bytes: Uint8Array, sheet: string, id: string, header: string): string {
	const wb = XLSX.read(bytes, { type: 'array' });
	const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet], { header: 1 });
	const c = (aoa[0] as string[]).indexOf(header);
	const idCol = (aoa[0] as string[]).indexOf('Mã'); // the id column (STT is first since format 3)
	const r = aoa.findIndex((row) => row[idCol] === id);
	if (c < 0 || r < 0) throw new Error(`no cell ${sheet}/${id}/${header}`);
	return XLSX.utils.encode_cell({ r, c });
}
