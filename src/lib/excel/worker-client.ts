// Main-thread side of the parser: reads the File, checks its size, hands the bytes to the worker.
import { MAX_FILE_BYTES, MAX_FILE_MB, readError } from './cells';
import { RowStream } from './row-stream';
import type { ParsedRow, ParsedWorkbook, Progress, ReadResult } from './types';
import { RowUnpacker } from './row-pack';
import type { WorkerMessage } from './worker-read';

let seq = 0;

/**
 * Parse a spreadsheet file in a Web Worker. Never rejects: a refused file gives `{ error }`.
 * `onHead`: called when a big last sheet starts streaming (parse.worker.ts), with the workbook so
 * far; its `stream` says when more rows of that sheet have arrived, and when all have.
 */
export async function parseWorkbookFile(file: File, onProgress?: (p: Progress) => void, onHead?: (head: ParsedWorkbook) => void): Promise<ReadResult> {
	if (file.size > MAX_FILE_BYTES) {
		return readError('excel.err.tooLarge', { file: file.name, size: (file.size / 1048576).toFixed(1), max: MAX_FILE_MB });
	}
	onProgress?.({ phase: 'read', done: 0, total: file.size });
	// The worker first: its code loads while the file is read.
	const worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
	let bytes: ArrayBuffer;
	try {
		bytes = await file.arrayBuffer();
	} catch (e) {
		worker?.terminate();
		return readError('excel.err.corrupt', { file: file.name, detail: String((e as Error)?.message ?? e).slice(0, 120) });
	}
	if (!worker) {
		// No worker (tests, old browsers): parse here.
		const [{ parseWorkbookBytes }, { loadSheetJS }] = await Promise.all([import('./read'), import('./sheetjs')]);
		await loadSheetJS();
		return parseWorkbookBytes(new Uint8Array(bytes), file.name, onProgress);
	}
	const id = ++seq;
	const reply = new WorkerReply(onProgress, onHead);
	try {
		return await new Promise<ReadResult>((resolve) => {
			const finish = (result: ReadResult) => {
				reply.end(result);
				resolve(result);
			};
			worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
				if (e.data.id !== id) return;
				const result = reply.take(e.data);
				if (result) finish(result);
			};
			worker.onerror = (e) => {
				e.preventDefault?.();
				finish(readError('excel.err.corrupt', { file: file.name, detail: String(e.message ?? 'worker').slice(0, 120) }));
			};
			worker.postMessage({ id, name: file.name, bytes }, [bytes]);
		});
	} finally {
		worker.terminate();
	}
}

/**
 * The page's side of one read (worker-read.ts posts): rows unpacked in order, the sheets rebuilt, a
 * streamed sheet's rows handed to its RowStream as they come. `take` gives the result at the end.
 */
export class WorkerReply {
	private unpacker = new RowUnpacker();
	private parts: ParsedRow[][][] = [];
	private head: ParsedWorkbook | null = null;
	private stream: RowStream | null = null;

	constructor(
		private onProgress?: (p: Progress) => void,
		private onHead?: (head: ParsedWorkbook) => void
	) {}

	take(m: WorkerMessage): ReadResult | null {
		if (m.type === 'progress') this.onProgress?.(m.progress);
		else if (m.type === 'rows') {
			// Every part is unpacked, in order (a text is sent once, then named by its number).
			const rows = this.unpacker.unpack(m.rows);
			if (this.stream && m.sheet === this.stream.sheet) this.stream.push(rows);
			else (this.parts[m.sheet] ??= []).push(rows);
		} else if (m.type === 'head') {
			const head = (this.head = m.result);
			this.takeParts(head);
			this.stream = new RowStream(m.sheet, head.sheets[m.sheet].rows);
			head.stream = this.stream;
			this.onHead?.(head);
		} else if (m.type === 'restart') {
			this.stream?.end('failed');
			this.stream = null;
			this.head = null;
			this.parts = [];
		} else {
			// The rows came ahead in parts; put them back in their sheets.
			const result = m.result;
			if (!('error' in result)) {
				const head = this.head;
				if (head) result.sheets.forEach((s, i) => (s.rows = head.sheets[i].rows));
				else this.takeParts(result);
			}
			this.end(result);
			return result;
		}
		return null;
	}

	/** No more messages: a streamed sheet is complete, or (an error) its rows do not hold. */
	end(result: ReadResult) {
		this.stream?.end('error' in result ? 'failed' : 'done');
	}

	private takeParts(wb: ParsedWorkbook) {
		wb.sheets.forEach((s, i) => (s.rows = (this.parts[i] ?? []).flat()));
		this.parts = [];
	}
}
