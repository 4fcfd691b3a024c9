// Rules hold for every way in: typing and pasting (patches), adding (inserts) and importing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NtmDatabase } from '../../src/lib/db/database';
import { syncSeeds } from '../../src/lib/db/seed';
import { loadLookup } from '../../src/lib/db/read';
import { applyChanges, type Change } from '../../src/lib/db/write';
import { AppError } from '../../src/lib/db/errors';
import { buildPreview } from '../../src/lib/excel/preview';
import { schemas } from '../../src/lib/schema';
import { sheetBytes, parseBytes } from './excel-helpers';
import { tvi } from '../../src/lib/i18n/translate';

let db: NtmDatabase;
const opts = async () => ({ label: 'test', source: 'edit' as const, lookup: await loadLookup(db) });
const DAI_THANH_NTM_2024 = '2024-ntm-20527';
const blank = (id: string, extra: Record<string, unknown>) => ({ ...schemas.targets.blank!(), id, ...extra });
const message = (e: AppError) => tvi(e.key, e.params);

async function refused(changes: Change[]): Promise<string> {
	const e = await applyChanges(db, changes, await opts()).then(
		() => null,
		(x) => x
	);
	expect(e).toBeInstanceOf(AppError);
	return message(e as AppError);
}

beforeEach(async () => {
	db = new NtmDatabase('test-rules-' + Math.random());
	await syncSeeds(db);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

describe('one target per commune, level and year', () => {
	it('refuses adding a second one, naming the existing row, and writes nothing', async () => {
		const count = await db.targets.count();
		const text = await refused([{ op: 'insert', table: 'targets', record: blank('t-new', { communeId: '20527', level: 'ntm', year: 2024 }) }]);
		expect(text).toContain('Đại Thạnh / NTM 2024');
		expect(text).toContain('Xã, Cấp độ, Năm');
		expect(await db.targets.count()).toBe(count);
		expect(await db.history.count()).toBe(0);
	});

	it('refuses typing or pasting a year or level that makes a row the same as another', async () => {
		// Đại Thạnh has an NTM target in 2024; a second Đại Thạnh target moved onto NTM 2024 is refused.
		await applyChanges(db, [{ op: 'insert', table: 'targets', record: blank('t-x', { communeId: '20527', level: 'ntm', year: 2030 }) }], await opts());
		const text = await refused([{ op: 'patch', table: 'targets', id: 't-x', patch: { year: 2024 } }]);
		expect(text).toContain('Đại Thạnh / NTM 2024');
		expect((await db.targets.get('t-x'))!.year).toBe(2030);
		// Other fields of such rows are edited as before.
		await applyChanges(db, [{ op: 'patch', table: 'targets', id: DAI_THANH_NTM_2024, patch: { notes: 'ok' } }], await opts());
		expect((await db.targets.get(DAI_THANH_NTM_2024))!.notes).toBe('ok');
	});

	it('refuses two new rows with the same key in one change (a paste or an import), all or nothing', async () => {
		const text = await refused([
			{ op: 'insert', table: 'targets', record: blank('t-a', { communeId: '20527', level: 'nang_cao', year: 2031 }) },
			{ op: 'insert', table: 'targets', record: blank('t-b', { communeId: '20527', level: 'nang_cao', year: 2031 }) }
		]);
		expect(text).toContain('Đại Thạnh / NTM nâng cao 2031');
		expect(await db.targets.get('t-a')).toBeUndefined();
	});

	it('lets a key be taken again once its row is deleted in the same change', async () => {
		await applyChanges(
			db,
			[
				{ op: 'delete', table: 'targets', id: DAI_THANH_NTM_2024 },
				{ op: 'insert', table: 'targets', record: blank('t-again', { communeId: '20527', level: 'ntm', year: 2024 }) }
			],
			await opts()
		);
		expect(await db.targets.get('t-again')).toBeDefined();
	});
});

describe('a commune-level target is for a commune (xã) of the programme', () => {
	it('refuses a phường and a thị trấn, saying why', async () => {
		const lookup = await loadLookup(db);
		const phuong = lookup.communes.find((c) => c.kind === 'phuong')!;
		const thiTran = lookup.communes.find((c) => c.kind === 'thi_tran')!;
		const a = await refused([{ op: 'insert', table: 'targets', record: blank('t-p', { communeId: phuong.id, level: 'ntm', year: 2030 }) }]);
		expect(a).toContain(`${phuong.name} là Phường, không phải xã`);
		const b = await refused([{ op: 'patch', table: 'targets', id: DAI_THANH_NTM_2024, patch: { communeId: thiTran.id } }]);
		expect(b).toContain(`${thiTran.name} là Thị trấn, không phải xã`);
	});

	it('refuses a commune outside the programme (Bình Minh)', async () => {
		const lookup = await loadLookup(db);
		const out = lookup.communes.find((c) => c.kind === 'xa' && !c.inProgramme)!;
		expect(out.name).toBe('Bình Minh');
		const text = await refused([{ op: 'insert', table: 'targets', record: blank('t-o', { communeId: out.id, level: 'ntm', year: 2030 }) }]);
		expect(text).toContain('Bình Minh không thuộc chương trình NTM');
	});

	it('does not refuse other edits of a target whose commune later left the programme', async () => {
		await applyChanges(db, [{ op: 'patch', table: 'communes', id: '20527', patch: { inProgramme: false } }], await opts());
		await applyChanges(db, [{ op: 'patch', table: 'targets', id: DAI_THANH_NTM_2024, patch: { status: 'recognised' } }], await opts());
		expect((await db.targets.get(DAI_THANH_NTM_2024))!.status).toBe('recognised');
	});
});

describe('the same rules on import', () => {
	it('flags a new row that repeats an existing key, and a target on a phường, each with its reason', async () => {
		const lookup = await loadLookup(db);
		const phuong = lookup.communes.find((c) => c.kind === 'phuong')!;
		const bytes = sheetBytes({
			'Chỉ tiêu xã': [
				['Mã', 'Xã', 'Huyện', 'Cấp độ', 'Năm', 'Ghi chú'],
				['t-file-1', 'Đại Thạnh', 'Đại Lộc', 'NTM', 2024, 'trùng'],
				[null, `${phuong.name} (${lookup.districtName(phuong.districtId)})`, null, 'NTM', 2030, 'phường'],
				[null, 'Đại Sơn', 'Đại Lộc', 'NTM', 2031, 'được']
			]
		});
		const preview = await buildPreview(db, parseBytes(bytes));
		const byRow = new Map(preview.rows.map((r) => [r.row, r]));
		expect(byRow.get(2)!.status).toBe('error');
		expect(byRow.get(2)!.issues[0].message).toContain('Đại Thạnh / NTM 2024');
		expect(byRow.get(3)!.status).toBe('error');
		expect(byRow.get(3)!.issues[0].message).toContain('không phải xã');
		expect(byRow.get(4)!.status).toBe('new');
	});
});

describe('who may delete rows, on import too', () => {
	it('replace mode deletes missing targets but keeps the communes, saying so', async () => {
		const bytes = sheetBytes({
			Xã: [
				['Mã', 'Huyện', 'Xã', 'Ghi chú'],
				['20527', 'Đại Lộc', 'Đại Thạnh', 'chỉ một xã trong tệp']
			]
		});
		const preview = await buildPreview(db, parseBytes(bytes), { mode: 'replace' });
		expect(preview.deletions).toEqual([]);
		expect(preview.issues.map((i) => i.message).join('\n')).toContain('Bảng "Xã" là danh sách cố định, không xóa dòng khi nhập: 320 dòng');
	});
});
