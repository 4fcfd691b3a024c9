// Periodic reports (/reports): issue the 6-month report from the UI, download its workbook and read
// it back with another library (ExcelJS); the issued report stays as reported when the data changes,
// the differences are shown, a new edition replaces it; the report prints as a document.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { clearApp, waitForRows, pickIn, rowCount, readRecord } from './helpers';

const DAI_SON_2024 = '2024-ntm-20503'; // Đại Sơn (Đại Lộc), NTM 2024, dossier to finish (II.1.a)

async function downloadReport(page: Page, row: ReturnType<Page['getByTestId']>): Promise<ExcelJS.Workbook> {
	const wait = page.waitForEvent('download');
	await row.getByTestId('report-download').click();
	const d = await wait;
	expect(d.suggestedFilename()).toMatch(/^bao-cao_tinh_2025-h1_lan-\d\.xlsx$/);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(readFileSync((await d.path())!) as never);
	return wb;
}

/** The total row of Biểu 01 (columns C..H) of a report workbook. */
function totals(wb: ExcelJS.Workbook): number[] {
	const ws = wb.getWorksheet('Biểu 01')!;
	for (let r = 1; r <= ws.rowCount; r++) {
		if (ws.getCell(`B${r}`).value === 'Tổng cộng') return [3, 4, 5, 6, 7, 8].map((c) => Number(ws.getRow(r).getCell(c).value));
	}
	throw new Error('no total row');
}

async function openReports(page: Page) {
	await page.goto('/reports');
	await expect(page.getByTestId('report-doc').first()).toBeVisible();
}

test('issued reports are reached from the association’s page', async ({ page }) => {
	await clearApp(page);
	await page.goto('/association');
	await page.getByTestId('table-link-reports').click();
	await expect(page).toHaveURL(/\/reports$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo định kỳ');
});

test('issue the 6-month report, download it, change the data, compare, issue a new edition, print', async ({ page }) => {
	await clearApp(page);
	await openReports(page);
	await page.getByTestId('report-level').selectOption('province');
	await page.getByTestId('report-period').selectOption('2025-h1');
	await page.getByTestId('report-date').fill('2025-07-05');
	await expect(page.getByTestId('report-number')).toHaveValue('01/BC-CCB');
	await page.getByTestId('report-number').fill('05/BC-CCB');
	// The preview shows today's figures: its total row is what the workbook must hold.
	const previewTotal = page.getByTestId('report-doc').first().locator('table').first().locator('tr.total td.num');
	await expect(previewTotal).toHaveText(['49', '1', '1', '77', '0', '0']);
	await page.getByTestId('report-issue').click();
	await expect(page.locator('.messages')).toContainText('Đã ban hành báo cáo số 05/BC-CCB');
	const rows = page.getByTestId('report-row');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('05/BC-CCB');
	await expect(rows.first()).toContainText('05/07/2025');
	await expect(rows.first()).toContainText('Đã ban hành');

	// The workbook: title, the document's head, merged headers, totals equal to the grid, print setup.
	const wb = await downloadReport(page, rows.first());
	expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu 01', 'Biểu 02', 'Biểu 03', 'Biểu 04']);
	const ws = wb.getWorksheet('Biểu 01')!;
	expect(ws.getCell('A1').value).toBe('HỘI CỰU CHIẾN BINH TỈNH QUẢNG NAM');
	expect(ws.getCell('A3').value).toBe('Số: 05/BC-CCB');
	expect(ws.getRow(3).values as unknown[]).toContain('Quảng Nam, ngày 05 tháng 7 năm 2025');
	const all = ws.getSheetValues().flat().map(String);
	expect(all).toContain('BÁO CÁO');
	expect(all.some((v) => v.includes('6 tháng đầu năm 2025 của tỉnh Quảng Nam'))).toBe(true);
	let header = 0;
	for (let r = 1; r <= ws.rowCount && !header; r++) if (ws.getCell(`A${r}`).value === 'TT') header = r;
	expect(ws.getCell(`A${header + 1}`).master.address).toBe(`A${header}`);
	expect(ws.getCell(`E${header}`).master.address).toBe(`C${header}`);
	expect(totals(wb)).toEqual([49, 1, 1, 77, 0, 0]);
	expect(ws.pageSetup.orientation).toBe('landscape');
	expect(ws.pageSetup.fitToWidth).toBe(1);
	expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header + 2}`);

	// The data changes: Đại Sơn's dossier is submitted.
	await page.goto(`/targets?commune=20503`);
	await waitForRows(page);
	await pickIn(page, DAI_SON_2024, 'status', 'Đã trình hồ sơ');
	await expect(page.locator(`[row-id="${DAI_SON_2024}"] [col-id="status"]`).first()).toHaveText('Đã trình hồ sơ');
	await expect.poll(async () => (await readRecord(page, 'targets', DAI_SON_2024))?.status).toBe('submitted');
	await openReports(page);
	await expect(previewTotal).toHaveText(['49', '2', '1', '77', '0', '0']);
	// The issued report keeps what it reported; the differences name the rows that moved.
	const issued = page.getByTestId('report-row').first();
	expect(totals(await downloadReport(page, issued))).toEqual([49, 1, 1, 77, 0, 0]);
	await issued.getByTestId('report-diff').click();
	const diff = page.getByTestId('report-diff-row');
	await expect(diff).toHaveCount(3);
	await expect(diff.filter({ hasText: 'Đại Lộc' })).toContainText('Đã trình hồ sơ 2024');
	await expect(diff.filter({ hasText: 'Tổng cộng' }).locator('td.num')).toHaveText(['1', '2']);

	// The same level and period cannot be issued twice; a new edition replaces the report.
	await page.getByTestId('report-period').selectOption('2025-h1');
	await page.getByTestId('report-issue').click();
	await expect(page.locator('.messages')).toContainText('đã có báo cáo số 05/BC-CCB');
	await expect(page.getByTestId('report-row')).toHaveCount(1);
	await page.getByTestId('report-number').fill('06/BC-CCB');
	await issued.getByTestId('report-reissue').click();
	await expect(page.getByTestId('report-row')).toHaveCount(2);
	const [first, second] = [page.getByTestId('report-row').nth(0), page.getByTestId('report-row').nth(1)];
	await expect(first).toContainText('06/BC-CCB');
	await expect(first).toContainText('lần 2');
	await expect(second).toHaveAttribute('data-status', 'replaced');
	await expect(second).toContainText('Đã được thay thế');
	expect(totals(await downloadReport(page, first))).toEqual([49, 2, 1, 77, 0, 0]);

	// Printing: only the document is printed, on A4 landscape pages, with the table headers repeated.
	// The browser's print dialog is counted here instead of opened (page.pdf prints below).
	await page.evaluate(() => {
		const w = window as unknown as { printed: number };
		w.printed = 0;
		window.print = () => void w.printed++;
	});
	await first.getByTestId('report-print').click();
	await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('print-area')).toBeVisible();
	await expect(page.locator('header.top')).toBeHidden();
	await expect(page.getByTestId('print-area')).toContainText('Số: 06/BC-CCB');
	const pdf = await page.pdf({ preferCSSPageSize: true });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThan(2);
	expect(pages).toBeLessThan(12);
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByTestId('print-area')).toBeHidden();
});

test('a district’s report, the layout settings, and bad input', async ({ page }) => {
	await clearApp(page);
	await openReports(page);
	// The layout is a setting: another number pattern and issuing body.
	await page.locator('details.settings summary').click();
	await page.getByTestId('settings-number').fill('{n}/BC-HCCB');
	await page.getByTestId('settings-save').click();
	await expect(page.locator('.messages')).toContainText('Đã lưu mẫu trình bày văn bản');
	await page.getByTestId('report-level').selectOption({ label: 'Đại Lộc' });
	await page.getByTestId('report-period').selectOption('2024');
	await expect(page.getByTestId('report-number')).toHaveValue('01/BC-HCCB');
	const doc = page.getByTestId('report-doc').first();
	await expect(doc).toContainText('HỘI CỰU CHIẾN BINH HUYỆN ĐẠI LỘC');
	await expect(doc).toContainText('HỘI CCB TỈNH QUẢNG NAM');
	// A district's rows are its communes; results nobody sent are "Chưa báo cáo", not 0.
	await expect(doc.locator('table').first()).toContainText('Đại Thạnh');
	await expect(doc.locator('table').nth(3)).toContainText('Chưa báo cáo');
	// A bad date changes nothing and says what is wrong.
	await page.getByTestId('report-date').fill('');
	await page.getByTestId('report-issue').click();
	await expect(page.locator('.messages')).toContainText('Ngày báo cáo');
	await expect(page.getByTestId('report-empty')).toBeVisible();
	// The settings survive a reload.
	await page.reload();
	await expect(page.getByTestId('report-doc').first()).toBeVisible();
	await expect(page.getByTestId('report-number')).toHaveValue(/\/BC-HCCB$/);
});

test('a grid prints every filtered row as a titled table, not only the rows on screen', async ({ page }) => {
	await clearApp(page);
	await page.goto('/communes');
	await waitForRows(page);
	// The row counter follows the grid's first rows by a few milliseconds (it read "0 / 0" here at times).
	await expect.poll(async () => (await rowCount(page))[0]).toBeGreaterThan(150);
	const [shown] = await rowCount(page);
	// The grid draws only the rows in view.
	expect(await page.locator('.ag-center-cols-container [role="row"]').count()).toBeLessThan(shown);
	await page.evaluate(() => {
		const w = window as unknown as { printed: number };
		w.printed = 0;
		window.print = () => void w.printed++;
	});
	await page.getByTestId('print-view').click();
	await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	await page.emulateMedia({ media: 'print' });
	const printed = page.getByTestId('print-table');
	await expect(printed).toBeVisible();
	await expect(printed.locator('h2')).toHaveText('Danh sách xã');
	await expect(printed).toContainText('Không lọc (tất cả các dòng)');
	await expect(printed.locator('tbody tr')).toHaveCount(shown);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(3);
	await page.emulateMedia({ media: 'screen' });

	// Filtered: the filters are named and only the matching rows are printed, sorted as on screen.
	await page.goto('/targets?district=506&year=2024');
	await waitForRows(page);
	const [n] = await rowCount(page);
	await page.evaluate(() => (window.print = () => {}));
	await page.getByTestId('print-view').click();
	await page.emulateMedia({ media: 'print' });
	const table = page.getByTestId('print-table');
	await expect(table).toContainText('Điều kiện lọc:');
	await expect(table).toContainText('Đại Lộc');
	await expect(table).toContainText('2024');
	await expect(table.locator('tbody tr')).toHaveCount(n);
	await expect(table.locator('tbody tr').first()).toContainText('Đại Lộc');
});
