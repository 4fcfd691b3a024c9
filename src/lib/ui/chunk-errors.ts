// A part of the app loaded on demand (a page, the Excel code, a chart) that could not be fetched:
// offline without the offline copy, or a host that no longer has an old version's files. Browsers
// word it differently; each is recognised here and turned into one Vietnamese message.
const CHUNK_ERROR = /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to load module script|Unable to preload CSS/i;

export function isChunkLoadError(e: unknown): boolean {
	const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
	return CHUNK_ERROR.test(message);
}

/** Call `onError` for every chunk load error nobody handled; returns the function that stops it. */
export function watchChunkErrors(onError: () => void): () => void {
	const rejected = (e: PromiseRejectionEvent) => {
		if (!isChunkLoadError(e.reason)) return;
		e.preventDefault();
		onError();
	};
	const thrown = (e: ErrorEvent) => {
		if (!isChunkLoadError(e.error ?? e.message)) return;
		e.preventDefault();
		onError();
	};
	addEventListener('unhandledrejection', rejected);
	addEventListener('error', thrown);
	return () => {
		removeEventListener('unhandledrejection', rejected);
		removeEventListener('error', thrown);
	};
}
