// Errors the write path raises. They carry a dictionary key and parameters, never a stack
// trace for the user; the UI translates them.
import type { DictKey, Params } from '$lib/i18n/translate';

export class AppError extends Error {
	constructor(
		readonly key: DictKey,
		readonly params: Params = {}
	) {
		super(key);
		this.name = 'AppError';
	}
}

/** Turn anything thrown into an AppError (quota errors are recognised, even when wrapped). */
export function toAppError(e: unknown): AppError {
	if (e instanceof AppError) return e;
	const err = e as { name?: string; inner?: { name?: string }; message?: string } | null;
	if (err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError') {
		return new AppError('err.quota');
	}
	// Another tab opened a newer version of the app and this tab's connection was closed.
	if (err?.name === 'DatabaseClosedError' || err?.name === 'VersionChangeError' || err?.inner?.name === 'VersionChangeError') {
		return new AppError('err.dbClosed');
	}
	return new AppError('err.unexpected', { detail: String(err?.message ?? e).slice(0, 200) });
}
