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
 * Room a write needs per byte of its JSON. Measured in Chromium 156 (tests/tools/storage-bench.mjs,
 * README "Dữ liệu, sao lưu"): Chromium checks the quota against the transaction's serialized size,
 * about 0.9 × the JSON of target rows (243 rows, 76.6 KB of JSON, fit in 68 KB; 244 did not); on
 * disk, 60,000 rows grew the usage by 0.5 × their JSON once LevelDB compressed them, a small write
 * by up to 1.9 × before compaction. 2 covers both, and the browser's rough `estimate()` figures.
 */
export const BYTES_FACTOR = 2;
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
