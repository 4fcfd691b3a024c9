// Main-thread side of the parser: reads the File, checks its size, hands the bytes to the worker.
import { MAX_FILE_BYTES, MAX_FILE_MB, readError } from './cells';
import { RowStream } from './row-stream';
import type { ParsedRow, ParsedWorkbook, Progress, ReadResult } from './types';
import type { WorkerMessage } from './parse.worker';

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
		const { parseWorkbookBytes } = await import('./read');
		return parseWorkbookBytes(new Uint8Array(bytes), file.name, onProgress);
	}
	const id = ++seq;
	let parts: ParsedRow[][][] = [];
	let head: ParsedWorkbook | null = null;
	let stream: RowStream | null = null;
	const takeParts = (wb: ParsedWorkbook) => wb.sheets.forEach((s, i) => (s.rows = (parts[i] ?? []).flat()));
	try {
		return await new Promise<ReadResult>((resolve) => {
			const finish = (result: ReadResult) => {
				stream?.end('error' in result ? 'failed' : 'done');
				resolve(result);
			};
			worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
				const m = e.data;
				if (m.id !== id) return;
				if (m.type === 'progress') onProgress?.(m.progress);
				else if (m.type === 'rows') {
					if (stream && m.sheet === stream.sheet) stream.push(m.rows);
					else (parts[m.sheet] ??= []).push(m.rows);
				} else if (m.type === 'head') {
					head = m.result;
					takeParts(head);
					parts = [];
					stream = new RowStream(m.sheet, head.sheets[m.sheet].rows);
					head.stream = stream;
					onHead?.(head);
				} else if (m.type === 'restart') {
					stream?.end('failed');
					stream = null;
					head = null;
					parts = [];
				} else {
					// The rows came ahead in parts (see parse.worker.ts); put them back in their sheets.
					const result = m.result;
					if (!('error' in result)) {
						if (head) result.sheets.forEach((s, i) => (s.rows = head!.sheets[i].rows));
						else takeParts(result);
					}
					finish(result);
				}
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
