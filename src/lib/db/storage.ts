// The browser's storage for this site: asking to keep it (persistent storage), how much is used
// and free, whether a large write will fit, and recognising a write that failed for lack of space.
// Browsers report these figures roughly (navigator.storage.estimate), so the check keeps a margin.
import { AppError } from './errors';

export type PersistState = 'granted' | 'prompt' | 'unsupported';

export interface StorageInfo {
	persist: PersistState;
	/** Bytes used and the quota (null where the browser does not say). */
	usage: number | null;
	quota: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;
const manager = (): Partial<StorageManagerLike> | undefined => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

/** Ask the browser not to evict this site's data under storage pressure (a request; it may say no). */
export async function requestPersist(sm = manager()): Promise<PersistState> {
	if (!sm?.persist || !sm.persisted) return 'unsupported';
	try {
		if (await sm.persisted()) return 'granted';
		return (await sm.persist()) ? 'granted' : 'prompt';
	} catch {
		return 'unsupported';
	}
}

export async function storageInfo(sm = manager()): Promise<StorageInfo> {
	let persist: PersistState = 'unsupported';
	try {
		if (sm?.persisted) persist = (await sm.persisted()) ? 'granted' : 'prompt';
	} catch {
		/* unsupported */
	}
	let usage: number | null = null;
	let quota: number | null = null;
	try {
		const e = await sm?.estimate?.();
		if (e && typeof e.quota === 'number') {
			quota = e.quota;
			usage = e.usage ?? 0;
		}
	} catch {
		/* the browser does not say */
	}
	return { persist, usage, quota };
}

/**
 * Bytes IndexedDB takes per byte of a record's JSON. Measured in Chromium 156 (README, section
 * "Dữ liệu, sao lưu"): writing the 60,000-row import grew `estimate().usage` by about 1.6 × the JSON
 * of the rows and their undo copies (LevelDB's log and the structured-clone form both count while the
 * transaction runs). 2.5 keeps a margin for the browser's rough figures.
 */
export const BYTES_FACTOR = 2.5;
/** Free space always kept (the browser needs some room to commit and to compact). */
export const RESERVE_BYTES = 2 * 1024 * 1024;

/** Refuse (AppError, nothing written) a write of `jsonBytes` that will not fit in the free space. */
export async function ensureRoom(jsonBytes: number, sm = manager()): Promise<void> {
	const { usage, quota } = await storageInfo(sm);
	if (quota === null || usage === null) return; // the browser does not say: try, and catch a failure
	const need = Math.ceil(jsonBytes * BYTES_FACTOR) + RESERVE_BYTES;
	const free = Math.max(0, quota - usage);
	if (need > free) throw new AppError('storage.noRoom', { need: mb(need), free: mb(free) });
}

/** "85 KB", "12,3 MB": a file's size as the planner reads it. */
export function sizeText(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
	return `${mb(bytes)} MB`;
}

/** "12,3" MB, the way the messages show sizes. */
export function mb(bytes: number): string {
	return (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 });
}
