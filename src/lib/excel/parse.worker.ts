// Web Worker: parsing off the main thread. Receives { id, name, bytes }, posts progress messages,
// the rows in parts, and then one result ({ type: 'result', result }) — a ParsedWorkbook or { error }.
// A big last sheet is streamed (read.ts RowSink): 'head' (the workbook so far) comes as soon as its
// header is known, then its rows as they are read, so the page previews while this reads on;
// 'restart' says the rows sent no longer hold (the result then brings every row again).
import { en } from '$lib/i18n/en';
import { registerDictionary } from '$lib/i18n/translate';

// English labels are read too (a workbook exported in English); register them here.
registerDictionary('en', en);
import '$lib/i18n/excel-texts';
import { parseWorkbookBytes, type RowSink } from './read';
import { MAX_FILE_BYTES, readError } from './cells';
import { wantedPart } from './xlsx-reader';
import { nativeInflate, unzipNative } from './unzip-native';
import type { ParsedRow, ParsedWorkbook, Progress, ReadResult } from './types';

export type WorkerRequest = { id: number; name: string; bytes: ArrayBuffer };
export type WorkerMessage =
	| { id: number; type: 'progress'; progress: Progress }
	| { id: number; type: 'rows'; sheet: number; rows: ParsedRow[] }
	| { id: number; type: 'head'; sheet: number; result: ParsedWorkbook }
	| { id: number; type: 'restart' }
	| { id: number; type: 'result'; result: ReadResult };

/** Rows per message: the page receives a big sheet in parts, each a short task to take in. */
const ROWS_PER_MESSAGE = 2000;

const ctx = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage: (m: WorkerMessage) => void };

ctx.onmessage = async (e) => {
	const { id, name, bytes } = e.data;
	/** Sheets whose rows the page already has (sent before or with the head). */
	const sent = new Set<number>();
	const postRows = (sheet: number, rows: ParsedRow[]) => {
		for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) ctx.postMessage({ id, type: 'rows', sheet, rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
	};
	const sink: RowSink = {
		head(head, sheet) {
			head.sheets.forEach((s, i) => {
				if (i !== sheet) postRows(i, s.rows);
				sent.add(i);
			});
			ctx.postMessage({ id, type: 'head', sheet, result: { ...head, sheets: head.sheets.map((s) => ({ ...s, rows: [] })) } });
		},
		rows: postRows,
		restart() {
			sent.clear();
			ctx.postMessage({ id, type: 'restart' });
		}
	};
	let result: ReadResult;
	try {
		const data = new Uint8Array(bytes);
		// A ZIP (an .xlsx, most likely) is inflated by the platform first; the reader then only scans.
		const zip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
		const unzipped = zip && data.length <= MAX_FILE_BYTES && nativeInflate() ? await unzipNative(data, wantedPart) : null;
		result = parseWorkbookBytes(data, name, (progress) => ctx.postMessage({ id, type: 'progress', progress }), { unzipped, sink });
	} catch (err) {
		if (sent.size) sink.restart();
		result = readError('excel.err.corrupt', { file: name, detail: String((err as Error)?.message ?? err).slice(0, 120) });
	}
	if (!('error' in result)) {
		result.sheets.forEach((sheet, index) => {
			if (!sent.has(index)) postRows(index, sheet.rows);
			sheet.rows = [];
		});
	} else if (sent.size) sink.restart();
	ctx.postMessage({ id, type: 'result', result });
};
