// Issue 12, item 4: two tabs on one database. Each tab undoes (and redoes) its own steps; an undo
// or redo that would overwrite a later change from another tab is refused, naming the row, and
// changes nothing; steps of older releases (no tab) stay undoable; a tab keeps its steps after a
// reload (same tab id); a stale edit (expected version) is refused.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { NtmDatabase } from '$lib/db/database';
import { syncSeeds } from '$lib/db/seed';
import { loadLookup } from '$lib/db/read';
import { applyChanges, undo, redo, historyCounts, type Change, type ApplyOptions } from '$lib/db/write';
import { AppError } from '$lib/db/errors';
import { translate } from '$lib/i18n/translate';
import type { Lookup } from '$lib/domain/lookup';

const T1 = '2024-ntm-20527'; // Đại Thạnh (Đại Lộc), NTM 2024
const T2 = '2025-nang_cao-20365'; // Tam Thành (Phú Ninh), nâng cao 2025
const A = 'tab-a';
const B = 'tab-b';

let db: NtmDatabase;
let name: string;
let lookup: Lookup;
const opts = (tab: string | undefined, label = 'sửa'): ApplyOptions => ({ label, source: 'edit', lookup, ...(tab ? { tab } : {}) });
const notes = (id: string, text: string, expectedVersion?: number): Change => ({
	op: 'patch',
	table: 'targets',
	id,
	patch: { notes: text },
	...(expectedVersion !== undefined ? { expectedVersion } : {})
});
const get = async (id: string) => (await db.targets.get(id)) as unknown as Record<string, unknown>;

async function refused(p: Promise<unknown>, key: string): Promise<AppError> {
	const e = await p.then(
		() => null,
		(x) => x
	);
	expect(e, 'expected a refusal').toBeInstanceOf(AppError);
	expect((e as AppError).key).toBe(key);
	return e as AppError;
}

beforeEach(async () => {
	name = 'tabs-' + Math.random();
	db = new NtmDatabase(name);
	await syncSeeds(db);
	lookup = await loadLookup(db);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

describe('undo per tab', () => {
	it("Ctrl+Z in a tab undoes that tab's own latest step, not the other tab's", async () => {
		const seedNotes = (await get(T1)).notes;
		await applyChanges(db, [notes(T1, 'A sửa')], opts(A));
		await applyChanges(db, [notes(T2, 'B sửa')], opts(B));
		const entry = await undo(db, { tab: A, lookup });
		expect(entry?.tab).toBe(A);
		expect((await get(T1)).notes).toBe(seedNotes);
		expect((await get(T2)).notes).toBe('B sửa');
		// Tab B still undoes its own step; then neither has anything left.
		expect((await undo(db, { tab: B, lookup }))?.tab).toBe(B);
		expect((await get(T2)).notes).not.toBe('B sửa');
		expect(await undo(db, { tab: A, lookup })).toBeNull();
		expect(await historyCounts(db, A)).toEqual({ undo: 0, redo: 1 });
	});

	it("an undo that would overwrite another tab's later change is refused with the row named, and changes nothing", async () => {
		await applyChanges(db, [notes(T1, 'A sửa')], opts(A));
		await applyChanges(db, [notes(T1, 'B sửa sau')], opts(B));
		const before = await get(T1);
		const historyBefore = await db.history.toArray();
		const e = await refused(undo(db, { tab: A, lookup }), 'tabs.undoChanged');
		const text = translate('vi', e.key, e.params);
		expect(text).toContain('Đại Thạnh');
		expect(text).toContain('"sửa"');
		expect(text).toContain('Dữ liệu không bị thay đổi');
		expect(await get(T1)).toEqual(before);
		expect(await db.history.toArray()).toEqual(historyBefore);
		// Tab B's own undo is fine, and after it tab A's step applies again cleanly.
		await undo(db, { tab: B, lookup });
		expect((await get(T1)).notes).toBe('A sửa');
		await undo(db, { tab: A, lookup });
		expect((await get(T1)).notes).not.toBe('A sửa');
	});

	it("a redo that would overwrite another tab's later change is refused too", async () => {
		await applyChanges(db, [notes(T1, 'A sửa')], opts(A));
		await undo(db, { tab: A, lookup });
		await applyChanges(db, [notes(T1, 'B sửa')], opts(B));
		// Tab B's new step did not take tab A's redo away...
		expect(await historyCounts(db, A)).toEqual({ undo: 0, redo: 1 });
		const before = await get(T1);
		// ...but redoing it now would overwrite B's value.
		const e = await refused(redo(db, { tab: A, lookup }), 'tabs.redoChanged');
		expect(translate('vi', e.key, e.params)).toContain('Đại Thạnh');
		expect(await get(T1)).toEqual(before);
		// A new step in tab A discards its own redo side only.
		await applyChanges(db, [notes(T2, 'A sửa T2')], opts(A));
		expect(await historyCounts(db, A)).toEqual({ undo: 1, redo: 0 });
	});

	it('undo and redo of the same tab go back and forth while nobody else writes', async () => {
		await applyChanges(db, [notes(T1, 'một')], opts(A));
		await applyChanges(db, [notes(T1, 'hai')], opts(A));
		await undo(db, { tab: A, lookup });
		expect((await get(T1)).notes).toBe('một');
		await redo(db, { tab: A, lookup });
		expect((await get(T1)).notes).toBe('hai');
		await undo(db, { tab: A, lookup });
		await undo(db, { tab: A, lookup });
		await redo(db, { tab: A, lookup });
		expect((await get(T1)).notes).toBe('một');
	});

	it('a tab keeps its steps after a reload (same tab id, a new connection)', async () => {
		await applyChanges(db, [notes(T1, 'A sửa')], opts(A));
		await applyChanges(db, [notes(T2, 'B sửa')], opts(B));
		db.close();
		db = new NtmDatabase(name);
		expect(await historyCounts(db, A)).toEqual({ undo: 1, redo: 0 });
		expect((await undo(db, { tab: A, lookup }))?.tab).toBe(A);
		expect((await get(T2)).notes).toBe('B sửa');
	});

	it('steps of an older release (no tab, no versions) stay undoable from any tab', async () => {
		// As 0.2.0 stored them: no tab on the entry, no `after` on its items.
		await applyChanges(db, [notes(T1, 'cũ')], opts(undefined));
		const [old] = await db.history.toArray();
		const { tab: _t, ...plain } = old as typeof old & { tab?: string };
		await db.history.put({ ...plain, items: plain.items.map(({ table, id, state }) => ({ table, id, state })) });
		await applyChanges(db, [notes(T2, 'B sửa')], opts(B));
		expect(await historyCounts(db, A)).toEqual({ undo: 1, redo: 0 });
		const entry = await undo(db, { tab: A, lookup });
		expect(entry?.tab).toBeUndefined();
		expect((await get(T1)).notes).not.toBe('cũ');
		expect((await get(T2)).notes).toBe('B sửa');
	});

	it('a large (packed) step keeps the versions: its undo is refused after another tab changed one of its records', async () => {
		const base = (await db.targets.get(T1)) as unknown as Record<string, unknown>;
		const communes = ((await db.communes.toArray()) as unknown as { id: string }[]).map((c) => c.id);
		// More than 1000 records: the step is stored packed (write.ts PACK_OVER).
		const big: Change[] = Array.from({ length: 1200 }, (_, i) => ({
			op: 'insert',
			table: 'targets',
			record: { ...base, id: `bulk-${i}`, communeId: communes[i % communes.length], year: 2030 + Math.floor(i / communes.length), notes: 'nhập' }
		}));
		big.push(notes(T1, 'nhập'));
		await applyChanges(db, big, { ...opts(A, 'Nhập tệp'), source: 'import', trusted: true });
		const stored = await db.history.toArray();
		expect(stored[0].items).toEqual([]);
		expect(stored[0].packed?.ids).toHaveLength(1201);
		await applyChanges(db, [notes(T1, 'B sửa')], opts(B));
		await refused(undo(db, { tab: A, lookup }), 'tabs.undoChanged');
		expect(await db.targets.count()).toBeGreaterThan(1200);
		// Once tab B undoes its edit, tab A's import undoes whole.
		await undo(db, { tab: B, lookup });
		expect((await undo(db, { tab: A, lookup }))?.items).toHaveLength(1201);
		expect(await db.targets.get('bulk-0')).toBeUndefined();
	});
});

describe('stale edits', () => {
	it('an edit sent with the version its editor started from is refused once another tab saved the row', async () => {
		const start = Number((await get(T1)).version);
		await applyChanges(db, [notes(T1, 'thẻ 1', start)], opts(A));
		await refused(applyChanges(db, [notes(T1, 'thẻ 2', start)], opts(B)), 'err.conflict');
		expect((await get(T1)).notes).toBe('thẻ 1');
		// "Apply mine anyway": the same value over the version now stored.
		await applyChanges(db, [notes(T1, 'thẻ 2', Number((await get(T1)).version))], opts(B));
		expect((await get(T1)).notes).toBe('thẻ 2');
	});
});
