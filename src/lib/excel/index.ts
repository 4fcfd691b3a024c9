// Excel in and out: the public API the UI calls. Load on demand only — it pulls in SheetJS:
//
//   const excel = await import('$lib/excel');
//
//   exportDataset(db, { filters? })                 -> Promise<{ blob, fileName, bytes }>
//       The whole dataset as `ntm-quang-nam_yyyy-mm-dd.xlsx` (format: src/lib/excel/README.md).
//   exportView({ table, rows, columnKeys, lang?, format: 'xlsx' | 'csv', lookup }) -> { blob, fileName }
//       The rows and columns on screen; CSV is UTF-8 with BOM.
//   download(blob, fileName)                         -> void (browser save)
//
//   readFile(file, onProgress?)                      -> Promise<ParsedWorkbook | { error }>
//       Parses in a Web Worker. `error.message` is the Vietnamese text to show; nothing changed.
//   readAndPreview(db, file, { onProgress?, ...preview options }) -> Promise<{ result, preview }>
//       readFile and buildPreview in one go, overlapped: the tables are read while the worker parses,
//       a big sheet is compared while the worker still reads it (import-file.ts). `preview` is null
//       when `result` is an error.
//   buildPreview(db, parsed, { mappings?, mode?: 'merge' | 'replace', useSavedMappings?, local? }) -> Promise<Preview>
//       Per row: new / changed (cells old -> new) / unchanged / kept / conflict / error, with
//       located Vietnamese issues; `deletions` in replace mode. Writes nothing.
//   applyPreview(db, preview, resolutions?, { defaultResolution? }) -> Promise<Summary>
//       One transaction through applyChanges (one undo step, label "Nhập tệp <file>").
//       `resolutions[conflictKey(table, id, field)] = 'mine' | 'theirs' | 'base'`.
//       Throws AppError (key + params, translate with the dictionary): nothing is changed.
//   saveMapping(db, signature, { table, fields }) / loadMapping(db, signature, width)
//       Remember a column mapping for a header layout (`sheet.signature`), in meta `mapping:<signature>`.
//
// Everything returned is plain data; no cell text is HTML. Render it as text only.
import { en } from '$lib/i18n/en';
import { registerDictionary } from '$lib/i18n/translate';

// English labels are read too (a workbook exported in English); register them here.
registerDictionary('en', en);
import '$lib/i18n/excel-texts';
export { exportDataset, exportView, download, datasetToXlsx, viewToXlsx, viewToCsv, readDataset, APP_VERSION } from './export';
export type { ExportFilters } from './export';
export { parseWorkbookFile as readFile, parseWorkbookFile } from './worker-client';
export { parseWorkbookBytes } from './read';
export { buildPreview, conflictKey } from './preview';
export { readAndPreview } from './import-file';
export type { Preview, PreviewRow, PreviewOptions, CellDiff, CellConflict, Deletion, SheetPlan, RowStatus, ImportMode } from './preview';
export { applyPreview, previewToChanges } from './apply';
export type { Summary, Resolution, Resolutions } from './apply';
export { saveMapping, loadMapping } from './mapping';
export { MAX_FILE_MB, MAX_ROWS } from './cells';
export type * from './types';
