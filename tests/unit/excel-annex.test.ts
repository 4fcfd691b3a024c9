// Provincial annexes as the province writes them: title rows, a two-row merged header with the usual
// headers ("TT", "Tên xã", "Mức đạt chuẩn", "Năm"), districts as Roman-numeral group rows
// ("I | BẮC TRÀ MY (02 xã)"), subtotal rows ("Cộng") and a "Tổng cộng" row at the end.
import { describe, it, expect } from 'vitest';
import type * as XLSX from 'xlsx';
import { matchHeader, lexicon } from '../../src/lib/excel/headers';
import { buildPreview } from '../../src/lib/excel/preview';
import { TABLES, type Column } from '../../src/lib/schema';
import { fold } from '../../src/lib/domain/text';
import { translate } from '../../src/lib/i18n/translate';
import '../../src/lib/i18n/excel-texts';
import { parseBytes, seededDb, sheetBytes } from './excel-helpers';

const merge = (r1: number, c1: number, r2: number, c2: number): XLSX.Range => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });

/** The annex of the brief: Excel rows 1-16 (rows 6, 9, 10, 13, 14 and 16 are group and total rows). */
function annex(sheet = 'Phụ lục 1'): Uint8Array {
	return sheetBytes(
		{
			[sheet]: [
				['PHỤ LỤC 1'],
				['DANH SÁCH XÃ PHẤN ĐẤU ĐẠT CHUẨN NÔNG THÔN MỚI GIAI ĐOẠN 2024-2025'],
				['(Kèm theo Kế hoạch số 45/KH-CCB ngày 10/3/2024 của Hội Cựu chiến binh tỉnh)'],
				['TT', 'Tên xã', 'Kế hoạch phấn đấu', null],
				[null, null, 'Mức đạt chuẩn', 'Năm'],
				['I', 'BẮC TRÀ MY (02 xã)', null, null], // 6
				[1, 'Trà Giang', 'NTM', 2025],
				[2, 'Trà Sơn', 'NTM', 2025],
				[null, 'Cộng', null, 2], // 9
				['II', 'NÚI THÀNH (02 xã)', null, null], // 10: Núi Thành is also a town (thị trấn)
				[1, 'Tam Thanh', 'NTM nâng cao', 2025], // Tam Thạnh (Núi Thành), not Tam Kỳ's Tam Thanh: the group says which
				[2, 'Tam Anh Nam', 'NTM kiểu mẫu', 2025],
				['Cộng huyện Núi Thành', null, null, 2], // 13
				['III', 'Huyện Phú Ninh', null, null], // 14
				[1, 'Tam Thanh', 'NTM nâng cao', 2025], // Tam Thành (Phú Ninh), written without its accent
				['Tổng cộng', null, null, 5] // 16
			]
		},
		{
			[sheet]: [
				merge(0, 0, 0, 3),
				merge(1, 0, 1, 3),
				merge(2, 0, 2, 3),
				merge(3, 0, 4, 0),
				merge(3, 1, 4, 1),
				merge(3, 2, 3, 3),
				merge(5, 1, 5, 3),
				merge(9, 1, 9, 3),
				merge(12, 0, 12, 1),
				merge(15, 0, 15, 1)
			]
		}
	);
}

describe('usual annex headers', () => {
	it.each([
		['Mức đạt chuẩn', 'level'],
		['Mức độ đạt chuẩn', 'level'],
		['Cấp độ đạt chuẩn', 'level'],
		['MỨC ĐẠT CHUẨN', 'level'],
		['Tên xã', 'communeId'],
		['Tên đơn vị', 'communeId'],
		['Huyện, thị xã, thành phố', 'districtId'],
		['Huyện/TX/TP', 'districtId'],
		['Đơn vị cấp huyện', 'districtId'],
		['Năm đạt chuẩn', 'year'],
		['Năm phấn đấu', 'year'],
		['Năm phấn đấu đạt chuẩn', 'year'],
		['Ghi chú', 'notes'],
		['Tình trạng', 'status'],
		['Thời gian hoàn thành', 'deadline']
	])('%j is the targets column %s', (header, key) => {
		expect(matchHeader('targets', header)).toBe(key);
	});

	it('district targets and communes know them too', () => {
		expect(matchHeader('districtTargets', 'Huyện, thị xã, thành phố')).toBe('districtId');
		expect(matchHeader('districtTargets', 'Mức đạt chuẩn')).toBe('level');
		expect(matchHeader('districtTargets', 'Năm đạt chuẩn')).toBe('year');
		expect(matchHeader('communes', 'Huyện, thị xã, thành phố')).toBe('districtId');
		expect(matchHeader('communes', 'Tên xã')).toBe('name');
		expect(matchHeader('communes', 'Mức đạt chuẩn')).toBe('recognisedLevel');
	});

	it('no label, key or alias makes two columns of a table read alike', () => {
		for (const d of TABLES) {
			const seen = new Map<string, string>();
			const clashes: string[] = [];
			for (const c of d.columns as Column<any>[]) {
				const texts = new Set([translate('vi', c.label), translate('en', c.label), c.key, ...(c.aliases ?? [])].map(fold).filter(Boolean));
				for (const f of texts) {
					const other = seen.get(f);
					if (other && other !== c.key) clashes.push(`${d.name}: "${f}" is ${other} and ${c.key}`);
					seen.set(f, c.key);
				}
			}
			expect(clashes).toEqual([]);
			// And the lexicon the import builds reads each of them as that column.
			for (const [f, key] of seen) expect(lexicon(d.name).get(f), `${d.name} ${f}`).toBe(key);
		}
	});

	it('a plan annex with the district, commune, level and year is read as commune targets, not communes', () => {
		const p = parseBytes(
			sheetBytes({ 'Trang tính1': [['STT', 'Huyện, thị xã, thành phố', 'Tên xã', 'Mức đạt chuẩn', 'Năm đạt chuẩn', 'Ghi chú'], [1, 'Đại Lộc', 'Đại Thạnh', 'NTM', 2024, '']] })
		);
		expect(p.sheets[0].table).toBe('targets');
		expect(p.sheets[0].fields).toEqual([null, 'districtId', 'communeId', 'level', 'year', 'notes']);
		expect(p.sheets[0].complete).toBe(true);
	});
});

describe('a provincial annex', () => {
	it('needs no mapping step: title rows and the merged two-row header are read, the sheet is complete', () => {
		const s = parseBytes(annex()).sheets[0];
		expect(s.table).toBe('targets');
		expect(s.headerRow).toBe(5);
		expect(s.fields).toEqual([null, 'communeId', 'level', 'year']);
		expect(s.unmatched).toEqual([]);
		expect(s.complete).toBe(true);
		expect(s.rows[0].row).toBe(6);
	});

	it('skips group, subtotal and total rows with one note, and matches the commune rows', async () => {
		const db = await seededDb();
		const preview = await buildPreview(db, parseBytes(annex()));
		expect(preview.sheets[0].complete).toBe(true);
		expect(preview.sheets[0].mappingFrom).toBe('auto');
		expect(preview.errorCount).toBe(0);
		expect(preview.issues.filter((i) => i.level === 'error')).toEqual([]);
		expect(preview.issues.some((i) => /Không tìm thấy xã/.test(i.message))).toBe(false);
		// One warning, naming the skipped rows.
		expect(preview.warningCount).toBe(1);
		expect(preview.issues).toHaveLength(1);
		expect(preview.issues[0]).toMatchObject({ level: 'warning', key: 'excel.sheet.groupRows', sheet: 'Phụ lục 1' });
		expect(preview.issues[0].message).toBe('Trang "Phụ lục 1": bỏ qua 6 dòng nhóm và dòng tổng (dòng 6, 9, 10, 13, 14, 16).');
		expect(preview.sheets[0].rowCount).toBe(5);
		// Trà Giang, Trà Sơn, Tam Anh Nam and Tam Thành (Phú Ninh) are targets of the plan; Tam Thanh (Núi Thành) is new.
		expect(preview.counts).toMatchObject({ new: 1, unchanged: 4, changed: 0, error: 0, conflict: 0 });
		const added = preview.rows.find((r) => r.status === 'new')!;
		expect(added.row).toBe(11);
		expect(added.record).toMatchObject({ communeId: '20980', districtId: '517', level: 'nang_cao', year: 2025 });
		expect(preview.rows.map((r) => r.row)).toEqual([11]);
	});

	it('without its group row, a name found in several districts is read as another commune (the group gave the district)', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({ 'Phụ lục 1': [['TT', 'Tên xã', 'Mức đạt chuẩn', 'Năm'], [1, 'Tam Thanh', 'NTM nâng cao', 2025]] });
		const preview = await buildPreview(db, parseBytes(bytes));
		// "Tam Thanh" is spelt exactly like Tam Kỳ's; Núi Thành's is "Tam Thạnh", Phú Ninh's "Tam Thành".
		expect(preview.rows[0].record).toMatchObject({ communeId: '20359', districtId: '502' });
		expect(preview.issues.some((i) => i.key === 'excel.sheet.groupRows')).toBe(false);
	});

	it('a district column beats the group row, and a group row in the district column is skipped too', async () => {
		const db = await seededDb();
		const bytes = sheetBytes(
			{
				'Phụ lục 2': [
					['KẾ HOẠCH NĂM 2025'],
					['STT', 'Huyện, thị xã, thành phố', 'Tên đơn vị', 'Mức độ đạt chuẩn', 'Năm phấn đấu', 'Tình trạng', 'Thời gian hoàn thành', 'Ghi chú'],
					['A', 'HUYỆN PHÚ NINH', null, null, null, null, null, null],
					[1, null, 'Tam Thanh', 'NTM nâng cao', 2025, 'Chưa thực hiện', 'năm 2025', ''],
					[2, 'Núi Thành', 'Tam Thanh', 'NTM nâng cao', 2025, 'Chưa thực hiện', 'năm 2025', ''],
					[null, 'Đại Lộc', null, null, null, null, null, null],
					[3, 'Đại Lộc', 'Đại Thạnh', 'NTM', 2024, 'Đang thực hiện', 'Quý 1/2024', null],
					['Toàn tỉnh', null, null, null, 3, null, null, null]
				]
			},
			{ 'Phụ lục 2': [merge(2, 1, 2, 7)] }
		);
		const p = parseBytes(bytes);
		expect(p.sheets[0].complete).toBe(true);
		expect(p.sheets[0].fields).toEqual([null, 'districtId', 'communeId', 'level', 'year', 'status', 'deadline', 'notes']);
		const preview = await buildPreview(db, p);
		expect(preview.errorCount).toBe(0);
		expect(preview.issues.map((i) => i.message)).toEqual(['Trang "Phụ lục 2": bỏ qua 3 dòng nhóm và dòng tổng (dòng 3, 6, 8).']);
		// Row 4 takes Phú Ninh from the group (unchanged), row 5 its own Núi Thành (new), row 7 Đại Thạnh (unchanged).
		expect(preview.counts).toMatchObject({ new: 1, unchanged: 2, error: 0 });
		expect(preview.rows.find((r) => r.status === 'new')?.record).toMatchObject({ communeId: '20980', level: 'nang_cao', year: 2025 });
	});

	it('a misspelt commune is still an error with its suggestions, not a skipped row', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({ 'Phụ lục 1': [['TT', 'Tên xã', 'Mức đạt chuẩn', 'Năm'], ['I', 'ĐẠI LỘC (01 xã)', null, null], [1, 'Đại Thanhh', 'NTM', 2024], [null, 'Cộng', null, 1]] });
		const preview = await buildPreview(db, parseBytes(bytes));
		expect(preview.counts.error).toBe(1);
		expect(preview.issues.find((i) => i.level === 'error')?.message).toMatch(/dòng 3.*Không tìm thấy xã "Đại Thanhh"/);
		expect(preview.issues.find((i) => i.level === 'warning')?.message).toBe('Trang "Phụ lục 1": bỏ qua 2 dòng nhóm và dòng tổng (dòng 2, 4).');
	});
});

describe('rows that only look like groups', () => {
	it('a numbered district target with a wrong level is an error, not a skipped group', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({ 'Chỉ tiêu huyện': [['TT', 'Huyện', 'Cấp độ', 'Năm'], ['I', 'Đại Lộc', 'Huyện mẫu', 2025]] });
		const preview = await buildPreview(db, parseBytes(bytes));
		expect(preview.counts.error).toBe(1);
		expect(preview.issues.some((i) => i.key === 'excel.sheet.groupRows')).toBe(false);
	});

	it('the town of Núi Thành is a commune, not a group, when written without a count', async () => {
		const db = await seededDb();
		const bytes = sheetBytes({ 'Phụ lục 1': [['TT', 'Tên xã', 'Mức đạt chuẩn', 'Năm'], [1, 'Núi Thành', null, 2025]] });
		const preview = await buildPreview(db, parseBytes(bytes));
		expect(preview.counts.error).toBe(1);
		expect(preview.issues.some((i) => i.key === 'excel.sheet.groupRows')).toBe(false);
	});
});
