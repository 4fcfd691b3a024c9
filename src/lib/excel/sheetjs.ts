// SheetJS, loaded when a read needs it. The fast .xlsx reader (xlsx-reader.ts) reads most files
// without it; SheetJS reads the rest (.xls, .ods, .csv, unusual or encrypted files), formats numbers
// that have a number format, and is the fallback. Kept out of the parse worker's own code, whose
// start it would otherwise slow by its size (about 400 KB compiled before every parse).
import type * as SheetJSModule from 'xlsx';

export type SheetJS = typeof SheetJSModule;

let lib: SheetJS | null = null;

/** Thrown by `sheetjs()` before `loadSheetJS()`: the caller loads it and reads the file again. */
export class NeedsSheetJS extends Error {
	constructor() {
		super('SheetJS is not loaded');
	}
}

/** SheetJS, when loaded; else throws NeedsSheetJS. */
export function sheetjs(): SheetJS {
	if (!lib) throw new NeedsSheetJS();
	return lib;
}

export async function loadSheetJS(): Promise<SheetJS> {
	return (lib ??= await import('xlsx'));
}

export function sheetjsLoaded(): boolean {
	return lib !== null;
}

/**
 * Number formats SheetJS's `SSF.is_date` calls dates (excel-sheetjs-lazy.test.ts checks each): its
 * built-in date formats and the app's own (workbook-write.ts), so a file of dates reads without it.
 */
export const KNOWN_DATE_FORMATS: ReadonlySet<string> = new Set([
	'm/d/yy', 'd-mmm-yy', 'd-mmm', 'mmm-yy', 'h:mm AM/PM', 'h:mm:ss AM/PM', 'h:mm', 'h:mm:ss', 'm/d/yy h:mm', 'mm:ss', '[h]:mm:ss', 'mmss.0',
	'dd/mm/yyyy', 'dd/mm/yyyy hh:mm'
]);

/** SheetJS's `SSF.is_date` (loaded only for a format not known here). */
export function isDateFormat(z: string): boolean {
	return z !== 'General' && (KNOWN_DATE_FORMATS.has(z) || sheetjs().SSF.is_date(z));
}

/** For tests: start again as a new worker does, without SheetJS. */
export function forgetSheetJS(): void {
	lib = null;
}
