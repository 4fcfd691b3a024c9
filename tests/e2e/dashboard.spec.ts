// Dashboard end to end, in Chromium against the built app: live figures across tabs, drill-down
// from bars and cards into the grids, PNG export, URL filters. Every test starts from a fresh
// browser context, so the app seeds IndexedDB from the plan.
import { test, expect, type Page, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerRecognition } from './helpers';

const ALL_CHARTS = ['level-year', 'criteria', 'district'];

async function openDashboard(page: Page, query = ''): Promise<number> {
	const t0 = Date.now();
	await page.goto(`/dashboard${query}`);
	for (const id of ALL_CHARTS) {
		await expect(page.getByTestId(`chart-${id}`)).toHaveAttribute('data-state', 'ready');
	}
	return Date.now() - t0;
}

/** Click the drawn bar (series s, category i) of a chart, at its centre. */
async function clickBar(page: Page, chart: string, s: number, i: number) {
	const canvas = page.getByTestId(`chart-${chart}`).locator('canvas');
	const bars = JSON.parse((await canvas.getAttribute('data-bars')) ?? '[]') as { s: number; i: number; x: number; y: number; v: number }[];
	const bar = bars.find((b) => b.s === s && b.i === i);
	expect(bar, `bar ${s}/${i} of ${chart} is drawn`).toBeTruthy();
	await canvas.click({ position: { x: bar!.x, y: bar!.y } });
}

function rowCount(page: Page): Locator {
	return page.getByTestId('row-count');
}

/** Set the status of the only row of the targets grid through its cell editor. */
async function setOnlyTargetStatus(page: Page, label: string) {
	await expect(rowCount(page)).toHaveText(/^1 \//);
	const cell = page.locator('[data-testid=grid-targets] .ag-row [col-id="status"]').first();
	await cell.dblclick();
	// AG Grid's select editor: open its list, pick the value; leaving the cell commits it.
	await cell.locator('.ag-picker-field-wrapper').click();
	await page.locator('.ag-list-item', { hasText: label }).first().click();
	if (await cell.evaluate((e) => e.classList.contains('ag-cell-inline-editing'))) await page.keyboard.press('Enter');
	// A recognition asks for its decision: left blank here (accepted, with a warning).
	if (label === 'Đã công nhận') await answerRecognition(page);
	await expect(cell).toHaveText(label);
}

test('marking a target "Đã công nhận" in another tab raises the NTM headline by one, live', async ({ page, context }) => {
	const ms = await openDashboard(page);
	console.log(`dashboard: navigation to all charts drawn in ${ms} ms`);
	const ntm = page.getByTestId('value-ntm');
	// The register names 83 NTM communes before the plan, the plan 112: a floor, said as such.
	await expect(ntm).toHaveText('ít nhất 83 / 154xã');
	await expect(page.getByTestId('card-ntm')).toContainText('Theo sổ: 83 xã đạt chuẩn đến năm 2020 (hoặc chưa rõ năm) · Theo kế hoạch: 112 xã');
	await expect(page.getByTestId('warn-programme')).toContainText('196');
	// Nothing recognised yet among the plan's targets: the "recognised" bars are not drawn.
	const bars = JSON.parse((await page.getByTestId('chart-level-year').locator('canvas').getAttribute('data-bars')) ?? '[]');
	expect(bars.filter((b: { s: number }) => b.s === 1)).toHaveLength(0);

	// Another tab: Đại Thạnh (Đại Lộc), NTM 2024, marked recognised in the targets grid.
	const other = await context.newPage();
	await other.goto('/targets?commune=20527');
	await setOnlyTargetStatus(other, 'Đã công nhận');

	// The first tab updates without a reload: figures and charts.
	await expect(ntm).toHaveText('ít nhất 84 / 154xã');
	await expect
		.poll(async () => JSON.parse((await page.getByTestId('chart-level-year').locator('canvas').getAttribute('data-bars')) ?? '[]').filter((b: { s: number; i: number; v: number }) => b.s === 1 && b.i === 0 && b.v === 1).length)
		.toBe(1);

	// The same tab, after navigating: the same count; and the recognised bar leads to exactly that row.
	await other.getByTestId('nav-dashboard').click();
	await expect(other.getByTestId('value-ntm')).toHaveText('ít nhất 84 / 154xã');
	await expect(other.getByTestId('chart-level-year')).toHaveAttribute('data-state', 'ready');
	await clickBar(other, 'level-year', 1, 0);
	await expect(other).toHaveURL(/\/targets\?year=2024&level=ntm&status=recognised$/);
	await expect(rowCount(other)).toHaveText(/^1 \/ 126/);
	await expect(other.locator('[data-testid=grid-targets] .ag-row').first()).toContainText('Đại Thạnh');
});

test('clicking a bar opens the grid filtered to the rows behind it', async ({ page }) => {
	await openDashboard(page);
	// "NTM 2024", plan targets: 6 dossiers of 2023 + 8 communes to reach NTM in 2024 (plan II.1.a).
	await clickBar(page, 'level-year', 0, 0);
	await expect(page).toHaveURL(/\/targets\?year=2024&level=ntm$/);
	await expect(rowCount(page)).toHaveText(/^14 \/ 126/);

	// Per district, stacked by status: Đại Lộc's targets "in progress" (5 of its 15).
	await page.goBack();
	await openDashboard(page);
	const labels = await page.getByTestId('chart-district').locator('tbody th').allTextContents();
	await clickBar(page, 'district', 1, labels.indexOf('Đại Lộc'));
	await expect(page).toHaveURL(/\/targets\?district=506&status=in_progress$/);
	await expect(rowCount(page)).toHaveText(/^5 \/ 126/);

	// Criteria groups: every programme commune has no criteria count yet.
	await page.goBack();
	await openDashboard(page);
	await clickBar(page, 'criteria', 0, 5);
	await expect(page).toHaveURL(/\/communes\?criteria=unknown&programme=1$/);
	await expect(rowCount(page)).toHaveText(/^196 \//);
});

test('clicking a headline figure opens the communes behind it', async ({ page }) => {
	await openDashboard(page);
	await page.getByTestId('card-noNtm').click();
	await expect(page).toHaveURL(/\/communes\?district=510,516,511,504&programme=1$/); // by name: Nam Giang, Nam Trà My, Phước Sơn, Tây Giang
	await expect(rowCount(page)).toHaveText(/^42 \//) // Tây Giang 10 + Nam Giang 11 + Phước Sơn 11 + Nam Trà My 10;

	await page.goBack();
	await openDashboard(page);
	await page.getByTestId('card-ntm').click();
	await expect(page).toHaveURL(/\/communes\?programme=1&reached=ntm$/);
	await expect(rowCount(page)).toHaveText(/^83 \//);
});

test('a chart saves as a real PNG file', async ({ page }) => {
	await openDashboard(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-district').click()]);
	expect(download.suggestedFilename()).toMatch(/^bieu-do-[a-z0-9-]+\.png$/);
	const path = await download.path();
	const bytes = readFileSync(path);
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	const width = bytes.readUInt32BE(16);
	const height = bytes.readUInt32BE(20);
	expect(width).toBeGreaterThan(400);
	expect(height).toBeGreaterThan(200);
	expect(bytes.length).toBeGreaterThan(10_000);
});

test('district and year filters narrow the dashboard and stay in the URL', async ({ page }) => {
	await openDashboard(page, '?district=506&year=2024');
	await expect(page.getByTestId('dash-district')).toHaveValue('506');
	await expect(page.getByTestId('dash-year')).toHaveValue('2024');
	await expect(page.getByTestId('dash-scope')).toContainText('Đại Lộc');
	// Đại Lộc: 10 of its 17 programme communes recorded NTM; no province goal compared.
	await expect(page.getByTestId('value-ntm')).toHaveText('ít nhất 10xã');
	// Its 2024 targets only: 4 NTM + 7 advanced + 1 model = 12 rows behind the bars.
	const bars = JSON.parse((await page.getByTestId('chart-level-year').locator('canvas').getAttribute('data-bars')) ?? '[]') as { v: number }[];
	expect(bars.reduce((s, b) => s + b.v, 0)).toBe(12);

	await page.getByTestId('dash-year').selectOption('');
	await expect(page).toHaveURL(/\/dashboard\?district=506$/);
	await page.getByTestId('dash-district').selectOption('');
	await expect(page).toHaveURL(/\/dashboard$/);
	await expect(page.getByTestId('value-ntm')).toHaveText('ít nhất 83 / 154xã');
});

test('the page speaks one language at a time', async ({ page }) => {
	await openDashboard(page);
	const vi = await page.getByTestId('dashboard').innerText();
	for (const word of ['Recognised', 'Goal', 'No data', 'District', 'Save as PNG', 'targets']) expect(vi).not.toContain(word);
	await page.getByTestId('lang-switch').click();
	await expect(page.getByTestId('card-ntm')).toContainText('Communes recognised NTM');
	await expect(page.getByTestId('save-district')).toHaveText('Save as PNG');
});
