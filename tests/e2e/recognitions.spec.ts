// Recognitions and the 19 criteria, each entered once: every grid, card and workbook agrees.
// In Chromium against the built app, from a fresh database (the plan's seed).
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { clearApp, openFresh, waitForRows, cell, expectCount, readRecord, pickIn, paste, answerRecognition } from './helpers';

const DAI_THANH = '20527'; // Đại Thạnh, Đại Lộc
const DAI_THANH_2024 = '2024-ntm-20527'; // its NTM 2024 target

async function exportAll(page: Page): Promise<XLSX.WorkBook> {
	const wait = page.waitForEvent('download');
	await page.getByTestId('export-all').click();
	const d = await wait;
	return XLSX.read(readFileSync((await d.path())!));
}

/** The row of a sheet (as header -> value) whose column `by` holds `value`. */
function rowWhere(wb: XLSX.WorkBook, sheet: string, by: string, value: unknown): Record<string, unknown> | undefined {
	return XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[sheet]).find((r) => r[by] === value);
}

test('recognising a target asks for its decision; the commune, the register, the dashboard and the workbook agree', async ({ page }) => {
	await openFresh(page, `/targets?commune=${DAI_THANH}`);
	await pickIn(page, DAI_THANH_2024, 'status', 'Đã công nhận');
	await answerRecognition(page, { no: '15/QĐ-UBND', date: '20/02/2025' });
	await expect(page.locator('.messages')).toContainText('Đã ghi nhận công nhận Đại Thạnh / NTM 2024');
	// The target shows the decision, read-only, from the register.
	await expect(cell(page, DAI_THANH_2024, 'decisionNo')).toHaveText('15/QĐ-UBND');
	await expect(cell(page, DAI_THANH_2024, 'decisionNo')).toHaveClass(/cell-derived/);
	await expect(cell(page, DAI_THANH_2024, 'decisionDate')).toHaveText('20/02/2025');

	// The commune's recognised level and year follow, with their origin.
	await page.goto('/communes?q=dai%20thanh');
	await waitForRows(page);
	await expectCount(page, 1);
	await expect(cell(page, DAI_THANH, 'recognisedLevel')).toHaveText('NTM');
	await expect(cell(page, DAI_THANH, 'recognisedYear')).toHaveText('2024');
	await expect(cell(page, DAI_THANH, 'recognisedLevel').locator('span')).toHaveAttribute('title', /15\/QĐ-UBND/);
	// Read-only there: a double-click opens no editor.
	await cell(page, DAI_THANH, 'recognisedLevel').dblclick();
	await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);

	// One record in the register.
	await page.goto(`/recognitions?commune=${DAI_THANH}`);
	await waitForRows(page);
	await expectCount(page, 1);
	await expect(page.locator('[data-testid=grid-recognitions] .ag-row').first()).toContainText('15/QĐ-UBND');

	// The dashboard: one NTM commune more than the 83 of the register (still "at least").
	await page.getByTestId('nav-dashboard').click();
	await expect(page.getByTestId('value-ntm')).toHaveText('ít nhất 84 / 154xã');

	// The workbook: the commune's level, the target's decision and the register's row.
	const wb = await exportAll(page);
	expect(rowWhere(wb, 'Xã', 'Mã', DAI_THANH)).toMatchObject({ 'Cấp đã công nhận': 'NTM', 'Năm công nhận': 2024 });
	expect(rowWhere(wb, 'Chỉ tiêu xã', 'Mã', DAI_THANH_2024)).toMatchObject({ 'Số quyết định': '15/QĐ-UBND', 'Trạng thái': 'Đã công nhận' });
	expect(rowWhere(wb, 'Công nhận đạt chuẩn', 'Số quyết định', '15/QĐ-UBND')).toMatchObject({ Xã: 'Đại Thạnh', 'Mức đạt chuẩn': 'NTM', 'Năm đạt chuẩn': 2024 });
});

test('a blank decision is accepted with a warning that stays, and the register lists it as missing', async ({ page }) => {
	await openFresh(page, `/targets?commune=${DAI_THANH}`);
	await pickIn(page, DAI_THANH_2024, 'status', 'Đã công nhận');
	await answerRecognition(page);
	await expect(page.locator('.messages')).toContainText('chưa có số quyết định, cần bổ sung');
	await page.goto('/recognitions?decision=missing&year=2024');
	await waitForRows(page);
	await expectCount(page, 1);
	// Cancelling the dialog leaves the target as it was.
	await page.goto(`/targets?commune=20530`);
	await waitForRows(page);
	await pickIn(page, '2024-ntm-20530', 'status', 'Đã công nhận');
	await page.getByTestId('recognise-dialog').getByRole('button', { name: 'Hủy' }).click();
	await expect(cell(page, '2024-ntm-20530', 'status')).not.toHaveText('Đã công nhận');
	expect((await readRecord(page, 'targets', '2024-ntm-20530'))?.status).not.toBe('recognised');
});

test("a commune's 19 criteria entered in the matrix show as 19 wherever the count is shown", async ({ page }) => {
	await openFresh(page, '/criteria', true);
	await page.getByTestId('matrix-year').fill('2025');
	await page.getByTestId('matrix-create').click();
	await expect(page.locator('.messages')).toContainText('Đã tạo 196 dòng đánh giá năm 2025');
	await page.goto(`/criteria?commune=${DAI_THANH}`);
	await waitForRows(page);
	await expectCount(page, 1, 196);
	const row = page.locator('[data-testid=grid-assessments] .ag-row[row-index="0"]').first();
	const id = (await row.getAttribute('row-id'))!;
	// A block from Excel: 19 cells of the row, "x" and "Đạt" both read as met.
	await cell(page, id, 'c1').click();
	await paste(page, ['x', ...Array(18).fill('Đạt')].join('\t'));
	await expect(cell(page, id, 'c19')).toHaveText('Đạt');
	await expect(cell(page, id, 'c1')).toHaveClass(/cell-good/);
	await expect(cell(page, id, 'met')).toHaveText('19/19 (đã đánh giá 19)');

	// 19 in the communes grid (read-only, from the matrix), the targets grid and the dashboard.
	await page.goto('/communes?q=dai%20thanh');
	await waitForRows(page);
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('19');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveClass(/cell-derived/);
	await page.goto(`/targets?commune=${DAI_THANH}`);
	await waitForRows(page);
	await expect(cell(page, DAI_THANH_2024, 'criteriaMet')).toHaveText('19');
	await page.goto('/dashboard');
	await expect(page.getByTestId('card-under15')).toContainText('Theo ma trận tiêu chí: 1 xã');

	// Criterion 13 not met: the filter finds it, and the count is 18 everywhere.
	await page.goto(`/criteria?commune=${DAI_THANH}`);
	await waitForRows(page);
	await pickIn(page, id, 'c13', 'Chưa đạt');
	await expect(cell(page, id, 'c13')).toHaveClass(/cell-bad/);
	await page.goto('/criteria?missing=13');
	await waitForRows(page);
	await expectCount(page, 1, 196);
	await page.goto('/criteria?criteria=15-18');
	await waitForRows(page);
	await expectCount(page, 1, 196);
	await page.goto('/communes?q=dai%20thanh');
	await waitForRows(page);
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('18');
	// Ctrl+Z takes the cell back: 19 again.
	await page.keyboard.press('Control+z');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('19');
});

test('a district recognised NTM raises the district card by one, and its drill-down lists it', async ({ page }) => {
	await clearApp(page);
	await page.goto('/dashboard');
	const units = page.getByTestId('value-units');
	// Phú Ninh and Duy Xuyên (already NTM: the plan sends them for "nâng cao"); the plan implies 3-4.
	await expect(units).toHaveText('ít nhất 2 / 8-9đơn vị');
	await expect(page.getByTestId('card-units')).toContainText('Theo sổ: 2 đơn vị đã đạt trước năm 2024; theo kế hoạch: 03-04 đơn vị');
	// The register and the plan disagree on the districts with no NTM commune: both are shown.
	await expect(page.getByTestId('value-noNtm')).toHaveText(/Sổ: 4 · KH: 1/);

	await page.goto('/recognitions');
	await waitForRows(page);
	await page.getByTestId('add-row').click();
	await page.getByTestId('add-districtId').fill('tien phuoc');
	await page.locator('.choices button', { hasText: 'Tiên Phước' }).click();
	await page.getByTestId('add-level').selectOption('ntm');
	await page.getByTestId('add-year').fill('2024');
	await page.getByTestId('add-decisionNo').fill('100/QĐ-TTg');
	await page.getByTestId('add-submit').click();
	await expect(page.locator('.messages')).toContainText('Tiên Phước');

	await page.getByTestId('nav-dashboard').click();
	await expect(units).toHaveText('ít nhất 3 / 8-9đơn vị');
	await page.getByTestId('card-units').click();
	await expect(page).toHaveURL(/\/tables\/districts\?reached=1$/);
	await expectCount(page, 3, 18);
	await expect(page.getByTestId('grid-districts')).toContainText('Tiên Phước');
	await expect(page.getByTestId('grid-districts')).toContainText('100/QĐ-TTg');

	// Scoped to Duy Xuyên, the card shows its own target (II.5.b) and where it stands.
	await page.goto('/dashboard?district=508');
	await expect(page.getByTestId('card-units')).toContainText('Duy Xuyên: NTM nâng cao 2025 (II.5.b');
	await expect(page.getByTestId('card-units')).toContainText('Hiện trạng theo sổ: Duy Xuyên: NTM');
});

test('the baseline register is entered in bulk by pasting a list from Excel, through the import preview', async ({ page }) => {
	await openFresh(page, '/recognitions');
	await expect(page.getByTestId('baseline-summary')).toContainText('83 xã NTM, 1 xã nâng cao, 1 xã kiểu mẫu');
	const list = [
		'Huyện\tXã\tMức đạt chuẩn\tNăm đạt chuẩn\tSố quyết định\tNgày quyết định',
		'Duy Xuyên\tDuy Nghĩa\tNTM nâng cao\t2019\t4001/QĐ-UBND\t20/12/2019',
		'Núi Thành\tTam Anh Bắc\tNTM\t2018\t3800/QĐ-UBND\t15/12/2018'
	].join('\r\n');
	await page.getByText('Dán danh sách').click();
	await page.getByTestId('recog-paste').fill(list);
	await page.getByTestId('recog-paste-preview').click();
	await expect(page.getByTestId('import-dialog')).toBeVisible();
	await expect(page.getByTestId('count-new')).toContainText('2');
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await page.getByTestId('import-close').click();
	await expect(page.getByTestId('baseline-summary')).toContainText('85 xã NTM, 2 xã nâng cao');
	await page.goto('/communes?q=duy%20nghia');
	await waitForRows(page);
	await expect(page.locator('[data-testid=grid-communes] .ag-row').first()).toContainText('NTM nâng cao');
});
