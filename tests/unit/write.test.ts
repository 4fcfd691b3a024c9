import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { NtmDatabase } from '$lib/db/database';
import { syncSeeds, resetToPlan } from '$lib/db/seed';
import { loadLookup } from '$lib/db/read';
import { applyChanges, undo, redo, historyCounts, HISTORY_LIMIT, type Change, type ApplyOptions } from '$lib/db/write';
import { AppError, toAppError } from '$lib/db/errors';
import { schemas } from '$lib/schema';
const targetsSchema = schemas.targets;
import type { Lookup } from '$lib/domain/lookup';
import type { Target } from '$lib/domain/records';
import { seedData } from '$seeds/index';

const T1 = '2024-ntm-20527'; // Đại Thạnh (Đại Lộc), NTM 2024
const T2 = '2025-nang_cao-20365'; // Tam Thành (Phú Ninh), nâng cao 2025
const seedTarget = (id: string) => structuredClone(seedData.targets.find((t) => t.id === id)!);

let db: NtmDatabase;
let lookup: Lookup;
let opts: ApplyOptions;
let name: string;

beforeEach(async () => {
	name = 'test-' + Math.random();
	db = new NtmDatabase(name);
	expect(await syncSeeds(db)).toBeGreaterThan(0);
	lookup = await loadLookup(db);
	opts = { label: 'test', source: 'edit', lookup };
});

afterEach(async () => {
	db.close();
	await db.delete();
});

const patch = (id: string, p: Record<string, unknown>, expectedVersion?: number): Change => ({
	op: 'patch',
	table: 'targets',
	id,
	patch: p,
	...(expectedVersion !== undefined ? { expectedVersion } : {})
});
const getT = async (id: string) => (await db.targets.get(id)) as Target | undefined;
const withoutMeta = <T extends object>(r: T) => {
	const { version: _v, updatedAt: _u, ...rest } = r as T & { version: unknown; updatedAt: unknown };
	return rest;
};

async function expectAppError(p: Promise<unknown>, key: string): Promise<AppError> {
	const e = await p.then(
		() => null,
		(x) => x
	);
	expect(e, 'expected a rejection').toBeInstanceOf(AppError);
	expect((e as AppError).key).toBe(key);
	return e as AppError;
}

describe('seeding', () => {
	it('loads every seed table', async () => {
		expect(await db.targets.count()).toBe(seedData.targets.length);
		expect(await db.communes.count()).toBe(seedData.communes.length);
		expect(await db.districts.count()).toBe(18);
		expect(await db.goals.count()).toBe(seedData.goals.length);
		expect(await db.history.count()).toBe(0);
		expect(await getT(T1)).toEqual(seedTarget(T1));
	});

	it('syncSeeds twice does not overwrite user edits', async () => {
		await applyChanges(db, [patch(T1, { status: 'recognised', notes: 'đã sửa' })], opts);
		expect(await syncSeeds(db)).toBe(0);
		expect((await getT(T1))!.status).toBe('recognised');
		// also from a fresh connection (a reload)
		db.close();
		db = new NtmDatabase(name);
		expect(await syncSeeds(db)).toBe(0);
		expect((await getT(T1))!.notes).toBe('đã sửa');
		expect((await getT(T1))!.version).toBe(2);
	});

	it('syncSeeds never overwrites data even without its marker', async () => {
		await applyChanges(db, [patch(T1, { notes: 'giữ lại' })], opts);
		await db.meta.delete('seeded');
		expect(await syncSeeds(db)).toBe(0);
		expect((await getT(T1))!.notes).toBe('giữ lại');
	});

	it('resetToPlan restores the seeds and clears history', async () => {
		await applyChanges(db, [patch(T1, { status: 'failed' })], opts);
		await applyChanges(db, [{ op: 'delete', table: 'targets', id: T2 }], opts);
		await applyChanges(db, [{ op: 'patch', table: 'communes', id: '20605', patch: { criteriaMet: 12 } }], opts);
		expect((await historyCounts(db)).undo).toBe(3);
		await resetToPlan(db);
		expect(await getT(T1)).toEqual(seedTarget(T1));
		expect(await getT(T2)).toEqual(seedTarget(T2));
		expect((await db.communes.get('20605'))!.criteriaMet).toBeNull();
		expect(await db.targets.count()).toBe(seedData.targets.length);
		expect(await db.history.count()).toBe(0);
		expect(await historyCounts(db)).toEqual({ undo: 0, redo: 0 });
		expect(await undo(db)).toBeNull();
		expect(await syncSeeds(db)).toBe(0);
	});
});

describe('applyChanges', () => {
	it('patches a record, raising version and updatedAt', async () => {
		const before = (await getT(T1))!;
		expect(before.version).toBe(1);
		const entry = await applyChanges(db, [patch(T1, { status: 'recognised', criteriaMet: 19 })], opts);
		expect(entry).not.toBeNull();
		expect(entry!.seq).toBeGreaterThan(0);
		expect(entry!.items).toEqual([{ table: 'targets', id: T1, state: before, after: 2 }]);
		const after = (await getT(T1))!;
		expect(after.status).toBe('recognised');
		expect(after.criteriaMet).toBe(19);
		expect(after.version).toBe(2);
		expect(after.updatedAt > before.updatedAt).toBe(true);
		expect(Number.isNaN(Date.parse(after.updatedAt))).toBe(false);
		expect(withoutMeta(after)).toEqual({ ...withoutMeta(before), status: 'recognised', criteriaMet: 19 });
		expect(await historyCounts(db)).toEqual({ undo: 1, redo: 0 });
	});

	it('records nothing for a patch without a real change', async () => {
		const before = (await getT(T1))!;
		expect(await applyChanges(db, [patch(T1, { status: before.status, criteriaMet: null, notes: '' })], opts)).toBeNull();
		expect(await applyChanges(db, [patch(T1, { version: 99, updatedAt: 'x', id: T1 })], opts)).toBeNull();
		expect(await applyChanges(db, [], opts)).toBeNull();
		expect(await getT(T1)).toEqual(before);
		expect(await db.history.count()).toBe(0);
	});

	it('refuses an invalid value and writes nothing', async () => {
		const before = (await getT(T1))!;
		const e = await expectAppError(applyChanges(db, [patch(T1, { criteriaMet: 25 })], opts), 'err.write');
		expect(String(e.params.detail)).toContain('Số tiêu chí đạt');
		expect(String(e.params.detail)).toContain('Đại Thạnh');
		expect(await getT(T1)).toEqual(before);
		expect(await db.history.count()).toBe(0);
		await expectAppError(applyChanges(db, [patch(T1, { status: 'done' })], opts), 'err.write');
		await expectAppError(applyChanges(db, [patch(T1, { communeId: '99999' })], opts), 'err.write');
		await expectAppError(applyChanges(db, [patch(T1, { year: null })], opts), 'err.write');
		expect(await getT(T1)).toEqual(before);
		expect(await db.history.count()).toBe(0);
	});

	it('names the column in Vietnamese when a required value is missing', async () => {
		const e = await expectAppError(applyChanges(db, [patch(T1, { communeId: '' })], opts), 'err.write');
		expect(String(e.params.detail)).toContain('"Xã"');
		expect(String(e.params.detail)).not.toContain('col.');
	});

	it('refuses a stale expectedVersion with err.conflict and writes nothing', async () => {
		await applyChanges(db, [patch(T1, { notes: 'tab A' })], opts);
		const before = (await getT(T1))!;
		expect(before.version).toBe(2);
		const e = await expectAppError(applyChanges(db, [patch(T1, { notes: 'tab B' }, 1)], opts), 'err.conflict');
		expect(String(e.params.row)).toContain('Đại Thạnh');
		expect(await getT(T1)).toEqual(before);
		expect(await db.history.count()).toBe(1);
		await expectAppError(
			applyChanges(db, [{ op: 'delete', table: 'targets', id: T1, expectedVersion: 1 }], opts),
			'err.conflict'
		);
		expect(await getT(T1)).toEqual(before);
		// the right version goes through
		await applyChanges(db, [patch(T1, { notes: 'tab B' }, 2)], opts);
		expect((await getT(T1))!.notes).toBe('tab B');
	});

	it('writes all or nothing: an invalid second change cancels the first', async () => {
		const b1 = (await getT(T1))!;
		const b2 = (await getT(T2))!;
		const commune = (await db.communes.get('20605'))!;
		await expectAppError(
			applyChanges(
				db,
				[
					patch(T1, { status: 'submitted' }),
					{ op: 'patch', table: 'communes', id: '20605', patch: { criteriaMet: 10 } },
					patch(T2, { criteriaMet: 25 })
				],
				opts
			),
			'err.write'
		);
		expect(await getT(T1)).toEqual(b1);
		expect(await getT(T2)).toEqual(b2);
		expect(await db.communes.get('20605')).toEqual(commune);
		expect(await db.history.count()).toBe(0);
	});

	it('refuses a patch of a missing record', async () => {
		await expectAppError(applyChanges(db, [patch('no-such-id', { notes: 'x' })], opts), 'err.missingRecord');
		expect(await db.history.count()).toBe(0);
	});

	it('writes a batch as one undo step', async () => {
		const entry = await applyChanges(db, [patch(T1, { status: 'submitted' }), patch(T2, { status: 'submitted' })], opts);
		expect(entry!.items.map((i) => i.id).sort()).toEqual([T1, T2].sort());
		expect(await db.history.count()).toBe(1);
		await undo(db);
		expect((await getT(T1))!.status).toBe(seedTarget(T1).status);
		expect((await getT(T2))!.status).toBe(seedTarget(T2).status);
	});

	it('inserts and deletes', async () => {
		const record = { ...targetsSchema.blank!(), id: 'new-1', communeId: '20605', year: 2030, level: 'nang_cao' };
		const entry = await applyChanges(db, [{ op: 'insert', table: 'targets', record }], { ...opts, source: 'add' });
		expect(entry!.items).toEqual([{ table: 'targets', id: 'new-1', state: null, after: 1 }]);
		const stored = (await getT('new-1'))!;
		expect(stored.version).toBe(1);
		expect(stored.districtId).toBe('508'); // derived from the commune
		expect(stored.level).toBe('nang_cao');
		expect(typeof stored.updatedAt).toBe('string');
		expect(await db.targets.count()).toBe(seedData.targets.length + 1);

		// inserting the same id again is refused
		await expectAppError(applyChanges(db, [{ op: 'insert', table: 'targets', record }], opts), 'err.unexpected');

		// an invalid insert is refused (blank commune)
		await expectAppError(
			applyChanges(db, [{ op: 'insert', table: 'targets', record: { ...targetsSchema.blank!(), id: 'new-2' } }], opts),
			'err.write'
		);
		expect(await getT('new-2')).toBeUndefined();

		const del = await applyChanges(db, [{ op: 'delete', table: 'targets', id: 'new-1' }], { ...opts, source: 'delete' });
		expect(del!.items[0].state).toEqual(stored);
		expect(await getT('new-1')).toBeUndefined();
		expect(await db.targets.count()).toBe(seedData.targets.length);

		// deleting a missing record is no change
		expect(await applyChanges(db, [{ op: 'delete', table: 'targets', id: 'new-1' }], opts)).toBeNull();
		expect(await historyCounts(db)).toEqual({ undo: 2, redo: 0 });
	});

	it('re-derives districtId when a target changes commune', async () => {
		expect((await getT(T1))!.districtId).toBe('506');
		await applyChanges(db, [patch(T1, { communeId: '20605' })], opts);
		const t = (await getT(T1))!;
		expect(t.communeId).toBe('20605');
		expect(t.districtId).toBe('508');
		// a hand-set districtId is overridden by the commune's
		await applyChanges(db, [patch(T1, { communeId: '20527', districtId: '502' })], opts);
		expect((await getT(T1))!.districtId).toBe('506');
		await undo(db);
		expect((await getT(T1))!.districtId).toBe('508');
	});
});

describe('undo and redo', () => {
	it('undo restores the exact previous values and bumps the version; redo re-applies', async () => {
		const before = (await getT(T1))!;
		await applyChanges(db, [patch(T1, { status: 'recognised', decisionNo: '123/QĐ-UBND', decisionDate: '2024-05-20' })], opts);
		const changed = (await getT(T1))!;
		expect(changed.version).toBe(2);

		const u = await undo(db);
		expect(u).not.toBeNull();
		expect(u!.undone).toBe(1);
		const undone = (await getT(T1))!;
		expect(withoutMeta(undone)).toEqual(withoutMeta(before));
		expect(undone.version).toBe(3);
		expect(undone.updatedAt >= changed.updatedAt).toBe(true);
		expect(await historyCounts(db)).toEqual({ undo: 0, redo: 1 });
		expect(await undo(db)).toBeNull();

		const r = await redo(db);
		expect(r!.undone).toBe(0);
		const redone = (await getT(T1))!;
		expect(withoutMeta(redone)).toEqual(withoutMeta(changed));
		expect(redone.version).toBe(4);
		expect(await historyCounts(db)).toEqual({ undo: 1, redo: 0 });
		expect(await redo(db)).toBeNull();
	});

	it('undoes and redoes inserts and deletes', async () => {
		const record = { ...targetsSchema.blank!(), id: 'new-1', communeId: '20605' };
		await applyChanges(db, [{ op: 'insert', table: 'targets', record }], opts);
		await applyChanges(db, [{ op: 'delete', table: 'targets', id: T2 }], opts);
		expect(await getT(T2)).toBeUndefined();
		await undo(db);
		expect(withoutMeta((await getT(T2))!)).toEqual(withoutMeta(seedTarget(T2)));
		await undo(db);
		expect(await getT('new-1')).toBeUndefined();
		await redo(db);
		expect((await getT('new-1'))!.communeId).toBe('20605');
		await redo(db);
		expect(await getT(T2)).toBeUndefined();
	});

	it('undoes steps newest first', async () => {
		await applyChanges(db, [patch(T1, { notes: 'một' })], opts);
		await applyChanges(db, [patch(T1, { notes: 'hai' })], opts);
		await applyChanges(db, [patch(T1, { notes: 'ba' })], opts);
		await undo(db);
		expect((await getT(T1))!.notes).toBe('hai');
		await undo(db);
		expect((await getT(T1))!.notes).toBe('một');
		await redo(db);
		expect((await getT(T1))!.notes).toBe('hai');
		await redo(db);
		expect((await getT(T1))!.notes).toBe('ba');
	});

	it('works after a reload (a new connection to the same database)', async () => {
		await applyChanges(db, [patch(T1, { notes: 'trước khi tải lại', criteriaMet: 15 })], opts);
		db.close();
		db = new NtmDatabase(name);
		expect(await historyCounts(db)).toEqual({ undo: 1, redo: 0 });
		await undo(db);
		expect(withoutMeta((await getT(T1))!)).toEqual(withoutMeta(seedTarget(T1)));
		db.close();
		db = new NtmDatabase(name);
		expect(await historyCounts(db)).toEqual({ undo: 0, redo: 1 });
		await redo(db);
		expect((await getT(T1))!.notes).toBe('trước khi tải lại');
		expect((await getT(T1))!.criteriaMet).toBe(15);
	});

	it('a new change after an undo clears the redo side', async () => {
		await applyChanges(db, [patch(T1, { notes: 'một' })], opts);
		await applyChanges(db, [patch(T1, { notes: 'hai' })], opts);
		await undo(db);
		await undo(db);
		expect(await historyCounts(db)).toEqual({ undo: 0, redo: 2 });
		// a no-op keeps the redo side
		expect(await applyChanges(db, [patch(T1, { notes: '' })], opts)).toBeNull();
		expect(await historyCounts(db)).toEqual({ undo: 0, redo: 2 });
		await applyChanges(db, [patch(T2, { notes: 'mới' })], opts);
		expect(await historyCounts(db)).toEqual({ undo: 1, redo: 0 });
		expect(await redo(db)).toBeNull();
		expect((await getT(T1))!.notes).toBe('');
		// a refused change keeps the redo side too
		await undo(db);
		await expectAppError(applyChanges(db, [patch(T2, { criteriaMet: 25 })], opts), 'err.write');
		expect(await historyCounts(db)).toEqual({ undo: 0, redo: 1 });
	});

	it(`trims the history at HISTORY_LIMIT (${HISTORY_LIMIT})`, async () => {
		const extra = 3;
		for (let i = 1; i <= HISTORY_LIMIT + extra; i++) {
			await applyChanges(db, [patch(T1, { notes: `sửa ${i}` })], opts);
		}
		expect(await db.history.count()).toBe(HISTORY_LIMIT);
		const seqs = (await db.history.orderBy('seq').primaryKeys()) as number[];
		const all = await db.history.orderBy('seq').toArray();
		// the oldest were dropped, the newest kept
		expect(all[0].items[0].state!.notes).toBe(`sửa ${extra}`);
		expect(all[all.length - 1].items[0].state!.notes).toBe(`sửa ${HISTORY_LIMIT + extra - 1}`);
		expect(seqs[seqs.length - 1] - seqs[0]).toBe(HISTORY_LIMIT - 1);
		await undo(db);
		expect((await getT(T1))!.notes).toBe(`sửa ${HISTORY_LIMIT + extra - 1}`);
	}, 120_000);
});

describe('toAppError', () => {
	it('maps a wrapped QuotaExceededError to err.quota', () => {
		expect(toAppError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).key).toBe('err.quota');
		expect(toAppError({ name: 'QuotaExceededError' }).key).toBe('err.quota');
		const dom = new Error('quota');
		dom.name = 'QuotaExceededError';
		expect(toAppError(dom).key).toBe('err.quota');
	});

	it('passes AppErrors through and wraps anything else', () => {
		const a = new AppError('err.conflict', { row: 'x' });
		expect(toAppError(a)).toBe(a);
		const u = toAppError(new Error('boom'));
		expect(u).toBeInstanceOf(AppError);
		expect(u.key).toBe('err.unexpected');
		expect(u.params.detail).toBe('boom');
		expect(toAppError({ name: 'AbortError', inner: { name: 'ConstraintError' } }).key).toBe('err.unexpected');
		expect(toAppError(null).key).toBe('err.unexpected');
		expect(String(toAppError(new Error('x'.repeat(1000))).params.detail).length).toBeLessThanOrEqual(200);
	});
});

describe('large changes (an import of thousands of rows)', () => {
	it('are written in slices, stored packed, and undone and redone whole', async () => {
		const base = seedTarget(T1);
		// Distinct communes and years: one target per commune, level and year.
		const ids = seedData.communes.map((c) => c.id);
		const records = Array.from({ length: 4500 }, (_, i) => ({
			...base,
			id: `bulk-${i}`,
			communeId: ids[i % ids.length],
			year: 2030 + Math.floor(i / ids.length),
			notes: `dòng ${i}`
		}));
		const changes: Change[] = records.map((record) => ({ op: 'insert', table: 'targets', record }));
		// One patch of an existing record among them, after the inserts.
		changes.push(patch(T1, { criteriaMet: 18 }));
		const entry = await applyChanges(db, changes, { ...opts, source: 'import', trusted: true });
		expect(entry!.items).toHaveLength(4501);
		expect(await db.targets.count()).toBe(seedData.targets.length + 4500);
		const stored = (await db.history.toArray()).at(-1)!;
		expect(stored.items).toEqual([]);
		expect(stored.packed!.ids).toHaveLength(4501);

		const undone = await undo(db);
		expect(undone!.items).toHaveLength(4501);
		expect(await db.targets.count()).toBe(seedData.targets.length);
		expect((await db.targets.get(T1))!.criteriaMet).toBeNull();

		await redo(db);
		expect(await db.targets.count()).toBe(seedData.targets.length + 4500);
		expect((await db.targets.get('bulk-4499'))!.notes).toBe('dòng 4499');
		expect((await db.targets.get(T1))!.criteriaMet).toBe(18);
	});

	it('new rows only (an import of a new list): versions, derived fields, keys, one undo step', async () => {
		const base = seedTarget(T1);
		const ids = seedData.communes.map((c) => c.id);
		const records = Array.from({ length: 4500 }, (_, i) => ({ ...base, id: `new-${i}`, communeId: ids[i % ids.length], districtId: '', year: 2040 + Math.floor(i / ids.length), notes: `dòng ${i}` }));
		const entry = await applyChanges(db, records.map((record) => ({ op: 'insert', table: 'targets', record })), { ...opts, source: 'import', trusted: true });
		expect(entry!.items).toHaveLength(4500);
		expect(entry!.items.every((i) => i.state === null && i.after === 1)).toBe(true);
		const one = (await db.targets.get('new-4321'))!;
		expect(one.version).toBe(1);
		expect(one.updatedAt).toBe(entry!.at);
		// The district follows the commune (derived on the way in, as for any new row).
		expect(one.districtId).toBe(seedData.communes.find((c) => c.id === one.communeId)!.districtId);
		// The records given are not changed (the preview keeps showing them).
		expect(records[4321].updatedAt).toBe(base.updatedAt);
		expect(records[4321].districtId).toBe('');
		// A second list taking a key already stored is refused whole.
		const again = [{ ...records[0], id: 'other-0' }, { ...records[1], id: 'other-1', year: 2099 }];
		await expectAppError(applyChanges(db, again.map((record) => ({ op: 'insert', table: 'targets', record })), opts), 'err.write');
		expect(await db.targets.get('other-1')).toBeUndefined();
		await undo(db);
		expect(await db.targets.count()).toBe(seedData.targets.length);
	});

	it('refuse an id that already exists, writing nothing', async () => {
		const base = seedTarget(T1);
		const changes: Change[] = Array.from({ length: 3000 }, (_, i) => ({
			op: 'insert',
			table: 'targets',
			record: { ...base, id: i === 2500 ? T2 : `bulk-${i}` }
		}));
		await expect(applyChanges(db, changes, { ...opts, source: 'import', trusted: true })).rejects.toBeInstanceOf(AppError);
		expect(await db.targets.count()).toBe(seedData.targets.length);
		expect(await db.history.count()).toBe(0);
	});
});
