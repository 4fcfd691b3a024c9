// A provincial annex imported through the UI: title rows, a merged two-row header with the usual
// headers, districts as Roman-numeral group rows, "Cộng" and "Tổng cộng" rows. It goes straight to
// the preview (no mapping step), the group and total rows are skipped with one note, no error.
// And deadlines read as English in English.
import { test, expect, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { openFresh, cell, expectCount } from './helpers';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const dialog = (page: Page) => page.getByTestId('import-dialog');
const count = (page: Page, k: string) => page.getByTestId(`count-${k}`);
const merge = (r1: number, c1: number, r2: number, c2: number): XLSX.Range => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });

function annex(): Buffer {
	const ws = XLSX.utils.aoa_to_sheet([
		['PHỤ LỤC 1'],
		['DANH SÁCH XÃ PHẤN ĐẤU ĐẠT CHUẨN NÔNG THÔN MỚI GIAI ĐOẠN 2024-2025'],
		['(Kèm theo Kế hoạch số 45/KH-CCB ngày 10/3/2024 của Hội Cựu chiến binh tỉnh)'],
		['TT', 'Tên xã', 'Kế hoạch phấn đấu', null],
		[null, null, 'Mức đạt chuẩn', 'Năm'],
		['I', 'BẮC TRÀ MY (02 xã)', null, null],
		[1, 'Trà Giang', 'NTM', 2025],
		[2, 'Trà Sơn', 'NTM', 2025],
		[null, 'Cộng', null, 2],
		['II', 'NÚI THÀNH (02 xã)', null, null],
		[1, 'Tam Thanh', 'NTM nâng cao', 2025],
		[2, 'Tam Anh Nam', 'NTM kiểu mẫu', 2025],
		['Cộng huyện Núi Thành', null, null, 2],
		['Tổng cộng', null, null, 4]
	]);
	ws['!merges'] = [
		merge(0, 0, 0, 3),
		merge(1, 0, 1, 3),
		merge(2, 0, 2, 3),
		merge(3, 0, 4, 0),
		merge(3, 1, 4, 1),
		merge(3, 2, 3, 3),
		merge(5, 1, 5, 3),
		merge(9, 1, 9, 3),
		merge(12, 0, 12, 1),
		merge(13, 0, 13, 1)
	];
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, ws, 'Phụ lục 1');
	return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

test('a provincial annex goes straight to the preview, skips its group and total rows with one note, and imports', async ({ page }) => {
	const alerts: string[] = [];
	page.on('dialog', (d) => {
		alerts.push(d.message());
		void d.dismiss();
	});
	await openFresh(page);
	await page.getByTestId('import-file').setInputFiles({ name: 'phu-luc-1.xlsx', mimeType: XLSX_MIME, buffer: annex() });
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview');
	await expect(count(page, 'error')).toHaveAttribute('data-value', '0');
	await expect(count(page, 'new')).toHaveAttribute('data-value', '1');
	await expect(count(page, 'unchanged')).toHaveAttribute('data-value', '3');
	const issues = dialog(page).getByTestId('import-issue');
	await expect(issues).toHaveCount(1);
	await expect(issues.first()).toHaveText('Trang "Phụ lục 1": bỏ qua 5 dòng nhóm và dòng tổng (dòng 6, 9, 10, 13, 14).');
	await expect(dialog(page)).not.toContainText('Không tìm thấy xã');
	// The one new row: Tam Thạnh of Núi Thành (the group row gave the district).
	const added = dialog(page).locator('[data-testid="import-row"][data-status="new"]');
	await expect(added).toHaveCount(1);
	await expect(added).toContainText('Tam Thạnh / NTM nâng cao 2025');

	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await expect(page.getByTestId('sum-added')).toHaveText('1');
	await expect(page.getByTestId('sum-updated')).toHaveText('0');
	await page.getByTestId('import-close').click();
	await expect(dialog(page)).toHaveCount(0);
	await expectCount(page, 127, 127);
	expect(alerts).toEqual([]);
});

test('deadlines read as English in English, and as before in Vietnamese', async ({ page }) => {
	await openFresh(page);
	const daiThanh = '2024-ntm-20527'; // deadline "Quý 1/2024"
	const daiChanh = '2024-ntm-20530'; // deadline "năm 2024"
	await expect(cell(page, daiThanh, 'deadline')).toHaveText('Quý 1/2024');
	await expect(cell(page, daiChanh, 'deadline')).toHaveText('năm 2024');
	await page.getByTestId('lang-switch').click();
	await expect(page.getByTestId('nav-targets')).toHaveText('Commune targets');
	await expect(cell(page, daiThanh, 'deadline')).toHaveText('Q1 2024');
	await expect(cell(page, daiChanh, 'deadline')).toHaveText('by the end of 2024');
	await page.getByTestId('lang-switch').click();
	await expect(cell(page, daiThanh, 'deadline')).toHaveText('Quý 1/2024');
});
