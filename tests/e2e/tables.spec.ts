// Every table through the registry: the list of tables, a generic page with add and delete, the
// searchable reference editor, the rules on every way in, and the banner when another tab upgrades.
import { test, expect } from '@playwright/test';
import { openFresh, waitForRows, cell, expectCount, readRecord, DB_NAME, navTo } from './helpers';

const DAI_THANH_2024 = '2024-ntm-20527'; // Đại Lộc / Đại Thạnh, NTM 2024

test('every table is listed with its rows, and opens on a page of its own', async ({ page }) => {
	await openFresh(page);
	await navTo(page, 'tables');
	// 23 tables: the 19 of the plan and the association, the issued reports, the packages sent to the
	// districts, the successions of units and the phases.
	await expect(page.getByTestId('table-list').locator('li')).toHaveCount(23);
	await expect(page.getByTestId('table-link-phases')).toHaveAttribute('href', /\/phases$/);
	await expect(page.getByTestId('table-list')).toContainText('126 dòng');
	// Issued reports open on their own page.
	await expect(page.getByTestId('table-link-reports')).toHaveText('Báo cáo đã ban hành');
	await expect(page.getByTestId('table-link-reports')).toHaveAttribute('href', /\/reports$/);
	await page.getByTestId('table-link-indicators').click();
	await waitForRows(page);
	await expect(page).toHaveURL(/\/tables\/indicators$/);
	await expectCount(page, 22, 22);
	await page.goto('/tables/khong-co');
	await expect(page.getByTestId('table-not-found')).toContainText('Không có bảng "khong-co"');
});

// The targets page loads only its own tables' definitions (schema/registry.ts); the others come with
// the page that shows them, and the names of the rows their references point at join the lookup then.
test('from the targets page, a table pointing at a table the first page did not load shows names, not codes', async ({ page }) => {
	await openFresh(page);
	await navTo(page, 'tables');
	await page.getByTestId('table-link-criteria').click();
	await waitForRows(page);
	await expect(cell(page, 'qd318-xa.1', 'setId')).toHaveText('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025');
	// And the names are those of the rows now: a renamed set is shown renamed.
	await navTo(page, 'tables');
	await page.getByTestId('table-link-criteriaSets').click();
	await waitForRows(page);
	await cell(page, 'qd318-xa', 'name').dblclick();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Bộ tiêu chí xã NTM 2021-2025');
	await page.keyboard.press('Enter');
	await expect(cell(page, 'qd318-xa', 'name')).toHaveText('Bộ tiêu chí xã NTM 2021-2025');
	await navTo(page, 'tables');
	await page.getByTestId('table-link-criteria').click();
	await waitForRows(page);
	await expect(cell(page, 'qd318-xa.1', 'setId')).toHaveText('Bộ tiêu chí xã NTM 2021-2025');
});

test('a district target is added with a district picked without accents, refused twice, deleted, all undoable', async ({ page }) => {
	await openFresh(page, '/tables/districtTargets');
	await expectCount(page, 8, 8);
	await page.getByTestId('add-row').click();
	await page.getByTestId('add-districtId').fill('nui thanh');
	await page.locator('.choices button', { hasText: 'Núi Thành' }).click();
	await expect(page.getByTestId('add-districtId')).toHaveValue('Núi Thành');
	await page.getByTestId('add-level').selectOption('nang_cao');
	await page.getByTestId('add-year').fill('2030');
	await page.getByTestId('add-submit').click();
	await expectCount(page, 9, 9);
	await expect(page.getByRole('status').last()).toContainText('Núi Thành / Huyện NTM nâng cao 2030');

	// The same district, level and year again: refused, naming the existing row; nothing added.
	await page.getByTestId('add-row').click();
	await page.getByTestId('add-districtId').fill('Núi Thành');
	await page.getByTestId('add-level').selectOption('nang_cao');
	await page.getByTestId('add-year').fill('2030');
	await page.getByTestId('add-submit').click();
	await expect(page.getByRole('alert').last()).toContainText('đã có dòng "Núi Thành / Huyện NTM nâng cao 2030"');
	await expectCount(page, 9, 9);

	await page.getByTestId('filter-year').selectOption('2030');
	await expectCount(page, 1, 9);
	await page.locator('.ag-header-select-all').click();
	await page.getByTestId('delete-rows').click();
	await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
	await expectCount(page, 0, 8);
	await page.getByTestId('undo').click();
	await expectCount(page, 1, 9);
});

test('a row added under filters that hide it is said so', async ({ page }) => {
	await openFresh(page, '/targets?year=2024');
	await page.getByTestId('add-row').click();
	await page.getByTestId('add-communeId').fill('Duy Phủ');
	await page.getByTestId('add-level').selectOption('kieu_mau');
	await page.getByTestId('add-year').fill('2025');
	await page.getByTestId('add-submit').click();
	const message = page.getByTestId('message-info').filter({ hasText: 'bộ lọc đang chọn làm nó bị ẩn' });
	await expect(message).toContainText('Duy Phú / NTM kiểu mẫu 2025');
	await message.getByRole('button', { name: 'Hiện dòng này' }).click();
	await expect(page).not.toHaveURL(/year=/);
	await expectCount(page, 127, 127);
});

test('the commune of a target is picked from a searchable list of programme communes; a phường is refused', async ({ page }) => {
	await openFresh(page, '/targets?year=2024&level=ntm&district=506');
	await cell(page, DAI_THANH_2024, 'communeId').dblclick();
	const input = page.locator('.ref-editor input');
	await expect(input).toBeVisible();
	await input.fill('dai hong');
	await expect(page.locator('.ref-editor-list li').first()).toHaveText('Đại Hồng (Đại Lộc)');
	// Only communes (xã) of the programme are offered: no phường, no Bình Minh.
	await input.fill('binh minh');
	await expect(page.locator('.ref-editor-list li')).toHaveCount(0);
	await input.fill('dai hong');
	await input.press('Enter');
	await expect(cell(page, DAI_THANH_2024, 'communeId')).toHaveText('Đại Hồng');
	await expect.poll(async () => (await readRecord(page, 'targets', DAI_THANH_2024))?.communeId).toBe('20512');

	// Typed as text (not picked), a phường is refused with the reason, and nothing changes.
	await cell(page, DAI_THANH_2024, 'communeId').dblclick();
	await input.fill('Vĩnh Điện');
	await page.keyboard.press('ArrowDown'); // nothing offered to pick
	await input.press('Enter');
	await expect(page.getByRole('alert').last()).toContainText('không phải xã');
	await expect.poll(async () => (await readRecord(page, 'targets', DAI_THANH_2024))?.communeId).toBe('20512');
});

test('a tab still open when another tab upgrades the database asks to reload, in Vietnamese', async ({ page, context }) => {
	await openFresh(page);
	const other = await context.newPage();
	await other.goto('/favicon.svg');
	const opened = await other.evaluate(
		(name) =>
			new Promise<string>((resolve) => {
				const probe = indexedDB.open(name);
				probe.onsuccess = () => {
					const v = probe.result.version;
					probe.result.close();
					const req = indexedDB.open(name, v + 10);
					req.onblocked = () => resolve('blocked');
					req.onsuccess = () => {
						req.result.close();
						resolve('opened');
					};
				};
			}),
		DB_NAME
	);
	expect(opened).toBe('opened'); // the old tab let go at once: nothing hangs
	await expect(page.getByTestId('db-banner')).toContainText('Ứng dụng vừa được cập nhật ở một thẻ khác');
	await page.getByTestId('db-reload').click();
	await waitForRows(page);
	await expect(page.getByTestId('db-banner')).toHaveCount(0);
});

test('the communes view exports with its per-year target columns, as shown', async ({ page }) => {
	await openFresh(page, '/communes?district=506&year=2024&target=ntm');
	await expectCount(page, 4, 241);
	const wait = page.waitForEvent('download');
	await page.getByTestId('export-view-xlsx').click();
	const file = await (await wait).path();
	const XLSX = await import('xlsx');
	const { readFile } = await import('node:fs/promises');
	const wb = XLSX.read(await readFile(file!));
	const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[wb.SheetNames[0]]);
	expect(rows).toHaveLength(4);
	expect(Object.keys(rows[0])).toContain('Mục tiêu 2024');
	expect(rows.find((r) => r['Xã'] === 'Đại Thạnh')?.['Mục tiêu 2024']).toBe('NTM');
});

test('empty and unknown states say what happened and offer the way back', async ({ page }) => {
	// A search that matches nothing.
	await openFresh(page);
	await page.goto('/targets?q=khong-co-xa-nao');
	await expect(page.getByTestId('no-match')).toContainText('Không có dòng nào khớp');
	await page.getByTestId('no-match-clear').click();
	await expectCount(page, 126, 126);
	await expect(page.getByTestId('no-match')).toHaveCount(0);

	// A filter value the toolbar cannot show, and a parameter the table does not have.
	await page.goto('/communes?criteria=nonsense&foo=1');
	await expect(page.getByTestId('filter-bad-criteria')).toContainText('"nonsense"');
	await expect(page.getByTestId('filter-unknown')).toContainText('foo');
	await page.getByTestId('filter-bad-criteria').getByRole('button').click();
	await expect(page).not.toHaveURL(/criteria=/);
	await expect(page.getByTestId('filter-bad-criteria')).toHaveCount(0);

	// A register with no rows yet.
	await page.goto('/tables/commendations');
	await expect(page.getByTestId('empty-table')).toContainText('Bảng này chưa có dòng nào');
});
