import { labelText } from '../../src/lib/i18n/translate';
import { TABLE_NAMES } from '../../src/lib/schema';
import { describe, it, expect } from 'vitest';
import { applyChanges, undo } from '../../src/lib/db/write';
import { loadLookup } from '../../src/lib/db/read';
import { buildPreview, conflictKey } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { addressOf, editWorkbook, exportBytes, parseBytes, seededDb } from './excel-helpers';

const SHEET = 'Chỉ tiêu xã';
const A = '2024-ntm-20527';
const B = '2024-ntm-20503';
const C = '2024-ntm-20869';

async function localEdit(db: Awaited<ReturnType<typeof seededDb>>, id: string, patch: Record<string, unknown>) {
	await applyChanges(db, [{ op: 'patch', table: 'targets', id, patch }], { label: 'edit', source: 'edit', lookup: await loadLookup(db) });
}

/** A colleague's copy: notes of A, status of B edited in Excel. */
function colleagueCopy(base: Uint8Array): Uint8Array {
	return editWorkbook(base, [
		[SHEET, addressOf(base, SHEET, A, 'Ghi chú'), 'đã họp dân'],
		[SHEET, addressOf(base, SHEET, B, 'Trạng thái'), 'Đã trình hồ sơ']
	]);
}

describe('merging a colleague copy', () => {
	it('changed only in the file -> updated; only here -> kept; on both sides -> conflict, cell by cell', async () => {
		const db = await seededDb();
		const base = exportBytes();
		await localEdit(db, B, { status: 'recognised' });
		await localEdit(db, C, { notes: 'sửa ở đây' });
		const theirs = colleagueCopy(base);
		const p = parseBytes(theirs, 'ban-cua-Lan.xlsx');
		expect(Object.keys(p.base).length).toBe(await Promise.all(TABLE_NAMES.map((t) => db.table(t).count())).then((n) => n.reduce((a, b) => a + b)));
		const preview = await buildPreview(db, p);
		const byId = Object.fromEntries(preview.rows.map((r) => [r.id, r]));
		expect(byId[A]).toMatchObject({ status: 'changed', changes: [expect.objectContaining({ key: 'notes', old: '', new: 'đã họp dân' })] });
		expect(byId[B]).toMatchObject({
			status: 'conflict',
			conflicts: [
				{
					key: 'status',
					column: 'Trạng thái',
					mine: 'recognised',
					theirs: 'submitted',
					base: 'in_progress',
					mineText: 'Đã công nhận',
					theirsText: 'Đã trình hồ sơ',
					baseText: 'Đang thực hiện'
				}
			]
		});
		expect(byId[C].status).toBe('kept');
		expect(preview.counts).toMatchObject({ changed: 1, conflict: 1, kept: 1, error: 0, new: 0 });

		// Unresolved conflicts refuse the whole apply.
		await expect(applyPreview(db, preview)).rejects.toMatchObject({ key: 'excel.err.unresolved' });
		expect((await db.targets.get(A))!.notes).toBe('');

		const summary = await applyPreview(db, preview, { [conflictKey('targets', B, 'status')]: 'theirs' });
		expect(summary).toMatchObject({ added: 0, updated: 2, deleted: 0, skipped: 0 });
		expect(summary.message).toContain('2 dòng cập nhật');
		expect((await db.targets.get(A))!.notes).toBe('đã họp dân');
		expect((await db.targets.get(B))!.status).toBe('submitted');
		expect((await db.targets.get(C))!.notes).toBe('sửa ở đây');
		const entry = (await db.history.toArray()).at(-1)!;
		expect({ ...entry, label: labelText('vi', entry.label) }).toMatchObject({ source: 'import', label: 'Nhập tệp ban-cua-Lan.xlsx' });

		// The whole import is one undo step.
		await undo(db);
		expect((await db.targets.get(A))!.notes).toBe('');
		expect((await db.targets.get(B))!.status).toBe('recognised');
		expect((await db.targets.get(C))!.notes).toBe('sửa ở đây');
	});

	it('keeping mine or going back to the exported value', async () => {
		const db = await seededDb();
		const base = exportBytes();
		await localEdit(db, B, { status: 'recognised' });
		const preview = await buildPreview(db, parseBytes(colleagueCopy(base)));
		await applyPreview(db, preview, { [conflictKey('targets', B, 'status')]: 'base' });
		expect((await db.targets.get(B))!.status).toBe('in_progress');
		const db2 = await seededDb();
		await localEdit(db2, B, { status: 'recognised' });
		const p2 = await buildPreview(db2, parseBytes(colleagueCopy(base)));
		await applyPreview(db2, p2, {}, { defaultResolution: 'mine' });
		expect((await db2.targets.get(B))!.status).toBe('recognised');
		expect((await db2.targets.get(A))!.notes).toBe('đã họp dân');
	});

	it('refuses to apply a preview made stale by a later local edit, and changes nothing', async () => {
		const db = await seededDb();
		const preview = await buildPreview(db, parseBytes(colleagueCopy(exportBytes())));
		await localEdit(db, A, { responsible: 'Hội CCB huyện' });
		const historyBefore = await db.history.count();
		await expect(applyPreview(db, preview)).rejects.toMatchObject({ key: 'err.conflict' });
		expect((await db.targets.get(B))!.status).toBe('in_progress');
		expect(await db.history.count()).toBe(historyBefore);
	});

	it('records absent from the file are left alone in merge mode and listed before deletion in replace mode', async () => {
		const db = await seededDb();
		const base = exportBytes();
		const row = Number(addressOf(base, SHEET, C, 'Mã').slice(1));
		const fewer = editWorkbook(base, [], [[SHEET, row]]);
		const merge = await buildPreview(db, parseBytes(fewer));
		expect(merge.deletions).toEqual([]);
		expect(merge.errorCount).toBe(0);
		const replace = await buildPreview(db, parseBytes(fewer), { mode: 'replace' });
		expect(replace.deletions).toEqual([{ table: 'targets', id: C, label: 'Tiên Lãnh / NTM 2024', expectedVersion: 1 }]);
		expect(replace.counts.delete).toBe(1);
		const summary = await applyPreview(db, replace);
		expect(summary.deleted).toBe(1);
		expect(await db.targets.get(C)).toBeUndefined();
		await undo(db);
		expect(await db.targets.get(C)).toBeDefined();
	});

	it('a hand-made sheet (no export data) does not erase values with blank cells', async () => {
		const db = await seededDb();
		await localEdit(db, A, { notes: 'giữ lại' });
		const { sheetBytes } = await import('./excel-helpers');
		const bytes = sheetBytes({ [SHEET]: [['Mã', 'Xã', 'Cấp độ', 'Năm', 'Ghi chú', 'Số tiêu chí đạt'], [A, 'Đại Thạnh', 'NTM', 2024, '', 15]] });
		const preview = await buildPreview(db, parseBytes(bytes));
		expect(preview.rows[0].changes.map((c) => c.key)).toEqual(['criteriaMet']);
	});
});
