// Spreadsheet-style copy and paste, the language switch and "reset to the plan".
import { test, expect, type Page } from '@playwright/test';
import { openFresh, waitForRows, cell, expectCount, readRecord, typeInto, paste, copy } from './helpers';

const FIRST = '2024-ntm-20527'; // Đại Lộc / Đại Thạnh: first row of the NTM 2024 view below
const SECOND = '2024-ntm-20503'; // Đại Lộc / Đại Sơn


test('a block copied from Excel pastes down and right, checked, and undoes in one step', async ({ page }) => {
	await openFresh(page, '/targets?year=2024&level=ntm&district=506&action=submit_dossier');
	await expectCount(page, 2); // Đại Sơn, Đại Thạnh
	const top = await page.locator('[row-index="0"] [col-id="communeId"]').first().textContent();
	const [r0, r1] = top === 'Đại Sơn' ? [SECOND, FIRST] : [FIRST, SECOND];
	await cell(page, r0, 'criteriaMet').click();
	await expect(cell(page, r0, 'criteriaMet')).toBeFocused(); // the paste goes where the focus is
	// Excel puts CRLF between rows and quotes a cell holding a tab or newline.
	await paste(page, '18\tHội CCB huyện Đại Lộc\r\n19\t"Ban Phong trào\r\nVăn phòng"\r\n');
	await expect(cell(page, r0, 'criteriaMet')).toHaveText('18');
	await expect(cell(page, r1, 'criteriaMet')).toHaveText('19');
	await expect(cell(page, r0, 'responsible')).toHaveText('Hội CCB huyện Đại Lộc');
	await expect.poll(async () => (await readRecord(page, 'targets', r1))?.responsible).toBe('Ban Phong trào Văn phòng');
	await page.keyboard.press('Control+z');
	await expect(cell(page, r0, 'criteriaMet')).toHaveText('');
	await expect(cell(page, r1, 'criteriaMet')).toHaveText('');
	await expect(cell(page, r1, 'responsible')).toHaveText('');
});

test('a paste with one bad value changes nothing and says which cell', async ({ page }) => {
	await openFresh(page, '/targets?year=2024&level=ntm&district=506&action=submit_dossier');
	await expectCount(page, 2);
	await page.locator('[row-index="0"] [col-id="criteriaMet"]').first().click();
	await paste(page, '15\n99');
	await expect(page.getByRole('alert')).toContainText('Không dán được');
	await expect(page.getByRole('alert')).toContainText('99 nằm ngoài khoảng');
	expect((await readRecord(page, 'targets', FIRST))?.version).toBe(1);
	expect((await readRecord(page, 'targets', SECOND))?.version).toBe(1);
	await expect(page.getByTestId('undo')).toBeDisabled();
});

test('Ctrl+C copies the focused cell, and the selected rows as tab-separated text', async ({ page }) => {
	await openFresh(page, '/targets?year=2024&level=ntm&district=506&action=submit_dossier');
	await cell(page, FIRST, 'deadline').click();
	expect(await copy(page)).toBe('Quý 1/2024');
	await page.locator('.ag-header-select-all').click();
	const text = await copy(page);
	const lines = text.split('\r\n');
	expect(lines).toHaveLength(2);
	expect(lines.join('\n')).toContain('Đại Thạnh\tNTM\t2024\tHoàn thiện hồ sơ, trình công nhận\tĐang thực hiện\tQuý 1/2024');
});

test('English is a switch, remembered; Vietnamese is the default', async ({ page }) => {
	await openFresh(page);
	await expect(page.getByTestId('nav-targets')).toHaveText('Chỉ tiêu xã');
	await expect(cell(page, FIRST, 'status')).toHaveText('Đang thực hiện');
	await page.getByTestId('lang-switch').click();
	await expect(page.getByTestId('nav-targets')).toHaveText('Commune targets');
	await expect(cell(page, FIRST, 'status')).toHaveText('In progress');
	await expect(page.getByTestId('row-count')).toHaveText('126 / 126 rows');
	await page.reload();
	await waitForRows(page);
	await expect(page.getByTestId('nav-targets')).toHaveText('Commune targets');
	await page.getByTestId('lang-switch').click();
	await expect(cell(page, FIRST, 'status')).toHaveText('Đang thực hiện');
	// AG Grid's own texts are Vietnamese too (its locale): the column filter menu.
	await page.locator('.ag-header-cell[col-id="notes"] .ag-header-cell-filter-button').click();
	await expect(page.locator('.ag-filter').first()).toContainText('Chứa');
});

test('reset to the plan asks first, then restores the plan', async ({ page }) => {
	await openFresh(page);
	await typeInto(page, FIRST, 'criteriaMet', '12');
	await expect(cell(page, FIRST, 'criteriaMet')).toHaveText('12');
	await page.getByTestId('reset').click();
	await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Hủy' }).click();
	await expect(cell(page, FIRST, 'criteriaMet')).toHaveText('12');
	await page.getByTestId('reset').click();
	await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
	await expect(cell(page, FIRST, 'criteriaMet')).toHaveText('');
	await expect(page.getByTestId('undo')).toBeDisabled();
	expect((await readRecord(page, 'targets', FIRST))?.version).toBe(1);
});

test('communes grid: every unit, year columns, and the same kind of filters', async ({ page }) => {
	await openFresh(page, '/communes');
	await expectCount(page, 241, 241);
	await page.getByTestId('filter-kind').selectOption('xa');
	await expectCount(page, 197);
	await page.goto('/communes?programme=1');
	await waitForRows(page);
	await expectCount(page, 196);
	await page.goto('/communes?year=2025&target=kieu_mau');
	await waitForRows(page);
	await expectCount(page, 19);
	await expect(cell(page, '20569', 'year_2025')).toHaveText('NTM kiểu mẫu'); // Điện Thọ
	await expect(cell(page, '20569', 'year_2024')).toHaveText('NTM nâng cao');
	await page.getByTestId('search').fill('dien tho');
	await expectCount(page, 1);
	await typeInto(page, '20569', 'hamletsTotal', '9');
	await expect.poll(async () => (await readRecord(page, 'communes', '20569'))?.hamletsTotal).toBe(9);
});

test('pasting onto a column that cannot be edited says which one and changes nothing', async ({ page }) => {
	await openFresh(page, '/targets?year=2024&level=ntm&district=506&action=submit_dossier');
	await cell(page, FIRST, 'planSection').click();
	await paste(page, 'II.9');
	await expect(page.getByRole('alert')).toContainText('Cột "Mục kế hoạch" không sửa được');
	expect((await readRecord(page, 'targets', FIRST))?.planSection).toBe('II.1.a');
	expect((await readRecord(page, 'targets', FIRST))?.version).toBe(1);
});
