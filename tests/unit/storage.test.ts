// Storage checks (db/storage.ts) and the write path's answer to a full disk (db/write.ts): a large
// write that will not fit is refused before anything is written; a write the browser refuses for
// lack of space says so, and says (after reading the data again) that nothing changed.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { NtmDatabase } from '$lib/db/database';
import { syncSeeds } from '$lib/db/seed';
import { loadLookup } from '$lib/db/read';
import { applyChanges, ROOM_CHECK_OVER, type Change, type ApplyOptions } from '$lib/db/write';
import { changeBytes } from '$lib/db/storage-failure';
import { AppError, toAppError } from '$lib/db/errors';
import { ensureRoom, storageInfo, requestPersist, BYTES_FACTOR, RESERVE_BYTES } from '$lib/db/storage';
import { isQuotaError, technical } from '$lib/db/storage-errors';
import { tvi } from '$lib/i18n/translate';

const MB = 1024 * 1024;
const fakeStorage = (usage: number, quota: number, persisted = false) => ({
	estimate: async () => ({ usage, quota }),
	persisted: async () => persisted,
	persist: async () => true
});

async function rejection(p: Promise<unknown>): Promise<AppError> {
	const e = await p.then(
		() => null,
		(x) => x
	);
	expect(e, 'expected a rejection').toBeInstanceOf(AppError);
	return e as AppError;
}

describe('ensureRoom', () => {
	it('lets a write through when it fits, with the factor and the reserve', async () => {
		const need = Math.ceil(MB * BYTES_FACTOR) + RESERVE_BYTES;
		await expect(ensureRoom(MB, fakeStorage(100 * MB, 100 * MB + need))).resolves.toBeUndefined();
	});
	it('refuses, in Vietnamese with the sizes, when it will not fit', async () => {
		const err = await rejection(ensureRoom(10 * MB, fakeStorage(97 * MB, 100 * MB)));
		expect(err.key).toBe('storage.noRoom');
		expect(err.params).toEqual({ need: '22', free: '3,0' });
		expect(tvi(err.key, err.params)).toMatch(/cần khoảng 22 MB, chỉ còn 3,0 MB\. Chưa có gì bị thay đổi/);
	});
	it('lets the write try when the browser does not say', async () => {
		await expect(ensureRoom(10 * MB, {})).resolves.toBeUndefined();
	});
});

describe('persistent storage', () => {
	it('asks once and reports the state', async () => {
		const sm = fakeStorage(0, 1, false);
		const ask = vi.spyOn(sm, 'persist');
		expect(await requestPersist(sm)).toBe('granted');
		expect(ask).toHaveBeenCalledOnce();
		expect(await requestPersist(fakeStorage(0, 1, true))).toBe('granted');
		expect(await requestPersist({ ...fakeStorage(0, 1), persist: async () => false })).toBe('prompt');
		expect(await requestPersist({})).toBe('unsupported');
		expect(await storageInfo(fakeStorage(5, 10, true))).toEqual({ persist: 'granted', usage: 5, quota: 10 });
	});
});

describe('recognising a full disk', () => {
	const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
	it('in Dexie’s BulkError of AbortErrors, from the transaction’s own error', () => {
		const bulk = { name: 'BulkError', message: 'targets.bulkAdd(): 312 of 2000 operations failed. Errors: AbortError', failures: [{ name: 'AbortError', message: '' }] };
		expect(isQuotaError(bulk)).toBe(false);
		expect(isQuotaError(bulk, quota)).toBe(true);
		expect(toAppError(bulk, quota).key).toBe('err.quota');
		expect(toAppError(bulk, quota).technical).toContain('BulkError: targets.bulkAdd()');
		expect(toAppError(bulk).key).toBe('err.unexpected');
	});
	it('in a failure of a bulk operation or a wrapped inner error', () => {
		expect(isQuotaError({ name: 'BulkError', failures: [quota] })).toBe(true);
		expect(isQuotaError({ name: 'AbortError', inner: { name: 'DOMException', inner: quota } })).toBe(true);
		expect(technical({ name: 'AbortError', inner: quota })).toBe('AbortError: \nQuotaExceededError: The quota has been exceeded.');
	});
});

describe('the write path on a full disk', () => {
	let db: NtmDatabase;
	let opts: ApplyOptions;
	beforeEach(async () => {
		db = new NtmDatabase('storage-' + Math.random());
		await syncSeeds(db);
		opts = { label: 'test', source: 'import', lookup: await loadLookup(db), trusted: true };
	});
	afterEach(async () => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
		db.close();
		await db.delete();
	});

	const inserts = (n: number, prefix = 'm'): Change[] =>
		Array.from({ length: n }, (_, i) => ({
			op: 'insert' as const,
			table: 'models' as const,
			record: { id: `${prefix}-${i}`, name: `Mô hình ${prefix} số ${i} với một cái tên khá dài để chiếm chỗ`, communeId: '20335' }
		}));

	it(`refuses a write of ${ROOM_CHECK_OVER} changes or more before writing when it will not fit`, async () => {
		const changes = inserts(ROOM_CHECK_OVER);
		const need = changeBytes(changes) * BYTES_FACTOR;
		vi.stubGlobal('navigator', { storage: fakeStorage(100 * MB, 100 * MB + need) }); // less than need + reserve
		const err = await rejection(applyChanges(db, changes, opts));
		expect(err.key).toBe('storage.noRoom');
		expect(await db.table('models').count()).toBe(0);
		expect(await db.history.count()).toBe(0);
		// with room, the same write goes through
		vi.stubGlobal('navigator', { storage: fakeStorage(10 * MB, 1000 * MB) });
		await applyChanges(db, changes, opts);
		expect(await db.table('models').count()).toBe(ROOM_CHECK_OVER);
	});

	it('says the disk is full and that nothing changed (read again) when the browser refuses a write', async () => {
		const first = inserts(5);
		await applyChanges(db, first, opts);
		const before = await db.table('models').toArray();
		const historyBefore = await db.history.count();
		// The disk fills up while the transaction runs: IndexedDB aborts it with QuotaExceededError.
		const { IDBObjectStore } = await import('fake-indexeddb');
		// (Rows are written as pages, db/pages.ts: put requests; the history entry is an add.)
		let calls = 0;
		for (const method of ['add', 'put'] as const) {
			const original = IDBObjectStore.prototype[method];
			vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
				if (++calls > 3) {
					this.transaction.abort();
					Object.defineProperty(this.transaction, 'error', { value: Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }) });
				}
				return original.apply(this, args);
			});
		}
		const more: Change[] = [
			...inserts(20, 'n'),
			{ op: 'patch', table: 'models', id: 'm-1', patch: { name: 'đổi tên' }, expectedVersion: 1 }
		];
		const err = await rejection(applyChanges(db, more, opts));
		expect(err.key).toBe('storage.full');
		expect(err.params.checked).toBe(21);
		expect(err.technical).toMatch(/QuotaExceededError/);
		expect(tvi(err.key, err.params)).toMatch(/^Bộ nhớ của trình duyệt đã đầy.*Không có gì bị thay đổi: đã đọc lại 21 dòng/);
		vi.restoreAllMocks();
		expect(await db.table('models').toArray()).toEqual(before);
		expect(await db.history.count()).toBe(historyBefore);
	});
});

describe('changeBytes', () => {
	it('measures small writes exactly and estimates large ones from an even sample', () => {
		const insert = (i: number): Change => ({ op: 'insert', table: 'models', record: { id: `m-${i}`, name: i % 2 ? 'ngắn' : 'một cái tên dài hơn nhiều' } });
		const few = Array.from({ length: 10 }, (_, i) => insert(i));
		expect(changeBytes(few)).toBe(few.reduce((n, c) => n + JSON.stringify((c as { record: unknown }).record).length, 0));
		const many = Array.from({ length: 60_000 }, (_, i) => insert(i));
		const exact = many.reduce((n, c) => n + JSON.stringify((c as { record: unknown }).record).length, 0);
		expect(Math.abs(changeBytes(many) - exact) / exact).toBeLessThan(0.02);
	});
});
