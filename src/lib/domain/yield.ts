// Give the page a turn between slices of long work (so no main-thread task runs long). Uses
// scheduler.yield where the browser has it, else a MessageChannel message: setTimeout would be
// clamped to 4 ms after a few nested calls, which adds up over hundreds of slices.
export function yieldToPage(): Promise<void> {
	const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (s?.yield) return s.yield();
	if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
	return new Promise((resolve) => {
		const ch = new MessageChannel();
		ch.port1.onmessage = () => {
			ch.port1.close();
			resolve();
		};
		ch.port2.postMessage(null);
	});
}
