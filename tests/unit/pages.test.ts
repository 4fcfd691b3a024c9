// The paged storage (src/lib/db/pages.ts): the rows of a data table are in pages of the `pages`
// store, the table's own store stays empty, and Dexie's Table API reads and writes them as it did
// records: get, bulkGet, add/put/delete, bulkAdd refusing an existing id, clear, count, toArray in
// key order, key ranges, filter and modify (cursors), limit and reverse, liveQuery.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie, { liveQuery } from 'dexie';
import { NtmDatabase } from '$lib/db/database';
import { syncSeeds } from '$lib/db/seed';
import { PAGE_COUNT, pageOf, pagesOf, readUnordered, tableCounts } from '$lib/db/pages';
import { seedData } from '$seeds/index';
import { storedRows } from './stored';

let db: NtmDatabase;
let name: string;

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}
const nativeCount = (store: string) => request(db.backendDB().transaction(store).objectStore(store).count());
type Row = Record<string, unknown> & { id: string };
const row = (id: string, extra: Record<string, unknown> = {}): Row => ({ id, version: 1, updatedAt: '2026-01-01', notes: `n ${id}`, ...extra });

beforeEach(async () => {
	name = `pages-${Math.random().toString(36).slice(2)}`;
	db = new NtmDatabase(name);
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

describe('the page of a record', () => {
	it('is a fixed function of the id, spread over every page', () => {
		expect(pageOf('2024-ntm-20527')).toBe(pageOf('2024-ntm-20527'));
		const seen = new Set<number>();
		const sizes = new Array(PAGE_COUNT).fill(0);
		for (let i = 0; i < 64_000; i++) {
			const p = pageOf(`t-${i.toString(16)}`);
			seen.add(p);
			sizes[p]++;
		}
		expect(seen.size).toBe(PAGE_COUNT);
		// 125 a page on average (64,000 rows); none far from it.
		expect(Math.max(...sizes)).toBeLessThan(175);
		expect(Math.min(...sizes)).toBeGreaterThan(75);
	});

	it('groups rows into pages and the row count', () => {
		const rows = Array.from({ length: 1000 }, (_, i) => row(`r${i}`));
		const out = pagesOf('targets', rows);
		expect(out.find((p) => p.key[1] === -1)?.value).toBe(1000);
		const pages = out.filter((p) => p.key[1] >= 0);
		expect(pages.flatMap((p) => p.value as Row[])).toHaveLength(1000);
		for (const p of pages) for (const r of p.value as Row[]) expect(pageOf(r.id)).toBe(p.key[1]);
	});
});

describe('a paged table', () => {
	it('stores the seed rows in pages, not in its own store', async () => {
		await syncSeeds(db);
		expect(await nativeCount('targets')).toBe(0);
		expect(await nativeCount('communes')).toBe(0);
		const stored = await storedRows(db.backendDB(), 'targets');
		expect(stored.size).toBe(seedData.targets.length);
		expect(await db.targets.count()).toBe(seedData.targets.length);
		// At most PAGE_COUNT pages and one head per table.
		const pages = await nativeCount('pages');
		expect(pages).toBeGreaterThan(0);
		expect(pages).toBeLessThanOrEqual((PAGE_COUNT + 1) * 25);
	});

	it('reads a whole table unordered: the rows toArray gives', async () => {
		await db.table('targets').bulkPut([row('b', { status: 'done' }), row('a', { status: 'done' }), row('c', { status: 'late' })]);
		const all = (await readUnordered(db, 'targets')) as Row[];
		const byKey = (await db.table('targets').toArray()) as Row[];
		expect([...all].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(byKey);
		expect(all.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
		expect(await readUnordered(db, 'communes')).toEqual([]);
	});

	it('reads and writes through the Table API as records did', async () => {
		const t = db.table('models');
		await t.bulkAdd([row('b'), row('a'), row('c'), row('é'), row('B')]);
		expect(await t.count()).toBe(5);
		expect((await t.toArray()).map((r) => r.id)).toEqual(['B', 'a', 'b', 'c', 'é']); // IndexedDB's key order
		expect(await t.get('a')).toEqual(row('a'));
		expect(await t.get('zz')).toBeUndefined();
		expect((await t.bulkGet(['c', 'zz', 'a'])).map((r) => r?.id)).toEqual(['c', undefined, 'a']);
		await t.put(row('a', { notes: 'mới' }));
		expect((await t.get('a'))?.notes).toBe('mới');
		expect(await t.count()).toBe(5);
		await t.delete('b');
		await t.bulkDelete(['c', 'nope']);
		expect(await t.count()).toBe(3);
		expect((await t.toCollection().primaryKeys()).sort()).toEqual(['B', 'a', 'é']);
		// Ranges, reverse, limit, filter (a cursor), modify, update.
		expect((await t.where(':id').between('A', 'b').toArray()).map((r) => r.id)).toEqual(['B', 'a']);
		expect((await t.toCollection().reverse().limit(2).toArray()).map((r) => r.id)).toEqual(['é', 'a']);
		expect((await t.filter((r) => r.notes === 'mới').toArray()).map((r) => r.id)).toEqual(['a']);
		expect(await t.where(':id').equals('B').modify({ notes: 'sửa' })).toBe(1);
		expect(await t.update('é', { notes: 'cập nhật' })).toBe(1);
		expect((await t.get('B'))?.notes).toBe('sửa');
		expect((await t.get('é'))?.notes).toBe('cập nhật');
		let seen = 0;
		await t.each(() => seen++);
		expect(seen).toBe(3);
		await t.clear();
		expect(await t.count()).toBe(0);
		expect(await t.toArray()).toEqual([]);
		expect(await nativeCount('models')).toBe(0);
		expect((await storedRows(db.backendDB(), 'models')).size).toBe(0);
	});

	it('refuses to add an existing id, and a transaction that fails writes nothing', async () => {
		const t = db.table('models');
		await t.bulkAdd([row('a'), row('b')]);
		await expect(t.add(row('a'))).rejects.toMatchObject({ name: 'ConstraintError' });
		await expect(
			db.transaction('rw', t, async () => {
				await t.put(row('c'));
				await t.bulkAdd([row('d'), row('b')]);
			})
		).rejects.toMatchObject({ name: 'BulkError' });
		expect((await t.toArray()).map((r) => r.id)).toEqual(['a', 'b']);
		expect(await t.count()).toBe(2);
	});

	it('keeps what a transaction wrote visible to its later reads, and many slices in one transaction', async () => {
		const t = db.table('targets');
		const rows = Array.from({ length: 5000 }, (_, i) => row(`x-${i}`));
		await db.transaction('rw', t, async () => {
			for (let i = 0; i < rows.length; i += 1000) {
				await t.bulkAdd(rows.slice(i, i + 1000));
				expect(await t.count()).toBe(i + 1000);
			}
			await t.bulkPut(rows.slice(0, 10).map((r) => ({ ...r, notes: 'lần hai' })));
			expect((await t.get('x-3'))?.notes).toBe('lần hai');
		});
		expect(await t.count()).toBe(5000);
		expect((await t.get('x-4999'))?.notes).toBe('n x-4999');
		expect((await t.get('x-3'))?.notes).toBe('lần hai');
		expect((await storedRows(db.backendDB(), 'targets')).size).toBe(5000);
	});

	it('reads each page once for many rows of it (a bulk read does not cost a request per row)', async () => {
		const t = db.table('targets');
		const rows = Array.from({ length: 3000 }, (_, i) => row(`g-${i}`));
		await t.bulkAdd(rows);
		const { IDBObjectStore } = await import('fake-indexeddb');
		const spy = vi.spyOn(IDBObjectStore.prototype, 'get');
		try {
			expect((await t.bulkGet(rows.map((r) => r.id))).every(Boolean)).toBe(true);
			expect(spy.mock.calls.length).toBeLessThanOrEqual(PAGE_COUNT);
		} finally {
			spy.mockRestore();
		}
	});

	it('reads a whole table in a few requests (each one a short task for the page), every row once and in key order', async () => {
		const t = db.table('targets');
		const rows = Array.from({ length: 3000 }, (_, i) => row(`w-${String(i).padStart(4, '0')}`, { status: i % 3 ? 'done' : 'open' }));
		await t.bulkAdd(rows);
		const { IDBObjectStore } = await import('fake-indexeddb');
		const spy = vi.spyOn(IDBObjectStore.prototype, 'getAll');
		try {
			const read = (await db.transaction('r', t, () => t.toArray())) as Row[];
			expect(spy.mock.calls.length).toBeGreaterThan(1);
			expect(spy.mock.calls.length).toBeLessThanOrEqual(16);
			expect(read.map((r) => r.id)).toEqual(rows.map((r) => r.id));
			expect(read).toEqual(rows);
			const backwards = (await db.transaction('r', t, () => t.toCollection().reverse().toArray())) as Row[];
			expect(backwards.map((r) => r.id)).toEqual(rows.map((r) => r.id).reverse());
		} finally {
			spy.mockRestore();
		}
	});

	it('counts right when two writes of one transaction run side by side', async () => {
		const t = db.table('targets');
		await db.transaction('rw', t, () => Promise.all([t.bulkAdd(Array.from({ length: 300 }, (_, i) => row(`a-${i}`))), t.bulkAdd(Array.from({ length: 200 }, (_, i) => row(`b-${i}`))), t.bulkDelete(['a-0', 'nope'])]));
		expect(await t.count()).toBe(499);
		expect(await t.toCollection().primaryKeys()).toHaveLength(499);
	});

	it('does not keep a change made to a record after it was written', async () => {
		const t = db.table('models');
		const r = row('a');
		await db.transaction('rw', t, async () => {
			await t.put(r);
			r.notes = 'đổi sau khi ghi';
			await t.put(row('b')); // rewrites the page of 'a' only if they share one; either way 'a' stays
		});
		expect((await t.get('a'))?.notes).toBe('n a');
	});

	it('tells liveQuery when a row changes', async () => {
		const t = db.table('models');
		await t.put(row('a'));
		const seen: number[] = [];
		const sub = liveQuery(() => t.count()).subscribe((n) => seen.push(n));
		await new Promise((r) => setTimeout(r, 50));
		await t.put(row('b'));
		await new Promise((r) => setTimeout(r, 100));
		sub.unsubscribe();
		expect(seen).toEqual([1, 2]);
	});
});

describe('the row counts of every table (the start decision)', () => {
	it('are the Table API’s counts for filled, emptied and never-filled tables', async () => {
		await syncSeeds(db);
		await db.targets.bulkDelete((await db.targets.toCollection().primaryKeys()).slice(0, 10));
		await db.goals.clear(); // a table emptied: no pages, no head
		const tables = db.dataTables().map((t) => t.name);
		const want = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db.table(t).count()] as const)));
		expect(want.targets).toBe(seedData.targets.length - 10);
		expect(want.goals).toBe(0);
		const got = await db.transaction('r', [...db.dataTables(), db.table('pages')], () => tableCounts(db, tables));
		expect(got).toEqual(want);
	});

	it('count a table whose pages have no head (not written so by this version) through the Table API', async () => {
		await db.table('targets').bulkPut([row('a'), row('b'), row('c')]);
		await db.table('pages').delete(['targets', -1]);
		expect(await tableCounts(db, ['targets', 'goals'])).toEqual({ targets: 3, goals: 0 });
	});
});
