// Workbooks across maps: a file of the plan's units imported while a later map is in view keeps
// every row on its unit and says under which successor each shows; a file exported on another map
// says so. Nothing is rewritten.
import { describe, expect, it } from 'vitest';
import { buildPreview } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { datasetToXlsx } from '../../src/lib/excel/export';
import { readDataset } from '../../src/lib/db/read';
import { parseBytes, seededDb, sheetBytes } from './excel-helpers';

const TARGETS_SHEET = {
	'Chỉ tiêu xã': [
		['Huyện', 'Xã', 'Cấp độ', 'Năm', 'Trạng thái'],
		['Tam Kỳ', 'Tam Thanh', 'NTM nâng cao', 2024, 'Đang thực hiện'],
		['Tam Kỳ', 'Tam Phú', 'NTM nâng cao', 2025, 'Chưa thực hiện']
	]
};

describe('workbooks across maps', () => {
	it('on the plan\'s own map a file of its units gets no note', async () => {
		const db = await seededDb();
		const preview = await buildPreview(db, parseBytes(sheetBytes(TARGETS_SHEET)));
		expect(preview.errorCount).toBe(0);
		expect(preview.issues.filter((i) => i.key === 'excel.sheet.mappedUnits')).toEqual([]);
	});

	it('with the map of 01/08/2025 in view, the rows stay on Tam Thanh and Tam Phú and the preview says they show under Quảng Phú', async () => {
		const db = await seededDb();
		const preview = await buildPreview(db, parseBytes(sheetBytes(TARGETS_SHEET)), { mapDate: '2025-08-01' });
		expect(preview.errorCount).toBe(0);
		const note = preview.issues.find((i) => i.key === 'excel.sheet.mappedUnits');
		expect(note?.message).toBe(
			'2 dòng đặt trên đơn vị trước sắp xếp: theo bản đồ ngày 01/08/2025 hiện dưới đơn vị kế tiếp, đơn vị ghi trên dòng giữ nguyên: Tam Thanh → Quảng Phú (1); Tam Phú → Quảng Phú (1).'
		);
		await applyPreview(db, preview);
		const t = (await db.targets.toArray()).filter((x) => x.communeId === '20359' && x.level === 'nang_cao' && x.year === 2024);
		expect(t).toHaveLength(1);
		expect(t[0].status).toBe('in_progress');
	});

	it('a workbook says the map and phase it was exported on, and an import on another map names both', async () => {
		const db = await seededDb();
		const data = await readDataset(db);
		const bytes = datasetToXlsx(data, { datasetId: 'x', exportedAt: new Date('2026-01-05T00:00:00Z'), appVersion: 'test', filters: '', map: { date: '2025-07-01', phase: '2026-2030' } });
		const parsed = parseBytes(bytes);
		expect(parsed.info?.map).toEqual({ date: '2025-07-01', phase: '2026-2030' });
		const preview = await buildPreview(db, parsed);
		expect(preview.issues.find((i) => i.key === 'excel.sheet.otherMap')?.message).toBe(
			'Tệp lập theo đơn vị hành chính ngày 01/07/2025 (giai đoạn 2026-2030); đang xem bản đồ ngày 31/12/2024. Mỗi dòng giữ đơn vị ghi trong tệp.'
		);
		expect(preview.counts).toMatchObject({ new: 0, changed: 0, error: 0 });
	});
});
