// What a planner does in the targets grid: see the plan, filter, search, edit, undo, reload.
import { test, expect } from '@playwright/test';
import { openFresh, waitForRows, cell, expectCount, typeInto, pickIn, readRecord, answerRecognition } from './helpers';

const DAI_THANH = '2024-ntm-20527'; // Đại Thạnh (Đại Lộc), NTM 2024, dossier in quarter 1

test('first load shows the whole plan', async ({ page }) => {
	await openFresh(page);
	await expectCount(page, 126, 126);
	await expect(cell(page, DAI_THANH, 'communeId')).toHaveText('Đại Thạnh');
	await expect(cell(page, DAI_THANH, 'districtId')).toHaveText('Đại Lộc');
	await expect(cell(page, DAI_THANH, 'deadline')).toHaveText('Quý 1/2024');
	await expect(page.locator('.ag-header-cell-text', { hasText: 'Trạng thái' })).toBeVisible();
});

test('combined filters give the plan counts and live in the URL', async ({ page }) => {
	await openFresh(page);
	await page.getByTestId('filter-year').selectOption('2025');
	await page.getByTestId('filter-level').selectOption('nang_cao');
	await expectCount(page, 44, 126); // II.2.b lists 44 communes
	await expect(page).toHaveURL(/year=2025/);
	await expect(page).toHaveURL(/level=nang_cao/);
	await page.getByTestId('filter-year').selectOption('2024');
	await page.getByTestId('filter-level').selectOption('ntm');
	await expectCount(page, 14); // 6 dossiers + 8 new NTM communes (II.1.a)
	await page.getByTestId('filter-level').selectOption('nang_cao');
	await page.getByTestId('filter-district').selectOption({ label: 'Đại Lộc' });
	await expectCount(page, 7);
	await page.getByTestId('clear-filters').click();
	await expectCount(page, 126);
});

test('the filtered view is restored from its URL', async ({ page }) => {
	await openFresh(page);
	await page.goto('/targets?year=2025&level=kieu_mau&district=507');
	await waitForRows(page);
	await expectCount(page, 5, 126); // Điện Bàn's model communes of 2025: Điện Trung, Thọ, Hồng, Hòa, Tiến
	await expect(page.getByTestId('filter-district')).toHaveValue('507');
	await page.reload();
	await waitForRows(page);
	await expectCount(page, 5, 126);
});

test('search ignores case and diacritics', async ({ page }) => {
	await openFresh(page);
	for (const q of ['dai loc', 'ĐẠI LỘC', 'Đại Lộc']) {
		await page.getByTestId('search').fill(q);
		await expectCount(page, 15, 126);
	}
	await page.getByTestId('search').fill('ta bhing'); // the plan's spelling finds the commune
	await expectCount(page, 1);
});

test('edits are stored at once and survive a reload', async ({ page }) => {
	await openFresh(page);
	await pickIn(page, DAI_THANH, 'status', 'Đã công nhận');
	// The recognition's decision is asked and kept in the register; the target shows it, read-only.
	await answerRecognition(page, { no: '12/QĐ-UBND', date: '25/01/2024' });
	await expect(cell(page, DAI_THANH, 'status')).toHaveText('Đã công nhận');
	await typeInto(page, DAI_THANH, 'criteriaMet', '19');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('19');
	await expect(cell(page, DAI_THANH, 'decisionDate')).toHaveText('25/01/2024');
	await expect.poll(async () => (await readRecord(page, 'targets', DAI_THANH))?.criteriaMet).toBe(19);
	await page.reload();
	await waitForRows(page);
	await expect(cell(page, DAI_THANH, 'status')).toHaveText('Đã công nhận');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('19');
	await expect(cell(page, DAI_THANH, 'decisionNo')).toHaveText('12/QĐ-UBND');
	const stored = await readRecord(page, 'targets', DAI_THANH);
	expect(stored?.status).toBe('recognised');
	expect(stored?.version).toBe(3);
});

test('"25" and "abc" in the criteria column are refused and nothing is stored', async ({ page }) => {
	await openFresh(page);
	await typeInto(page, DAI_THANH, 'criteriaMet', '25');
	await expect(page.getByRole('alert')).toContainText('25 nằm ngoài khoảng cho phép');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('');
	await typeInto(page, DAI_THANH, 'criteriaMet', 'abc');
	await expect(page.getByRole('alert').last()).toContainText('"abc" không phải là số nguyên');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('');
	const stored = await readRecord(page, 'targets', DAI_THANH);
	expect(stored?.criteriaMet).toBeNull();
	expect(stored?.version).toBe(1);
	await expect(page.getByTestId('undo')).toBeDisabled();
});

test('undo and redo work after a reload and after sorting and filtering', async ({ page }) => {
	await openFresh(page);
	await typeInto(page, DAI_THANH, 'criteriaMet', '17');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('17');
	await typeInto(page, DAI_THANH, 'notes', 'Đã hoàn thiện hồ sơ');
	await expect(cell(page, DAI_THANH, 'notes')).toHaveText('Đã hoàn thiện hồ sơ');
	// Both edits stored before the reload (a reload aborts a write still under way).
	await expect.poll(async () => (await readRecord(page, 'targets', DAI_THANH))?.notes).toBe('Đã hoàn thiện hồ sơ');
	await page.reload();
	await waitForRows(page);
	await page.locator('.ag-header-cell[col-id="communeId"] .ag-header-cell-label').click(); // sort
	await page.getByTestId('filter-district').selectOption({ label: 'Đại Lộc' });
	await page.locator('body').click({ position: { x: 5, y: 300 } });
	await page.keyboard.press('Control+z');
	await expect(cell(page, DAI_THANH, 'notes')).toHaveText('');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('17');
	await page.getByTestId('undo').click();
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('');
	await expect.poll(async () => (await readRecord(page, 'targets', DAI_THANH))?.criteriaMet).toBeNull();
	await page.keyboard.press('Control+y');
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('17');
	await page.getByTestId('redo').click();
	await expect(cell(page, DAI_THANH, 'notes')).toHaveText('Đã hoàn thiện hồ sơ');
	await expect(page.getByTestId('redo')).toBeDisabled();
});

test('a target row can be added and deleted, both undoable', async ({ page }) => {
	await openFresh(page);
	await page.getByTestId('add-row').click();
	await page.getByTestId('add-communeId').fill('Duy Phủ'); // the plan's spelling of Duy Phú
	await page.getByTestId('add-level').selectOption('kieu_mau');
	await page.getByTestId('add-year').fill('2025');
	await page.getByTestId('add-submit').click();
	await expectCount(page, 127, 127);
	await page.getByTestId('undo').click();
	await expectCount(page, 126, 126);
	await page.getByTestId('redo').click();
	await expectCount(page, 127, 127);

	await page.getByTestId('filter-year').selectOption('2025');
	await page.getByTestId('filter-level').selectOption('kieu_mau');
	await page.getByTestId('filter-district').selectOption({ label: 'Duy Xuyên' });
	await expectCount(page, 5); // Duy Phước, Duy Hòa, Duy Trinh, Duy Vinh + the new Duy Phú
	await page.locator('.ag-header-select-all').click();
	await page.getByTestId('delete-rows').click();
	await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
	await expectCount(page, 0, 122);
	await page.keyboard.press('Control+z');
	await expectCount(page, 5, 127);
});

test('an unknown commune gets the closest names', async ({ page }) => {
	await openFresh(page);
	await page.getByTestId('add-row').click();
	await page.getByTestId('add-communeId').fill('Tam Thanhh');
	await page.getByTestId('add-submit').click();
	await expect(page.getByRole('alert')).toContainText('Không tìm thấy xã "Tam Thanhh"');
	await expect(page.getByRole('alert')).toContainText('Tam Thanh (Tam Kỳ)');
	await expectCount(page, 126, 126);
});
