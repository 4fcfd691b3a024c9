// Rows on their way from the parse worker to the page, packed: a text is sent once (then by its
// number), and the cells travel in typed arrays that are transferred, not copied. Cell texts repeat
// down a column ("Quý 4/2024", "Chưa bắt đầu"): copying each one into the message and making a new
// string of it on the page took most of the time the rows spent between the two threads.
import type { CellValue, ParsedRow } from './types';

export interface PackedRows {
	/** Texts not sent before in this read, in the order they are numbered (after those sent before). */
	texts: string[];
	/** Each row's Excel row number. */
	rowNumbers: Int32Array;
	/** Where each row's cells start in `kinds`/`values`, and one more: where the last one ends. */
	starts: Int32Array;
	kinds: Uint8Array;
	/** A text's number, a number, or a date's time (per `kinds`). */
	values: Float64Array;
}

const NULL = 0;
const TEXT = 1;
const NUMBER = 2;
const FALSE = 3;
const TRUE = 4;
const DATE = 5;
const UNDEFINED = 6;

/** The worker's side: numbers each text the first time it is sent. One per read. */
export class RowPacker {
	private numbers = new Map<string, number>();

	pack(rows: ParsedRow[]): PackedRows {
		let cells = 0;
		for (const r of rows) cells += r.cells.length;
		const rowNumbers = new Int32Array(rows.length);
		const starts = new Int32Array(rows.length + 1);
		const kinds = new Uint8Array(cells);
		const values = new Float64Array(cells);
		const texts: string[] = [];
		let at = 0;
		for (let i = 0; i < rows.length; i++) {
			rowNumbers[i] = rows[i].row;
			starts[i] = at;
			const row = rows[i].cells;
			for (let c = 0; c < row.length; c++, at++) {
				const v = row[c];
				if (typeof v === 'string') {
					let n = this.numbers.get(v);
					if (n === undefined) {
						n = this.numbers.size;
						this.numbers.set(v, n);
						texts.push(v);
					}
					kinds[at] = TEXT;
					values[at] = n;
				} else if (typeof v === 'number') {
					kinds[at] = NUMBER;
					values[at] = v;
				} else if (typeof v === 'boolean') kinds[at] = v ? TRUE : FALSE;
				else if (v instanceof Date) {
					kinds[at] = DATE;
					values[at] = v.getTime();
				} else kinds[at] = v === undefined ? UNDEFINED : NULL;
			}
		}
		starts[rows.length] = at;
		return { texts, rowNumbers, starts, kinds, values };
	}
}

/** What `postMessage` moves instead of copying. */
export function transfers(p: PackedRows): ArrayBuffer[] {
	return [p.rowNumbers.buffer as ArrayBuffer, p.starts.buffer as ArrayBuffer, p.kinds.buffer as ArrayBuffer, p.values.buffer as ArrayBuffer];
}

/** The page's side: the rows back, each text one shared string. One per read, fed in order. */
export class RowUnpacker {
	private texts: string[] = [];

	unpack(p: PackedRows): ParsedRow[] {
		for (const t of p.texts) this.texts.push(t);
		const { rowNumbers, starts, kinds, values } = p;
		const texts = this.texts;
		const rows: ParsedRow[] = new Array(rowNumbers.length);
		for (let i = 0; i < rowNumbers.length; i++) {
			const from = starts[i];
			const cells: CellValue[] = new Array(starts[i + 1] - from);
			for (let c = 0; c < cells.length; c++) {
				const v = values[from + c];
				switch (kinds[from + c]) {
					case TEXT:
						cells[c] = texts[v];
						break;
					case NUMBER:
						cells[c] = v;
						break;
					case FALSE:
						cells[c] = false;
						break;
					case TRUE:
						cells[c] = true;
						break;
					case DATE:
						cells[c] = new Date(v);
						break;
					case UNDEFINED:
						cells[c] = undefined as unknown as CellValue;
						break;
					default:
						cells[c] = null;
				}
			}
			rows[i] = { row: rowNumbers[i], cells };
		}
		return rows;
	}
}
