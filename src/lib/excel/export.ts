// Export: the whole dataset as one .xlsx, or the current view as .xlsx or .csv.
// Loaded on demand only (`await import('$lib/excel')`): it pulls in SheetJS.
import { TABLE_NAMES, type TableName, type TableRecords } from '$lib/schema';
import { Lookup } from '$lib/domain/lookup';
import { fold } from '$lib/domain/text';
import { formatValue, schemas, lookupTables } from '$lib/schema';
import { translate, tvi, type Lang } from '$lib/i18n/translate';
import type { NtmDatabase } from '$lib/db/database';
import { version as APP_VERSION } from '../../../package.json';
import { escapeText } from './cells';
import { yieldToPage } from '$lib/domain/yield';
import { datasetToXlsx, viewToXlsx } from './export-core';
import { exportedDataset, type ExportFilters } from './export-filters';
import type { ExportPart, ExportReply, ExportRequest } from './export.worker';
import { viewColumns, headerOf, safeSheetName, type ComputedHeader, type Dataset, type ExportInfo } from './workbook-write';

export { datasetToXlsx, viewToXlsx };
export type { ExportFilters };

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv;charset=utf-8';

export { APP_VERSION };

function csvField(text: string): string {
	return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Pure: one view -> CSV text (RFC 4180, CRLF, with formula-injection escaping; no BOM). */
export function viewToCsv<T extends TableName>(
	table: T,
	rows: readonly TableRecords[T][],
	columnKeys: readonly string[],
	lang: Lang,
	lookup: Lookup,
	computed: ComputedHeader[] = []
): string {
	const columns = viewColumns(table, columnKeys, computed);
	const lines = [columns.map((c) => csvField(escapeText(headerOf(c, lang)))).join(',')];
	for (const r of rows as unknown as Record<string, unknown>[]) {
		lines.push(
			columns
				.map((c) => {
					const v = r[c.key];
					// Numbers stay plain numbers (no thousands separators), so they read back as numbers.
					const text = typeof v === 'number' && c.type !== 'enum' ? String(v) : formatValue(c, v, lang, lookup);
					return csvField(typeof v === 'number' ? text : escapeText(text));
				})
				.join(',')
		);
	}
	return lines.join('\r\n') + '\r\n';
}

/** "ntm-quang-nam_2025-06-30" (local date). */
export function baseFileName(date: Date, suffix = ''): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${tvi('excel.fileBase')}${suffix}_${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

export async function readDataset(db: NtmDatabase): Promise<Dataset> {
	const out = {} as Dataset;
	await db.transaction('r', TABLE_NAMES.map((t) => db.table_(t)), async () => {
		for (const t of TABLE_NAMES) (out as Record<string, unknown>)[t] = await db.table_(t).toArray();
	});
	for (const t of TABLE_NAMES) (out[t] as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return out;
}

function describeFilters(f: ExportFilters | undefined): string {
	if (!f) return '';
	if (f.description) return f.description;
	const parts: string[] = [];
	for (const [name, filter] of [['targets', f.targets], ['communes', f.communes]] as const) {
		if (!filter) continue;
		const bits = Object.entries(filter)
			.filter(([k, v]) => (k === 'q' ? String(v).trim() : (v as string[]).length))
			.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`);
		if (bits.length) parts.push(`${tvi(schemas[name].title)}: ${bits.join('; ')}`);
	}
	return parts.join(' | ');
}

/** The whole dataset (optionally filtered) as `ntm-quang-nam_yyyy-mm-dd.xlsx`. */
export async function exportDataset(
	db: NtmDatabase,
	opts: { filters?: ExportFilters; now?: Date; map?: ExportInfo['map'] } = {}
): Promise<{ blob: Blob; fileName: string; bytes: Uint8Array }> {
	const now = opts.now ?? new Date();
	// The overlays and the filters are applied where the workbook is written (export-filters.ts): in
	// the worker, off the page's thread (63,600 rows: a task of 60-80 ms, more on a busy machine).
	const stored = await readDataset(db);
	const datasetId = String((await db.meta.get('datasetId'))?.value ?? '');
	const info: ExportInfo = { datasetId, exportedAt: now, appVersion: APP_VERSION, filters: describeFilters(opts.filters), map: opts.map };
	const filters = opts.filters?.targets || opts.filters?.communes ? { targets: opts.filters.targets, communes: opts.filters.communes } : undefined;
	const bytes = await inWorker({ kind: 'dataset', data: stored, filters, info }, () => datasetToXlsx(exportedDataset(stored, filters), info));
	return { blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }), fileName: baseFileName(now) + '.xlsx', bytes };
}

/** The rows and columns on screen, as .xlsx or as .csv (UTF-8 with BOM, so Excel shows the diacritics). */
export async function exportView<T extends TableName>(opts: {
	table: T;
	rows: readonly TableRecords[T][];
	columnKeys: readonly string[];
	lang?: Lang;
	format: 'xlsx' | 'csv';
	lookup: Lookup;
	/** Computed columns shown in the view (their values are in the rows under their key). */
	computed?: ComputedHeader[];
	now?: Date;
}): Promise<{ blob: Blob; fileName: string }> {
	const lang = opts.lang ?? 'vi';
	const now = opts.now ?? new Date();
	const name = baseFileName(now, '_' + fold(safeSheetName(translate(lang, schemas[opts.table].title))).replace(/ /g, '-'));
	if (opts.format === 'csv') {
		const text = '\uFEFF' + viewToCsv(opts.table, opts.rows, opts.columnKeys, lang, opts.lookup, opts.computed);
		return { blob: new Blob([text], { type: CSV_MIME }), fileName: name + '.csv' };
	}
	const bytes = await inWorker(
		{
			kind: 'view',
			table: opts.table,
			rows: opts.rows as unknown[],
			columnKeys: [...opts.columnKeys],
			computed: opts.computed ?? [],
			lang,
			refs: Object.fromEntries(lookupTables().map((t) => [t, [...opts.lookup.refRows(t)]]))
		},
		() => viewToXlsx(opts.table, opts.rows, opts.columnKeys, lang, opts.lookup, opts.computed)
	);
	return { blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }), fileName: name + '.xlsx' };
}

let exportSeq = 0;
type ExportJob = ExportRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Records per message to the export worker: each part is a short task for the page to send. */
const ROWS_PER_PART = 4000;

/** Write the workbook in a Web Worker (the page stays responsive); without workers, here. */
async function inWorker(job: ExportJob, here: () => Uint8Array): Promise<Uint8Array> {
	if (typeof Worker === 'undefined') return here();
	const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
	const id = ++exportSeq;
	try {
		const reply = new Promise<Uint8Array>((resolve, reject) => {
			worker.onmessage = (e: MessageEvent<ExportReply>) => {
				if (e.data.id !== id) return;
				if (e.data.bytes) resolve(e.data.bytes);
				else reject(new Error(e.data.error ?? 'export'));
			};
			worker.onerror = (e) => {
				e.preventDefault?.();
				reject(new Error(e.message || 'export worker'));
			};
		});
		// The records go in parts, with a pause between them (copying 64,000 records to the worker
		// at once is a task of several hundred milliseconds); the job follows with empty lists.
		const lists: [string, unknown[]][] = job.kind === 'view' ? [['rows', job.rows]] : Object.entries(job.data as Record<string, unknown[]>);
		const send = { ...job, ...(job.kind === 'view' ? { rows: [] } : { data: { ...job.data } }) } as ExportJob;
		for (const [key, rows] of lists) {
			if (send.kind === 'dataset') (send.data as Record<string, unknown[]>)[key] = [];
			for (let i = 0; i < rows.length; i += ROWS_PER_PART) {
				worker.postMessage({ id, part: key, rows: rows.slice(i, i + ROWS_PER_PART) } satisfies ExportPart);
				await yieldToPage();
			}
		}
		worker.postMessage({ ...send, id } as ExportRequest);
		return await reply;
	} finally {
		worker.terminate();
	}
}

/** Let the browser save a blob (no-op outside a browser). */
export { download } from './download';
