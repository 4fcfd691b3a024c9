// Web Worker: writing .xlsx off the main thread, so a 64,000-row export never freezes the page.
// Receives the records (plain data) in parts, then the job; posts back the file's bytes.
import { en } from '$lib/i18n/en';
import { registerDictionary } from '$lib/i18n/translate';

// English labels are read too (a workbook exported in English); register them here.
registerDictionary('en', en);
import '$lib/i18n/excel-texts';
import { lookupOf, type TableName } from '$lib/schema';
import type { Lang } from '$lib/i18n/translate';
import { datasetToXlsxAsync, viewToXlsxAsync } from './export-core';
import { exportedDataset, type ExportFilters } from './export-filters';
import type { ComputedHeader, Dataset, ExportInfo } from './workbook-write';

export type ExportRequest =
	| {
			id: number;
			kind: 'dataset';
			/** The records as stored: the worker applies the overlays and the filters (export-filters.ts). */
			data: Dataset;
			filters?: ExportFilters;
			info: ExportInfo;
	  }
	| {
			id: number;
			kind: 'view';
			table: TableName;
			rows: unknown[];
			columnKeys: string[];
			computed: ComputedHeader[];
			lang: Lang;
			/** The rows of the tables references point at (communes, districts…), to show their names. */
			refs: Record<string, unknown[]>;
	  };
/**
 * Large lists of records come ahead of the job in parts (each a short task for the page to send):
 * `key` is 'rows' (a view) or the table's name (the dataset); the job then holds empty lists there.
 */
export type ExportPart = { id: number; part: string; rows: unknown[] };
export type ExportReply = { id: number; bytes?: Uint8Array; error?: string };

const ctx = self as unknown as { onmessage: ((e: MessageEvent<ExportRequest | ExportPart>) => void) | null; postMessage: (m: ExportReply, t?: Transferable[]) => void };

const parts = new Map<number, Map<string, unknown[][]>>();

ctx.onmessage = async (e) => {
	const m = e.data;
	if ('part' in m) {
		const job = parts.get(m.id) ?? new Map<string, unknown[][]>();
		parts.set(m.id, job);
		const list = job.get(m.part) ?? [];
		list.push(m.rows);
		job.set(m.part, list);
		return;
	}
	try {
		const received = parts.get(m.id);
		parts.delete(m.id);
		for (const [key, lists] of received ?? []) {
			if (m.kind === 'view' && key === 'rows') m.rows = lists.flat();
			else if (m.kind === 'dataset') (m.data as Record<string, unknown[]>)[key] = lists.flat();
		}
		const bytes =
			m.kind === 'dataset'
				? await datasetToXlsxAsync(exportedDataset(m.data, m.filters), m.info)
				: await viewToXlsxAsync(m.table, m.rows as never[], m.columnKeys, m.lang, lookupOf(m.refs), m.computed);
		ctx.postMessage({ id: m.id, bytes }, [bytes.buffer]);
	} catch (err) {
		ctx.postMessage({ id: m.id, error: String((err as Error)?.message ?? err).slice(0, 200) });
	}
};
