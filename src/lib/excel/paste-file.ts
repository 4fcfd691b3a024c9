// A block pasted from Excel (tab-separated, the clipboard's text form) made into a one-sheet
// workbook, so it goes through the same import as a file: preview, checks, apply, undo. Loaded on
// demand with SheetJS (the recognitions page's "paste a list").
import * as XLSX from 'xlsx';
import { XLSX_MIME } from './export';

/** Rows of Excel's clipboard text: cells split by tabs, rows by line breaks; a quoted cell may hold both. */
export function parseClipboardText(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === '\t') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** The pasted rows as an .xlsx file with one sheet named after the table it is for; null when empty. */
export function pastedFile(text: string, sheetName: string, fileName: string): File | null {
	const rows = parseClipboardText(text);
	if (rows.length < 2) return null;
	const wb = XLSX.utils.book_new();
	// Every cell as text: the import reads types itself, as for any hand-made sheet.
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((c) => ({ t: 's', v: c })))), sheetName.slice(0, 31));
	const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
	return new File([bytes], fileName, { type: XLSX_MIME });
}
