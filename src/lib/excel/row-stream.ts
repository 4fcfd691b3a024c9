// The rows of a sheet that are still arriving from the parse worker (read.ts RowSink): the page
// previews them while the worker reads the rest of the file (preview.ts, import-file.ts).
import type { ParsedRow, SheetStream } from './types';

/** Thrown by a preview made on rows that no longer hold (the worker restarted): preview the result. */
export class StreamRestart extends Error {}

export class RowStream implements SheetStream {
	state: SheetStream['state'] = 'open';
	private waiters: (() => void)[] = [];
	constructor(
		readonly sheet: number,
		/** The sheet's rows array: rows are appended to it as they arrive. */
		private rows: ParsedRow[]
	) {}
	push(rows: ParsedRow[]) {
		for (const r of rows) this.rows.push(r);
		this.wake();
	}
	/** No more rows: all have arrived ('done'), or those that did no longer hold ('failed'). */
	end(state: 'done' | 'failed') {
		if (this.state === 'open') this.state = state;
		this.wake();
	}
	more(): Promise<void> {
		if (this.state !== 'open') return Promise.resolve();
		return new Promise((resolve) => this.waiters.push(resolve));
	}
	private wake() {
		const waiting = this.waiters;
		this.waiters = [];
		for (const resolve of waiting) resolve();
	}
}
