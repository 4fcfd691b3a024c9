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

/** A workbook to write: the model, the edits SheetJS cannot make, and the texts those edits use. */
type Book = { wb: XLSX.WorkBook; patches: SheetPatch[]; texts: PatchTexts };

/** The fast writer (xlsx-writer.ts: the same parts), or the old path for what it does not write. */
function write({ wb, patches, texts }: Book): Uint8Array {
	try {
		return writeFast(wb, patches, texts);
	} catch (e) {
		if (!(e instanceof WriterUnsupported)) throw e;
		return writeWithSheetJS(wb, patches, texts);
	}
}

/** The same, with the platform's deflate where there is one (the export worker). */
async function writeAsync({ wb, patches, texts }: Book): Promise<Uint8Array> {
	try {
		return await writeFastAsync(wb, patches, texts);
	} catch (e) {
		if (!(e instanceof WriterUnsupported)) throw e;
		return writeWithSheetJS(wb, patches, texts);
	}
}

const PATCH_TEXTS = { errorTitle: tvi('excel.validation.title'), error: tvi('excel.validation.message') };

function datasetBook(data: Dataset, info: ExportInfo): Book {
	return { ...buildDatasetWorkbook(data, info), texts: PATCH_TEXTS };
}

type ViewArgs<T extends TableName> = [
	table: T,
	rows: readonly TableRecords[T][],
	columnKeys: readonly string[],
	lang: Lang,
	lookup: Lookup,
	computed?: readonly ComputedHeader[]
];

function viewBook<T extends TableName>(...[table, rows, columnKeys, lang, lookup, computed = []]: ViewArgs<T>): Book {
	return {
		...buildViewWorkbook(table, rows, columnKeys, lang, lookup, computed),
		texts: { errorTitle: translate(lang, 'excel.validation.title'), error: translate(lang, 'excel.validation.message') }
	};
}

/** Pure: a dataset -> .xlsx bytes (typed cells, frozen header, autofilter, lists, "Thông tin", "_goc"). */
export const datasetToXlsx = (data: Dataset, info: ExportInfo): Uint8Array => write(datasetBook(data, info));

/** Pure: one view -> .xlsx bytes. */
export const viewToXlsx = <T extends TableName>(...args: ViewArgs<T>): Uint8Array => write(viewBook(...args));

/** As datasetToXlsx, compressed by the platform's deflate (the export worker). */
export const datasetToXlsxAsync = (data: Dataset, info: ExportInfo): Promise<Uint8Array> => writeAsync(datasetBook(data, info));

/** As viewToXlsx, compressed by the platform's deflate (the export worker). */
export const viewToXlsxAsync = <T extends TableName>(...args: ViewArgs<T>): Promise<Uint8Array> => writeAsync(viewBook(...args));
