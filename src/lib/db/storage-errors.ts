// Recognising a write that failed for lack of space, however IndexedDB and Dexie wrap it: a
// QuotaExceededError, or Dexie's BulkError/AbortError whose cause is one (the cause may only be on
// the IndexedDB transaction, whose `error` the write path passes along).

interface ErrLike {
	name?: string;
	message?: string;
	inner?: unknown;
	failures?: unknown[];
	error?: unknown;
}

/** The error, its `inner` cause and a Dexie BulkError's failures, depth first. */
function* causes(e: unknown, depth = 0): Generator<ErrLike> {
	if (!e || typeof e !== 'object' || depth > 4) return;
	const err = e as ErrLike;
	yield err;
	yield* causes(err.inner, depth + 1);
	for (const f of (Array.isArray(err.failures) ? err.failures : []).slice(0, 3)) yield* causes(f, depth + 1);
}

/** A write that failed because the disk or the site's quota is full (however Dexie wraps it). */
export function isQuotaError(e: unknown, transactionError?: unknown): boolean {
	for (const c of [...causes(e), ...causes(transactionError)]) {
		if (c.name === 'QuotaExceededError' || /quota/i.test(String(c.message ?? ''))) return true;
	}
	return false;
}

/** An abort whose cause the error itself does not carry (Dexie's BulkError of AbortErrors). */
export function isAbort(e: unknown): boolean {
	for (const c of causes(e)) if (c.name === 'AbortError' || c.name === 'BulkError') return true;
	return false;
}

/** The browser's own words, for the folded "technical details" (never shown unfolded). */
export function technical(e: unknown, transactionError?: unknown): string {
	const parts: string[] = [];
	for (const c of [...causes(e), ...causes(transactionError)]) {
		const s = `${c.name ?? 'Error'}: ${String(c.message ?? '').slice(0, 160)}`;
		if (!parts.includes(s)) parts.push(s);
	}
	return parts.join('\n').slice(0, 800);
}
