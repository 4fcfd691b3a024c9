// Web Worker: writing .xlsx off the main thread, so a 64,000-row export never freezes the page.
// Receives the records (plain data) and posts back the file's bytes.
import { en } from '$lib/i18n/en';
import { registerDictionary } from '$lib/i18n/translate';

// English labels are read too (a workbook exported in English); register them here.
registerDictionary('en', en);
import '$lib/i18n/excel-texts';
import { lookupOf, type TableName } from '$lib/schema';
import type { Lang } from '$lib/i18n/translate';
import { datasetToXlsx, viewToXlsx } from './export-core';
import type { ComputedHeader, Dataset, ExportInfo } from './workbook-write';

export type ExportRequest =
	| { id: number; kind: 'dataset'; data: Dataset; info: ExportInfo }
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
export type ExportReply = { id: number; bytes?: Uint8Array; error?: string };

const ctx = self as unknown as { onmessage: ((e: MessageEvent<ExportRequest>) => void) | null; postMessage: (m: ExportReply, t?: Transferable[]) => void };

ctx.onmessage = (e) => {
	const m = e.data;
	try {
		const bytes =
			m.kind === 'dataset'
				? datasetToXlsx(m.data, m.info)
				: viewToXlsx(m.table, m.rows as never[], m.columnKeys, m.lang, lookupOf(m.refs), m.computed);
		ctx.postMessage({ id: m.id, bytes }, [bytes.buffer]);
	} catch (err) {
		ctx.postMessage({ id: m.id, error: String((err as Error)?.message ?? err).slice(0, 200) });
	}
};
