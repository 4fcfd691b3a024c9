// The criteria matrix and the recognitions through the workbook: a hand-made matrix sheet ("x",
// "Đạt", "0") imports as cells; a derived value in a file (a commune's criteria met that the matrix
// gives, its recognised level) is reported, never applied; the whole export round-trips unchanged.
import { describe, expect, it } from 'vitest';
import { buildPreview } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { readTable } from '../../src/lib/db/read';
import { cloneSeed, exportBytes, parseBytes, seededDb, sheetBytes } from './excel-helpers';
import type { Assessment } from '../../src/lib/domain/records';

const cells = (v: string | null, n = 19) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i + 1}`, v]));

describe('the criteria matrix in workbooks', () => {
	it('a hand-made matrix sheet imports: "x", "Đạt" and "1" are met, "0" and "Chưa đạt" not met, empty not assessed', async () => {
		const db = await seededDb();
		const header = ['Huyện', 'Xã', 'Năm đánh giá', ...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`)];
		const row = ['Đại Lộc', 'Đại Thạnh', 2025, 'x', 'Đạt', 1, '0', 'Chưa đạt', ...Array(13).fill(''), 'x'];
		const p = parseBytes(sheetBytes({ 'Ma trận tiêu chí xã': [header, row] }));
		const preview = await buildPreview(db, p);
		expect(preview.errorCount).toBe(0);
		expect(preview.counts.new).toBe(1);
		await applyPreview(db, preview);
		const [a] = (await readTable(db, 'assessments')) as Assessment[];
		expect(a).toMatchObject({ communeId: '20527', districtId: '506', setId: 'qd318-xa', year: 2025, c1: 'dat', c2: 'dat', c3: 'dat', c4: 'chua_dat', c5: 'chua_dat', c6: null, c19: 'dat' });
	});

	it("a file's criteria met for a commune the matrix covers is reported with its origin and not applied; elsewhere it is taken", async () => {
		const data = cloneSeed();
		data.assessments.push({ id: 'dg-1', version: 1, updatedAt: '2025-01-01T00:00:00.000Z', communeId: '20527', districtId: '506', setId: 'qd318-xa', year: 2025, notes: '', ...cells('dat') } as never);
		const db = await seededDb(data);
		const sheet = [
			['Huyện', 'Xã', 'Số tiêu chí đạt'],
			['Đại Lộc', 'Đại Thạnh', 12],
			['Đại Lộc', 'Đại Chánh', 16]
		];
		const preview = await buildPreview(db, parseBytes(sheetBytes({ Xã: sheet })));
		const warning = preview.issues.find((i) => i.key === 'excel.warn.derived');
		expect(warning?.message).toContain('Tệp ghi "12", ứng dụng có "19"');
		expect(warning?.message).toContain('ma trận tiêu chí năm 2025');
		await applyPreview(db, preview);
		const communes = new Map((await readTable(db, 'communes')).map((c) => [c.id, c]));
		expect(communes.get('20527')?.criteriaMet).toBeNull(); // stored value untouched: the matrix says 19
		expect(communes.get('20530')?.criteriaMet).toBe(16); // no matrix data: the entered count is taken
	});

	it('the whole export with recognitions and a matrix row re-imports with no change and no warning', async () => {
		const data = cloneSeed();
		data.assessments.push({ id: 'dg-1', version: 1, updatedAt: '2025-01-01T00:00:00.000Z', communeId: '20527', districtId: '506', setId: 'qd318-xa', year: 2025, notes: '', ...cells('dat'), c13: 'chua_dat' } as never);
		const db = await seededDb(data);
		const { withOverlays } = await import('../../src/lib/schema');
		const preview = await buildPreview(db, parseBytes(exportBytes(withOverlays(data))));
		expect(preview.errorCount).toBe(0);
		expect(preview.warningCount).toBe(0);
		expect(preview.counts.new + preview.counts.changed + preview.counts.conflict).toBe(0);
	});
});
