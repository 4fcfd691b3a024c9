// Excel actions of the header and the toolbars. The Excel module (SheetJS) is loaded only when
// one of these runs: nothing here imports `$lib/excel` statically, so the first page stays light.
import type { TableName, TableRecords } from '$lib/schema';
import { getDb } from '$lib/db';
import { app, notify } from './app-state.svelte';
import { asOf, mapView } from './map-view.svelte';
import { i18n, t } from '$lib/i18n/lang.svelte';

export const excelUi = $state({
	/** The file being imported (the import dialog is open while set). */
	file: null as File | null,
	/** Bumped for each new import, so a second import of the same file starts afresh. */
	seq: 0,
	exporting: false
});

function detail(e: unknown): string {
	return String((e as Error)?.message ?? e).slice(0, 200);
}

/** Open the import flow for a file (from the file input or a drop). */
export function openImport(file: File) {
	if (excelUi.file) {
		notify('error', t('excel.ui.busy'));
		return;
	}
	excelUi.seq++;
	excelUi.file = file;
}

export function closeImport() {
	excelUi.file = null;
}

/** Load the Excel code, make the file, save it, and say so; a failure becomes a message. */
async function runExport(make: (excel: typeof import('$lib/excel')) => Promise<{ blob: Blob; fileName: string }>) {
	if (excelUi.exporting) return;
	excelUi.exporting = true;
	try {
		const excel = await import('$lib/excel');
		const { blob, fileName } = await make(excel);
		excel.download(blob, fileName);
		notify('info', t('excel.ui.exported', { file: fileName }));
	} catch (e) {
		notify('error', t('excel.ui.exportError', { detail: detail(e) }));
	} finally {
		excelUi.exporting = false;
	}
}

/** The whole dataset as one .xlsx. */
export function exportAll() {
	return runExport((excel) => excel.exportDataset(getDb(), { map: { date: asOf(), phase: mapView.phase } }));
}

/** The rows and columns on screen (as filtered and sorted) as .xlsx or .csv. */
export function exportCurrentView<T extends TableName>(
	table: T,
	view: { rows: readonly TableRecords[T][]; columns: readonly string[]; computed?: { key: string; header: string }[] } | undefined,
	format: 'xlsx' | 'csv'
) {
	if (!view) return;
	return runExport((excel) =>
		excel.exportView({ table, rows: view.rows, columnKeys: view.columns, computed: view.computed, lang: i18n.lang, format, lookup: app.lookup })
	);
}
