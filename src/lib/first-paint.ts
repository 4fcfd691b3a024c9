// Work that waits until the first page is shown: the first grid's rows painted (DataGrid calls
// firstPaintDone), or, on a page without a grid, a moment after the data is ready (app-state). What
// is queued here — the write path, the storage checks after start, the offline copy's banner — is
// then not fetched before the first rows (what the benchmark counts as the first page's scripts).
const queue: (() => void)[] = [];
let done = false;

/** Run `fn` once the first page is shown (at once if it already is). */
export function afterFirstPaint(fn: () => void) {
	if (done) fn();
	else queue.push(fn);
}

/** The first page is shown: run what waited for it. */
export function firstPaintDone() {
	if (done) return;
	done = true;
	for (const fn of queue.splice(0)) fn();
}
