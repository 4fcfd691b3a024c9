// Errors the write path raises. They carry a dictionary key and parameters, never a stack
// trace for the user; the UI translates them. `technical` holds the browser's own words, shown
// only folded away (a <details>), for whoever helps the planner.
import type { DictKey, Params } from '$lib/i18n/translate';
import { isQuotaError, technical } from './storage-errors';

export class AppError extends Error {
	constructor(
		readonly key: DictKey,
		readonly params: Params = {},
		readonly technical = ''
	) {
		super(key);
		this.name = 'AppError';
	}
}

/** Turn anything thrown into an AppError (quota errors are recognised, even when wrapped).
 * `transactionError` is the IndexedDB transaction's own error, where the write path has it: a
 * Dexie BulkError only says its requests were aborted, the transaction says why. */
export function toAppError(e: unknown, transactionError?: unknown): AppError {
	if (e instanceof AppError) return e;
	const err = e as { name?: string; inner?: { name?: string }; message?: string } | null;
	if (isQuotaError(e, transactionError)) {
		return new AppError('err.quota', {}, technical(e, transactionError));
	}
	// Another tab opened a newer version of the app and this tab's connection was closed.
	if (err?.name === 'DatabaseClosedError' || err?.name === 'VersionChangeError' || err?.inner?.name === 'VersionChangeError') {
		return new AppError('err.dbClosed');
	}
	return new AppError('err.unexpected', { detail: String(err?.message ?? e).slice(0, 200) });
}
