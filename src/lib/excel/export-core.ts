// The pure part of the export: records -> .xlsx bytes. Runs in the export worker (export.worker.ts)
// and, where there is no worker (unit tests), on the calling thread.
import * as XLSX from 'xlsx';
import type { TableName, TableRecords } from '$lib/schema';
import type { Lookup } from '$lib/domain/lookup';
import { translate, tvi, type Lang } from '$lib/i18n/translate';
import { patchXlsx } from './ooxml-patch';
import { buildDatasetWorkbook, buildViewWorkbook, type ComputedHeader, type Dataset, type ExportInfo } from './workbook-write';

/** SheetJS writes the parts uncompressed; patchXlsx compresses once when it rebuilds the ZIP. */
function writeXlsx(wb: XLSX.WorkBook): Uint8Array {
	const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer;
	return new Uint8Array(out);
}

const PATCH_TEXTS = { errorTitle: tvi('excel.validation.title'), error: tvi('excel.validation.message') };

/** Pure: a dataset -> .xlsx bytes (typed cells, frozen header, autofilter, lists, "Thông tin", "_goc"). */
export function datasetToXlsx(data: Dataset, info: ExportInfo): Uint8Array {
	const { wb, patches } = buildDatasetWorkbook(data, info);
	return patchXlsx(writeXlsx(wb), patches, PATCH_TEXTS);
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
	return patchXlsx(writeXlsx(wb), patches, {
		errorTitle: translate(lang, 'excel.validation.title'),
		error: translate(lang, 'excel.validation.message')
	});
}

