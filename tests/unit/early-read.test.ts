// A page's table read while the app starts (db/early-read.ts): the read waits for the database to be
// open and seeded, the page's live copy (watchTable) takes its rows instead of reading again, and no
// change is lost: a change announced between the read and the page taking it makes the page read
// the table itself; a change after that is the live copy's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '$lib/db/database';
import { syncSeeds } from '$lib/db/seed';
import { loadLookup } from '$lib/db/read';
import { applyChanges } from '$lib/db/write';
import { watchTable, type TableSnapshot } from '$lib/db/table-store';
import { startEarlyReads, takeEarlyRead, wantTable } from '$lib/db/early-read';
import { readUnordered } from '$lib/db/pages';
import type { Lookup } from '$lib/domain/lookup';
import type { Target } from '$lib/domain/records';

const T1 = '2024-ntm-20527'; // Đại Thạnh (Đại Lộc), NTM 2024
let lookup: Lookup;
const edit = (id: string, notes: string) =>
	applyChanges(getDb(), [{ op: 'patch', table: 'targets', id, patch: { notes } }], { label: 'sửa', source: 'edit', lookup });

/** The next snapshot a live copy gives (its first load, or the next change). */
function snapshots(table: 'targets', unordered: boolean) {
	const got: TableSnapshot<Target>[] = [];
	const waiting: (() => void)[] = [];
	const stop = watchTable(
		table,
		(s) => {
			got.push(s as unknown as TableSnapshot<Target>);
			waiting.splice(0).forEach((f) => f());
		},
		{ unordered }
	);
	const next = async (n: number) => {
		while (got.length < n) await new Promise<void>((r) => waiting.push(r));
		return got[n - 1];
	};
	return { next, stop };
}

beforeAll(async () => {
	await syncSeeds(getDb());
	lookup = await loadLookup(getDb());
});
afterAll(async () => {
	getDb().close();
	await getDb().delete();
});

describe('a page’s table read while the app starts', () => {
	it('waits for the database to be ready, then gives the stored rows once', async () => {
		wantTable('targets');
		expect(takeEarlyRead('targets')).toBeNull(); // not started before the app's start says the database is ready
		wantTable('targets');
		startEarlyReads();
		const early = takeEarlyRead('targets');
		expect(early).not.toBeNull();
		const rows = await early!;
		const stored = await readUnordered(getDb(), 'targets');
		expect(rows.map((r) => r.id).sort()).toEqual(stored.map((r) => r.id).sort());
		expect(rows.length).toBeGreaterThan(100);
		expect(takeEarlyRead('targets')).toBeNull(); // given once
		expect(takeEarlyRead('communes')).toBeNull(); // never asked for
	});

	it('is what the page’s live copy shows, without a read of its own, and later changes reach it', async () => {
		const before = ((await getDb().targets.get(T1)) as unknown as Target).notes;
		wantTable('targets'); // the database is ready: read at once
		await new Promise((r) => setTimeout(r, 20)); // its transaction is made by then (in a few microtasks)
		// A write the app does not announce (no change notice), after the read began: the early read does
		// not see it, a read of the live copy's own would.
		await getDb().targets.update(T1, { notes: 'không báo' });
		const copy = snapshots('targets', true);
		const first = await copy.next(1);
		expect(first.full).toBe(true);
		expect(first.rows.find((r) => r.id === T1)?.notes).toBe(before);
		expect(first.rows.length).toBe(await getDb().targets.count());
		await edit(T1, 'sửa sau khi trang đã có các dòng');
		const second = await copy.next(2);
		expect(second.full).toBe(false);
		expect(second.rows.find((r) => r.id === T1)?.notes).toBe('sửa sau khi trang đã có các dòng');
		expect(second.rows).toHaveLength(first.rows.length);
		copy.stop();
	});

	it('is not used when the table changed after the read began: the page reads the table with the change', async () => {
		wantTable('targets');
		await edit(T1, 'sửa trong lúc đọc sớm'); // committed and announced after the early read started
		expect(takeEarlyRead('targets')).toBeNull();

		wantTable('targets');
		await edit(T1, 'sửa lần nữa');
		const copy = snapshots('targets', true);
		const first = await copy.next(1);
		expect(first.rows.find((r) => r.id === T1)?.notes).toBe('sửa lần nữa');
		copy.stop();
	});

	it('stays usable when another table changes', async () => {
		wantTable('targets');
		await applyChanges(getDb(), [{ op: 'patch', table: 'communes', id: lookup.communes[0].id, patch: { notes: 'ghi chú' } }], { label: 'sửa', source: 'edit', lookup });
		expect(takeEarlyRead('targets')).not.toBeNull();
	});

	it('is taken only by a live copy that reads in the same order', async () => {
		wantTable('targets');
		const copy = snapshots('targets', false);
		const first = await copy.next(1);
		const ids = first.rows.map((r) => r.id);
		expect(ids).toEqual([...ids].sort()); // read by the Table API, in key order
		copy.stop();
		expect(takeEarlyRead('targets', true)).toBeNull();
		expect(takeEarlyRead('targets')).not.toBeNull(); // still there for the unordered copy
	});

	it('reads a table in key order when asked so, as the Table API does', async () => {
		wantTable('communes', true);
		expect(takeEarlyRead('communes')).toBeNull(); // not the unordered read
		const rows = await takeEarlyRead('communes', true)!;
		expect(rows).toEqual(await getDb().communes.toArray());
	});
});
