// Work that waits until the first page is shown: the first grid's rows painted (DataGrid calls
// firstPaintDone), or, on a page without a grid, a moment after the data is ready (app-state). What
// is queued here — the write path, the storage checks after start, the offline copy's banner, the
// grid's lazy editors — then runs when the browser is next idle after that paint, so it is not
// fetched before or beside the first rows (what the benchmark counts as the first page's scripts).
const queue: (() => void)[] = [];
let shown = false;
let done = false;

/** Run `fn` once the first page is shown and the browser is idle (at once if that time has come). */
export function afterFirstPaint(fn: () => void) {
	if (done) fn();
	else queue.push(fn);
}

/** The first page is shown: run what waited for it when the browser is next idle (at most 1 s later). */
export function firstPaintDone() {
	if (shown) return;
	shown = true;
	const run = () => {
		done = true;
		for (const fn of queue.splice(0)) fn();
	};
	if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
	else setTimeout(run, 200);
}
