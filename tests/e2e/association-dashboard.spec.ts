// The dashboard's "Hội CCB" section end to end, in Chromium against the built app: the models
// card (III.3) moves when a model is added and drills down to the communes without one; a lowland
// district's member households (III.4) with no poor and no near-poor household reach "Đạt".
import { test, expect, type Page } from '@playwright/test';
import { clearApp, expectCount, readRecord, typeInto, waitForRows } from './helpers';

// 197 xã in the seeds, 196 of them flagged "in the programme" (Bình Minh is not); no phường or
// thị trấn is in the programme. Đại Lộc (506) has 17 programme xã.
const PROGRAMME_XA = 196;
const UNITS = 241;

async function freshDashboard(page: Page, query = '') {
	await clearApp(page);
	await page.goto(`/dashboard${query}`);
	await expect(page.getByTestId('dash-assoc')).toBeVisible();
}

test('the models card counts the programme xã without a model, falls by one when a model is added, and drills down', async ({ page }) => {
	await freshDashboard(page);
	const section = page.getByTestId('dash-assoc');
	await expect(section.getByRole('heading', { level: 2, name: 'Hội CCB' })).toBeVisible();

	// Fresh database: the models register is empty, so no coverage is claimed, and every programme xã
	// is listed as having no recorded model.
	await expect(page.getByTestId('value-assoc-models')).toHaveText('Chưa có số liệu');
	await expect(page.getByTestId('card-assoc-models')).toContainText('Sổ "Mô hình của Hội" chưa có dòng nào');
	await expect(page.getByTestId('value-assoc-noModel')).toHaveText(`${PROGRAMME_XA}xã`);
	await expect(page.getByTestId('card-assoc-noModel')).toContainText(`${PROGRAMME_XA}/${PROGRAMME_XA} xã trong chương trình NTM`);
	// The other registers are empty too: "no data", never 0.
	for (const id of ['assoc-modelGoal', 'assoc-lowland', 'assoc-mountain', 'assoc-houses', 'assoc-ocop'])
		await expect(page.getByTestId(`value-${id}`)).toHaveText('Chưa có số liệu');
	await expect(page.getByTestId('card-assoc-modelGoal')).toContainText('≥300');

	await page.getByTestId('card-assoc-noModel').click();
	await expect(page).toHaveURL(/\/communes\?programme=1&kind=xa&model=0$/);
	await expectCount(page, PROGRAMME_XA, UNITS);

	// A model run by the association in Đại Thạnh (Đại Lộc), which had none.
	await page.goto('/tables/models');
	await expect(page.getByTestId('row-count')).toBeVisible();
	await expectCount(page, 0, 0);
	await page.getByTestId('add-row').click();
	await page.getByTestId('add-communeId').fill('Đại Thạnh');
	await page.locator('.choices button', { hasText: 'Đại Thạnh' }).first().click();
	await page.getByTestId('add-name').fill('Heo đất nghĩa tình');
	await page.getByTestId('add-runBy').selectOption('association');
	await page.getByTestId('add-submit').click();
	await expectCount(page, 1, 1);

	await page.goto('/dashboard');
	await expect(page.getByTestId('value-assoc-noModel')).toHaveText(`${PROGRAMME_XA - 1}xã`);
	await expect(page.getByTestId('value-assoc-models')).toHaveText(`1 / ${PROGRAMME_XA}xã`);
	await expect(page.getByTestId('value-assoc-modelGoal')).toHaveText('1mô hình');
	await expect(page.getByTestId('card-assoc-modelGoal')).toContainText('1 mô hình của Hội (đang duy trì) / mục tiêu toàn tỉnh ≥300');

	await page.getByTestId('card-assoc-noModel').click();
	await expect(page).toHaveURL(/\/communes\?programme=1&kind=xa&model=0$/);
	await expectCount(page, PROGRAMME_XA - 1, UNITS);
	await expect(page.locator('.ag-row', { hasText: 'Đại Thạnh' })).toHaveCount(0);

	// Filtered to Đại Lộc: 16 of its 17 programme xã have no model; the link keeps the district.
	await page.goto('/dashboard?district=506');
	await expect(page.getByTestId('value-assoc-noModel')).toHaveText('16xã');
	await expect(page.getByTestId('value-assoc-models')).toHaveText('1 / 17xã');
	await page.getByTestId('card-assoc-noModel').click();
	await expect(page).toHaveURL(/\/communes\?programme=1&kind=xa&model=0&district=506$/);
	await expectCount(page, 16, UNITS);

	// The models card opens the models behind the figure.
	await page.goto('/dashboard');
	await page.getByTestId('card-assoc-models').click();
	await expect(page).toHaveURL(/\/tables\/models\?runBy=association&state=running,paused$/);
	await expectCount(page, 1, 1);
});

test('a lowland district with no poor and no near-poor member household in 2025 is "Đạt"', async ({ page }) => {
	await freshDashboard(page);
	await expect(page.getByTestId('assoc-households')).toContainText('Chưa có số liệu');

	await page.goto('/tables/memberHouseholds');
	await expect(page.getByTestId('row-count')).toBeVisible();
	await expectCount(page, 0, 0);
	await page.getByTestId('add-row').click();
	await page.getByTestId('add-districtId').fill('Đại Lộc');
	await page.locator('.choices button', { hasText: 'Đại Lộc' }).first().click();
	await page.getByTestId('add-year').fill('2025');
	await page.getByTestId('add-submit').click();
	await expectCount(page, 1, 1);
	await waitForRows(page);
	const rowId = await page.locator('.ag-row[row-id]').first().getAttribute('row-id');
	expect(rowId).toBeTruthy();
	await typeInto(page, rowId!, 'households', '2100');
	await typeInto(page, rowId!, 'poor', '0');
	await typeInto(page, rowId!, 'nearPoor', '0');
	// Every figure stored before leaving the page.
	await expect.poll(async () => (await readRecord(page, 'memberHouseholds', rowId!))?.nearPoor).toBe(0);
	expect((await readRecord(page, 'memberHouseholds', rowId!))?.poor).toBe(0);

	await page.goto('/dashboard');
	const status = page.getByTestId('assoc-status-506');
	await expect(status).toHaveAttribute('data-status', 'met');
	await expect(status).toHaveText('Đạt');
	await expect(page.getByTestId('assoc-hh-506')).toContainText('2025');
	await expect(page.getByTestId('value-assoc-lowland')).toHaveText('1 / 9huyện');
	// A mountain district with nothing entered has no status, not a fail.
	await expect(page.getByTestId('assoc-status-504')).toHaveAttribute('data-status', 'no_data');

	// The district's row opens its household figures of that year.
	await page.getByTestId('assoc-hh-506').getByRole('link', { name: 'Đại Lộc' }).click();
	await expect(page).toHaveURL(/\/tables\/memberHouseholds\?district=506&year=2025$/);
	await expectCount(page, 1, 1);
});
