import { describe, it, expect } from 'vitest';
import { guessHeader, matchHeader, tableBySheetName } from '../../src/lib/excel/headers';
import { buildPreview } from '../../src/lib/excel/preview';
import { saveMapping, loadMapping } from '../../src/lib/excel/mapping';
import { parseBytes, seededDb, sheetBytes } from './excel-helpers';

describe('header detection', () => {
	it('matches headers ignoring case, diacritics, spacing, and knows aliases and English labels', () => {
		expect(matchHeader('targets', 'XÃ')).toBe('communeId');
		expect(matchHeader('targets', '  nam   ')).toBe('year');
		expect(matchHeader('targets', 'Cap do')).toBe('level');
		expect(matchHeader('targets', 'Tiến độ')).toBe('status');
		expect(matchHeader('targets', 'Criteria met')).toBe('criteriaMet');
		expect(matchHeader('targets', 'Số tiêu chí đạt (19 tiêu chí)')).toBe('criteriaMet');
		expect(matchHeader('targets', 'STT')).toBe('ignore');
		expect(matchHeader('targets', 'Điện thoại')).toBeNull();
	});

	it('identifies a table by its sheet name in Vietnamese or English', () => {
		expect(tableBySheetName('Chỉ tiêu xã')).toBe('targets');
		expect(tableBySheetName('CHI TIEU XA')).toBe('targets');
		expect(tableBySheetName('Communes')).toBe('communes');
		expect(tableBySheetName('Sheet1')).toBeNull();
	});

	it('skips title rows, reads a two-row merged header and a numbering row, and finds the table by headers', () => {
		const bytes = sheetBytes(
			{
				Sheet1: [
					['DANH SÁCH XÃ PHẤN ĐẤU ĐẠT CHUẨN NĂM 2025'],
					['(Kèm theo Kế hoạch số 12/KH-CCB)'],
					[],
					['STT', 'Huyện', 'Xã', 'Mục tiêu', null, 'Ghi chu'],
					[null, null, null, 'Năm', 'Cấp độ', null],
					['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
					[1, 'Đại Lộc', 'Đại Thạnh', 2024, 'NTM', 'x'],
					[2, 'Hiệp Đức', 'Thăng Phước', '2025', 'ntm', '']
				]
			},
			{
				Sheet1: [
					{ s: { r: 3, c: 0 }, e: { r: 4, c: 0 } },
					{ s: { r: 3, c: 1 }, e: { r: 4, c: 1 } },
					{ s: { r: 3, c: 2 }, e: { r: 4, c: 2 } },
					{ s: { r: 3, c: 3 }, e: { r: 3, c: 4 } },
					{ s: { r: 3, c: 5 }, e: { r: 4, c: 5 } }
				]
			}
		);
		const p = parseBytes(bytes);
		const s = p.sheets[0];
		expect(s.table).toBe('targets');
		expect(s.tableBy).toBe('headers');
		expect(s.headerRow).toBe(5);
		expect(s.fields).toEqual([null, 'districtId', 'communeId', 'year', 'level', 'notes']);
		expect(s.complete).toBe(true);
		expect(s.rows.map((r) => r.row)).toEqual([7, 8]);
	});

	it('proposes a mapping with unrecognised columns left to the user', () => {
		const g = guessHeader('Bảng 1', [['Xã', 'Năm', 'Cấp độ', 'Điện thoại liên hệ', '']], 5);
		expect(g.table).toBe('targets');
		expect(g.fields).toEqual(['communeId', 'year', 'level', null, null]);
		expect(g.unmatched).toEqual([3]);
	});
});

describe('mapping proposal and remembered mappings', () => {
	const bytes = () =>
		sheetBytes({
			'Bảng kê': [
				['Tên đơn vị', 'Năm PĐ', 'Mức', 'Lời nhắn'],
				['Đại Thạnh', 2024, 'NTM', 'ghi chú mới']
			]
		});

	it('an unrecognised layout yields a proposal and a warning, and a chosen mapping is used and can be remembered', async () => {
		const db = await seededDb();
		const p = parseBytes(bytes());
		const s = p.sheets[0];
		expect(s.complete).toBe(false);
		let preview = await buildPreview(db, p);
		expect(preview.issues.some((i) => i.key === 'excel.sheet.unknownTable' || i.key === 'excel.sheet.unmatched')).toBe(true);
		expect(preview.counts.changed).toBe(0);
		const mapping = { table: 'targets' as const, fields: ['communeId', 'year', 'level', 'notes'] };
		preview = await buildPreview(db, p, { mappings: { [s.name]: mapping } });
		expect(preview.sheets[0].mappingFrom).toBe('override');
		expect(preview.counts.changed).toBe(1);
		expect(preview.rows[0].changes).toEqual([expect.objectContaining({ key: 'notes', old: '', new: 'ghi chú mới' })]);

		await saveMapping(db, s.signature, mapping);
		expect((await db.meta.get(`mapping:${s.signature}`))?.value).toEqual(mapping);
		expect(await loadMapping(db, s.signature, 4)).toEqual(mapping);
		const again = await buildPreview(db, parseBytes(bytes()));
		expect(again.sheets[0].mappingFrom).toBe('saved');
		expect(again.counts.changed).toBe(1);
	});

	it('a stored mapping with unknown fields is cleaned', async () => {
		const db = await seededDb();
		await db.meta.put({ key: 'mapping:x', value: { table: 'targets', fields: ['year', '__proto__', 'nope', 7] } });
		expect(await loadMapping(db, 'x', 4)).toEqual({ table: 'targets', fields: ['year', null, null, null] });
		await db.meta.put({ key: 'mapping:y', value: 'garbage' });
		expect(await loadMapping(db, 'y', 2)).toBeNull();
	});
});
