// The pure part of the export: records -> .xlsx bytes. Runs in the export worker (export.worker.ts)
// and, where there is no worker (unit tests), on the calling thread.
import * as XLSX from 'xlsx';
import type { TableName, TableRecords } from '$lib/schema';
import type { Lookup } from '$lib/domain/lookup';
import { translate, tvi, type Lang } from '$lib/i18n/translate';
import { patchXlsx, type PatchTexts, type SheetPatch } from './ooxml-patch';
import { writeXlsx as writeFast, writeXlsxAsync as writeFastAsync, WriterUnsupported } from './xlsx-writer';
import { buildDatasetWorkbook, buildViewWorkbook, type ComputedHeader, type Dataset, type ExportInfo } from './workbook-write';

/** The old path, and the fallback: SheetJS writes the parts uncompressed, patchXlsx edits and compresses them. */
export function writeWithSheetJS(wb: XLSX.WorkBook, patches: SheetPatch[], texts: PatchTexts): Uint8Array {
	const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer;
	return patchXlsx(new Uint8Array(out), patches, texts);
}

/** The fast writer (xlsx-writer.ts: the same parts), or the old path for what it does not write. */
function writeXlsx(wb: XLSX.WorkBook, patches: SheetPatch[], texts: PatchTexts): Uint8Array {
	try {
		return writeFast(wb, patches, texts);
	} catch (e) {
		if (!(e instanceof WriterUnsupported)) throw e;
		return writeWithSheetJS(wb, patches, texts);
	}
}

/** The same, with the platform's deflate where there is one (the export worker). */
async function writeXlsxAsync(wb: XLSX.WorkBook, patches: SheetPatch[], texts: PatchTexts): Promise<Uint8Array> {
	try {
		return await writeFastAsync(wb, patches, texts);
	} catch (e) {
		if (!(e instanceof WriterUnsupported)) throw e;
		return writeWithSheetJS(wb, patches, texts);
	}
}

const PATCH_TEXTS = { errorTitle: tvi('excel.validation.title'), error: tvi('excel.validation.message') };

/** Pure: a dataset -> .xlsx bytes (typed cells, frozen header, autofilter, lists, "Thông tin", "_goc"). */
export function datasetToXlsx(data: Dataset, info: ExportInfo): Uint8Array {
	const { wb, patches } = buildDatasetWorkbook(data, info);
	return writeXlsx(wb, patches, PATCH_TEXTS);
}

/** Pure: one view -> .xlsx bytes. */
export function viewToXlsx<T extends TableName>(
	table: T,
	rows: readonly TableRecords[T][],
	columnKeys: readonly string[],
	lang: Lang,
	lookup: Lookup,
	computed: readonly ComputedHeader[] = []
): Uint8Array {
	const { wb, patches } = buildViewWorkbook(table, rows, columnKeys, lang, lookup, computed);
	return writeXlsx(wb, patches, {
		errorTitle: translate(lang, 'excel.validation.title'),
		error: translate(lang, 'excel.validation.message')
	});
}


/** As datasetToXlsx, compressed by the platform's deflate (the export worker). */
export function datasetToXlsxAsync(data: Dataset, info: ExportInfo): Promise<Uint8Array> {
	const { wb, patches } = buildDatasetWorkbook(data, info);
	return writeXlsxAsync(wb, patches, PATCH_TEXTS);
}

/** As viewToXlsx, compressed by the platform's deflate (the export worker). */
export function viewToXlsxAsync<T extends TableName>(
	table: T,
	rows: readonly TableRecords[T][],
	columnKeys: readonly string[],
	lang: Lang,
	lookup: Lookup,
	computed: readonly ComputedHeader[] = []
): Promise<Uint8Array> {
	const { wb, patches } = buildViewWorkbook(table, rows, columnKeys, lang, lookup, computed);
	return writeXlsxAsync(wb, patches, {
		errorTitle: translate(lang, 'excel.validation.title'),
		error: translate(lang, 'excel.validation.message')
	});
}
