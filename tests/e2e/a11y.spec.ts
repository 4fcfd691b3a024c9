// Accessibility: axe-core on every page of the app (each table of the registry included, read from
// the "all tables" page so new tables are covered), the error page and the English switch: no
// critical or serious violation, one h1 per page, and the skip link as the first Tab stop, to the grid.
import { test, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { clearApp, waitForRows } from './helpers';

/** The page is drawn: its title, and its grid's header and rows or its charts. */
async function settled(page: Page) {
	await expect(page.getByTestId('loading')).toHaveCount(0);
	await expect(page.locator('main h1').first()).toBeVisible();
	if (await page.locator('main .ag-root').count()) await expect(page.locator('main .ag-header-cell').first()).toBeVisible();
	if (await page.getByTestId('dashboard').count()) await expect(page.locator('[data-testid="dashboard"] canvas').first()).toBeVisible();
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

type Found = { path: string; critical: number; serious: number; moderate: number; minor: number; h1: number; rules: string[] };

async function scan(page: Page, path: string): Promise<Found> {
	// Legacy mode: axe.run in the page itself, twice as fast as the default (which finishes the run in
	// a second page); the app has no frames, so nothing is missed.
	const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
	const count = (impact: string) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
	return {
		path,
		critical: count('critical'),
		serious: count('serious'),
		moderate: count('moderate'),
		minor: count('minor'),
		h1: await page.locator('h1').count(),
		rules: violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
	};
}

test('every page: 0 critical and 0 serious axe violations, one h1', async ({ page }) => {
	test.setTimeout(300_000);
	await clearApp(page);
	await page.goto('/tables');
	await expect(page.getByTestId('table-list')).toBeVisible();
	// The pages of the header's menu and of every table in the registry: new ones are covered too.
	const tablePaths = await page
		.locator('header nav a, [data-testid^="table-link-"]')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(tablePaths.length).toBeGreaterThan(10);
	const paths = [...new Set(['/', '/targets', '/communes', '/plan', '/association', '/association/results', '/dashboard', '/tables', ...tablePaths, '/help'])];

	const found: Found[] = [];
	for (const path of paths) {
		await page.goto(path);
		await settled(page);
		found.push(await scan(page, path));
	}
	// The not-found page.
	await page.goto('/khong-co-trang-nay');
	await expect(page.getByTestId('error-page')).toBeVisible();
	found.push(await scan(page, '/khong-co-trang-nay (404)'));
	// In English, once: the pages with the most controls.
	await page.goto('/targets');
	await settled(page);
	await page.getByTestId('lang-switch').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	for (const path of ['/targets', '/dashboard', '/association/results']) {
		await page.goto(path);
		await settled(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		found.push(await scan(page, `${path} (en)`));
	}

	// Counts per page (for the README): critical / serious / moderate / minor, and h1 elements.
	console.log(found.map((f) => `${f.path}: ${f.critical}/${f.serious}/${f.moderate}/${f.minor}, h1 ${f.h1}`).join('\n'));
	for (const f of found) {
		expect.soft(f.rules, f.path).toEqual([]);
		expect.soft(f.h1, `${f.path}: h1 count`).toBe(1);
	}
	expect(found.filter((f) => f.critical + f.serious > 0 || f.h1 !== 1).map((f) => f.path)).toEqual([]);
});

test('the skip link is the first Tab stop and takes the keyboard to the grid', async ({ page }) => {
	await clearApp(page);
	await page.goto('/targets');
	await waitForRows(page);
	await expect(page.locator('body')).toBeFocused();
	await page.keyboard.press('Tab');
	const skip = page.getByTestId('skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toHaveText('Bỏ qua đến bảng dữ liệu');
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	// The grid's first cell has the focus: arrow keys move in the grid from here.
	const focused = page.locator('.ag-cell:focus');
	await expect(focused).toHaveCount(1);
	await expect(focused).toHaveAttribute('col-id', /.+/);
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('.ag-row[row-index="1"] .ag-cell:focus')).toHaveCount(1);
});
