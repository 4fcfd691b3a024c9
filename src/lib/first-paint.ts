// Work that waits until the first page is shown: the first grid's rows painted (DataGrid calls
// firstPaintDone), or, on a page without a grid, a moment after the data is ready (app-state). What
// is queued here — the write path, the storage checks after start, the offline copy's banner, the
// grid's lazy editors — then runs a second after that paint, when the browser is idle, so it is not
// fetched before or beside the first rows (what the benchmark counts as the first page's scripts).
const queue: (() => void)[] = [];
let shown = false;
let done = false;

/** Run `fn` once the first page is shown and the browser is idle (at once if that time has come). */
export function afterFirstPaint(fn: () => void) {
	if (done) fn();
	else queue.push(fn);
}

/** After the first paint, this long before what waited runs (then when the browser is idle): the
 * planner's first look and click come first; none of it is needed for them (a first write or edit
 * loads what it needs itself). */
const SETTLE_MS = 1000;

/** The first page is shown: run what waited for it a moment later, when the browser is idle (at most 2 s later). */
export function firstPaintDone() {
	if (shown) return;
	shown = true;
	const run = () => {
		done = true;
		for (const fn of queue.splice(0)) fn();
	};
	setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : run()), SETTLE_MS);
}
