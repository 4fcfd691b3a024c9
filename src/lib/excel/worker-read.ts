// What the parse worker does with one file (parse.worker.ts runs it; tests run it as it is): reads
// it, and posts progress, the rows in packed parts (row-pack.ts), and then one result — a
// ParsedWorkbook without its rows, or { error }.
// A big last sheet is streamed (read.ts RowSink): 'head' (the workbook so far) comes as soon as its
// header is known, then its rows as they are read, so the page previews while this reads on;
// 'restart' says the rows sent no longer hold (the rows then come again before the result).
import { parseWorkbookBytes, type RowSink } from './read';
import { MAX_FILE_BYTES, readError } from './cells';
import { wantedPart } from './xlsx-reader';
import { nativeInflate, unzipNative } from './unzip-native';
import { NeedsSheetJS, loadSheetJS } from './sheetjs';
import { RowPacker, transfers, type PackedRows } from './row-pack';
import type { ParsedRow, ParsedWorkbook, Progress, ReadResult } from './types';

export type WorkerRequest = { id: number; name: string; bytes: ArrayBuffer };
export type WorkerMessage =
	| { id: number; type: 'progress'; progress: Progress }
	| { id: number; type: 'rows'; sheet: number; rows: PackedRows }
	| { id: number; type: 'head'; sheet: number; result: ParsedWorkbook }
	| { id: number; type: 'restart' }
	| { id: number; type: 'result'; result: ReadResult };

export type Post = (m: WorkerMessage, transfer?: Transferable[]) => void;

/** Rows per message: the page receives a big sheet in parts, each a short task to take in. */
const ROWS_PER_MESSAGE = 2000;

/** `loadCode`: loads SheetJS (sheetjs.ts); a test gives one that fails, as offline with the code missing. */
export async function readForPage({ id, name, bytes }: WorkerRequest, post: Post, loadCode: () => Promise<unknown> = loadSheetJS): Promise<void> {
	/** Sheets whose rows the page already has (sent before or with the head). */
	const sent = new Set<number>();
	const packer = new RowPacker();
	const postRows = (sheet: number, rows: ParsedRow[]) => {
		for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
			const packed = packer.pack(rows.slice(i, i + ROWS_PER_MESSAGE));
			post({ id, type: 'rows', sheet, rows: packed }, transfers(packed));
		}
	};
	const sink: RowSink = {
		head(head, sheet) {
			head.sheets.forEach((s, i) => {
				if (i !== sheet) postRows(i, s.rows);
				sent.add(i);
			});
			post({ id, type: 'head', sheet, result: { ...head, sheets: head.sheets.map((s) => ({ ...s, rows: [] })) } });
		},
		rows: postRows,
		restart() {
			sent.clear();
			post({ id, type: 'restart' });
		}
	};
	let result: ReadResult;
	try {
		const data = new Uint8Array(bytes);
		// A ZIP (an .xlsx, most likely) is inflated by the platform first; the reader then only scans.
		const zip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
		const unzipped = zip && data.length <= MAX_FILE_BYTES && nativeInflate() ? await unzipNative(data, wantedPart) : null;
		const read = () => parseWorkbookBytes(data, name, (progress) => post({ id, type: 'progress', progress }), { unzipped, sink });
		// SheetJS (sheetjs.ts) is loaded for what the fast reader does not cover: any file that is not
		// a ZIP at once; an .xlsx only when it asks (number formats, an .ods, the fallback), and then
		// the file is read again (rows handed on before are taken back first).
		// SheetJS's code may fail to load (offline before it was stored, or the host updated the app
		// since this page opened): said as such, not as a damaged file.
		const codeLoaded = () =>
			loadCode().then(
				() => true,
				() => false
			);
		if (!zip && !(await codeLoaded())) result = readError('shell.chunkError');
		else {
			try {
				result = read();
			} catch (err) {
				if (!(err instanceof NeedsSheetJS)) throw err;
				if (sent.size) sink.restart();
				result = (await codeLoaded()) ? read() : readError('shell.chunkError');
			}
		}
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
	post({ id, type: 'result', result });
}
