import { describe, it, expect } from 'vitest';
import { TABLE_NAMES } from '../../src/lib/schema/registry';
import { parseWorkbookBytes } from '../../src/lib/excel/read';
import { buildPreview } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { cloneSeed, newDb, parseBytes, parsed, seededDb, sheetBytes } from './excel-helpers';

const enc = new TextEncoder();
const HEAD = ['Huyện', 'Xã', 'Cấp độ', 'Năm', 'Thời hạn', 'Ngày quyết định', 'Số tiêu chí đạt', 'Số quyết định'];

describe('reading values of a hand-made sheet', () => {
	it('numbers as text, date serials, dd/mm/yyyy, quarters in Arabic and Roman numerals', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({
			'Chỉ tiêu xã': [
				HEAD,
				['Đại Lộc', 'Đại Thạnh', 'NTM', '2024', 'Quý 1/2024', 45316, '17', '0123/QĐ-UBND'],
				['Đại Lộc', 'Đại Sơn', 'ntm', 2024, 'quý I/2024', '25/01/2024', 18, '00042']
			]
		});
		const preview = await buildPreview(db, parseBytes(bytes));
		expect(preview.errorCount).toBe(0);
		expect(preview.counts.changed).toBe(2);
		const byId = Object.fromEntries(preview.rows.map((r) => [r.id, Object.fromEntries(r.changes.map((c) => [c.key, c.new]))]));
		expect(byId['2024-ntm-20527']).toEqual({ decisionDate: '2024-01-25', criteriaMet: 17, decisionNo: '0123/QĐ-UBND' });
		expect(byId['2024-ntm-20503']).toEqual({ decisionDate: '2024-01-25', criteriaMet: 18, decisionNo: '00042' });
	});

	it('a CSV keeps leading zeros and reads dd/mm/yyyy the Vietnamese way', async () => {
		const db = await seededDb();
		const csv = 'Mã xã;Huyện;Xã;Số tiêu chí đạt;Ghi chú\n20527;Đại Lộc;Đại Thạnh;19;"có ; chấm phẩy"\n';
		const p = parsed(parseWorkbookBytes(enc.encode('\uFEFF' + csv), 'xa.csv'));
		expect(p.format).toBe('csv');
		expect(p.sheets[0].table).toBe('communes');
		const csv2 = 'Mã;Xã;Huyện;Ngày quyết định;Số quyết định\n2024-ntm-20527;Đại Thạnh;Đại Lộc;03/02/2024;007\n';
		const p2 = parsed(parseWorkbookBytes(enc.encode(csv2), 'ct.csv'));
		const preview = await buildPreview(db, p2);
		expect(preview.rows[0].changes.map((c) => [c.key, c.new])).toEqual([
			['decisionDate', '2024-02-03'],
			['decisionNo', '007']
		]);
	});

	it('matches targets without id by (commune, level, year) and gives new ones a fresh id', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({
			'Chỉ tiêu xã': [
				['Xã', 'Huyện', 'Cấp độ', 'Năm', 'Trạng thái'],
				['Đại Thạnh', 'Đại Lộc', 'NTM', 2024, 'Đã công nhận'],
				['Đại Thạnh', 'Đại Lộc', 'NTM nâng cao', 2026, 'Chưa thực hiện']
			]
		});
		const preview = await buildPreview(db, parseBytes(bytes));
		expect(preview.rows.map((r) => r.status)).toEqual(['changed', 'new']);
		expect(preview.rows[0].id).toBe('2024-ntm-20527');
		expect(preview.rows[1].id).toMatch(/^t-[0-9a-z]{6,}$/);
		expect(preview.rows[1].record).toMatchObject({ communeId: '20527', districtId: '506', level: 'nang_cao', year: 2026, action: 'reach' });
		const s = await applyPreview(db, preview);
		expect(s).toMatchObject({ added: 1, updated: 1, skipped: 0 });
		expect((await db.targets.get('2024-ntm-20527'))!.status).toBe('recognised');
	});

	it('matches communes by code or by name + district', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({
			'Xã': [
				['Mã xã', 'Tên xã', 'Huyện', 'Số thôn'],
				['20527', 'Đại Thạnh', 'Đại Lộc', 7],
				[null, 'Đại Sơn', 'Đại Lộc', 9]
			]
		});
		const preview = await buildPreview(db, parseBytes(bytes));
		expect(preview.rows.map((r) => [r.id, r.status])).toEqual([
			['20527', 'changed'],
			['20503', 'changed']
		]);
	});

	it('an unknown commune names sheet, row, column, value and the closest names', async () => {
		// Units only: the plan's own spellings are not known as aliases here.
		const seed = cloneSeed();
		const db = newDb();
		await db.districts.bulkAdd(seed.districts);
		await db.communes.bulkAdd(seed.communes);
		const bytes = sheetBytes({
			'Chỉ tiêu xã': [
				['Xã', 'Huyện', 'Cấp độ', 'Năm', 'Nhiệm vụ', 'Trạng thái'],
				['Duy Phủ', 'Duy Xuyên', 'NTM nâng cao', 2025, 'Phấn đấu đạt chuẩn', 'Chưa thực hiện'],
				['Tà Bhing', '', 'NTM', 2024, 'Phấn đấu đạt chuẩn', 'Chưa thực hiện'],
				['Đại Thạch', 'Đại Lộc', 'NTM', 2024, 'Phấn đấu đạt chuẩn', 'Chưa thực hiện']
			]
		});
		const preview = await buildPreview(db, parseBytes(bytes, 'ke-hoach.xlsx'));
		// "Duy Phủ" folds to the same letters as "Duy Phú": it is recognised, not an error.
		expect(preview.rows[0]).toMatchObject({ status: 'new', record: expect.objectContaining({ communeId: '20605' }) });
		expect(preview.counts.error).toBe(2);
		const [a, b] = preview.issues;
		expect(a).toMatchObject({ sheet: 'Chỉ tiêu xã', row: 3, letter: 'A', column: 'Xã', value: 'Tà Bhing' });
		expect(a.message).toMatch(/^Trang "Chỉ tiêu xã", dòng 3, cột A \("Xã"\): Không tìm thấy xã "Tà Bhing"\. Có phải: Tà Bhinh \(Nam Giang\)/);
		expect(b.message).toContain('Đại Thạnh (Đại Lộc)');
		expect(b.row).toBe(4);
	});

	it('with the plan loaded, the plan spellings resolve to their commune', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({ 'Chỉ tiêu xã': [['Xã', 'Cấp độ', 'Năm', 'Ghi chú'], ['Duy Phủ', 'NTM nâng cao', 2025, 'ok']] });
		const preview = await buildPreview(db, parseBytes(bytes));
		expect(preview.errorCount).toBe(0);
		const t = (await db.targets.toArray()).find((x) => x.planName === 'Duy Phủ')!;
		expect(preview.rows[0]).toMatchObject({ id: t.id, status: 'changed' });
	});

	it('reports duplicate keys in the file', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({
			'Chỉ tiêu xã': [
				['Mã', 'Xã', 'Huyện', 'Cấp độ', 'Năm', 'Ghi chú'],
				['2024-ntm-20527', 'Đại Thạnh', 'Đại Lộc', 'NTM', 2024, 'một'],
				['2024-ntm-20527', 'Đại Thạnh', 'Đại Lộc', 'NTM', 2024, 'hai'],
				[null, 'Đại Sơn', 'Đại Lộc', 'NTM', 2030, 'a'],
				[null, 'Đại Sơn', 'Đại Lộc', 'NTM', 2030, 'b']
			]
		});
		const preview = await buildPreview(db, parseBytes(bytes));
		const dups = preview.issues.filter((i) => i.key === 'excel.err.duplicate');
		expect(dups.map((d) => d.row)).toEqual([3, 5]);
		expect(dups[0].message).toContain('trùng với dòng 2');
		expect(dups[1].message).toContain('trùng với dòng 4');
	});

	it('reads .ods and .xls files too', async () => {
		const db = await seededDb();
		for (const [bookType, name] of [['ods', 'a.ods'], ['biff8', 'a.xls']] as const) {
			const bytes = sheetBytes({ 'Chỉ tiêu xã': [['Mã', 'Xã', 'Cấp độ', 'Năm', 'Ghi chú'], ['2024-ntm-20527', 'Đại Thạnh', 'NTM', 2024, name]] }, {}, bookType);
			const p = parsed(parseWorkbookBytes(bytes, name));
			expect(p.format).toBe(bookType === 'ods' ? 'ods' : 'xls');
			const preview = await buildPreview(db, p);
			expect(preview.rows[0].changes[0]).toMatchObject({ key: 'notes', new: name });
		}
		expect(TABLE_NAMES).toContain('targets');
	});
});
