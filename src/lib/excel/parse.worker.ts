// Web Worker: SheetJS parsing off the main thread. Receives { id, name, bytes }, posts progress
// messages and then one result ({ type: 'result', result }) — a ParsedWorkbook or { error }.
import { en } from '$lib/i18n/en';
import { registerDictionary } from '$lib/i18n/translate';

// English labels are read too (a workbook exported in English); register them here.
registerDictionary('en', en);
import '$lib/i18n/excel-texts';
import { parseWorkbookBytes } from './read';
import { MAX_FILE_BYTES, readError } from './cells';
import { wantedPart } from './xlsx-reader';
import { nativeInflate, unzipNative } from './unzip-native';
import type { ParsedRow, Progress, ReadResult } from './types';

export type WorkerRequest = { id: number; name: string; bytes: ArrayBuffer };
export type WorkerMessage =
	| { id: number; type: 'progress'; progress: Progress }
	| { id: number; type: 'rows'; sheet: number; rows: ParsedRow[] }
	| { id: number; type: 'result'; result: ReadResult };

/** Rows per message: the page receives a big sheet in parts, each a short task to take in. */
const ROWS_PER_MESSAGE = 2000;

const ctx = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage: (m: WorkerMessage) => void };

ctx.onmessage = async (e) => {
	const { id, name, bytes } = e.data;
	let result: ReadResult;
	try {
		const data = new Uint8Array(bytes);
		// A ZIP (an .xlsx, most likely) is inflated by the platform first; the reader then only scans.
		const zip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
		const unzipped = zip && data.length <= MAX_FILE_BYTES && nativeInflate() ? await unzipNative(data, wantedPart) : null;
		result = parseWorkbookBytes(data, name, (progress) => ctx.postMessage({ id, type: 'progress', progress }), { unzipped });
	} catch (err) {
		result = readError('excel.err.corrupt', { file: name, detail: String((err as Error)?.message ?? err).slice(0, 120) });
	}
	if (!('error' in result)) {
		result.sheets.forEach((sheet, index) => {
			for (let i = 0; i < sheet.rows.length; i += ROWS_PER_MESSAGE) {
				ctx.postMessage({ id, type: 'rows', sheet: index, rows: sheet.rows.slice(i, i + ROWS_PER_MESSAGE) });
			}
			sheet.rows = [];
		});
	}
	ctx.postMessage({ id, type: 'result', result });
};
