// The first hour with the app: the first-visit hint, the help page, the skip link, and a header
// that fits a phone (a menu) and a laptop (nothing wraps word by word).
import { test, expect, type Page } from '@playwright/test';
import { openFresh, waitForRows } from './helpers';

/** Header buttons and links whose text runs over more than one line (none should). */
async function wrappedInHeader(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const wrapped: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('header.top button, header.top nav a')) {
			if (!el.getBoundingClientRect().width) continue; // hidden (e.g. the menu button on a wide screen)
			const range = document.createRange();
			range.selectNodeContents(el);
			const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			const style = getComputedStyle(el);
			const content = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
			const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
			if (lines.size > 1 || content > line * 1.5) wrapped.push(el.textContent?.trim() ?? '');
		}
		return wrapped;
	});
}

test('the first-visit hint shows on a fresh visit and stays away after "Đã hiểu"', async ({ page }) => {
	await openFresh(page);
	const hint = page.getByTestId('first-visit-hint');
	await expect(hint).toBeVisible();
	await expect(hint).toContainText('nhấp đúp');
	await expect(hint).toContainText('Ctrl+Z');
	await expect(hint).toContainText('Nhập tệp Excel…');
	await expect(hint).toContainText('Xuất toàn bộ (.xlsx)');
	// In the page flow, above the grid: it covers none of the grid's rows.
	const hintBox = (await hint.boundingBox())!;
	const gridBox = (await page.getByTestId('grid-targets').boundingBox())!;
	expect(hintBox.y + hintBox.height).toBeLessThanOrEqual(gridBox.y);
	await page.getByTestId('hint-dismiss').click();
	await expect(hint).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.getItem('ntm.hint.dismissed'))).toBeTruthy();
	// Not back after visiting the help page (no hint there) and returning, nor after a reload.
	await page.getByTestId('nav-help').click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByTestId('nav-targets').click();
	await waitForRows(page);
	await expect(page.getByTestId('first-visit-hint')).toHaveCount(0);
	await page.reload();
	await waitForRows(page);
	await expect(page.getByTestId('first-visit-hint')).toHaveCount(0);
});

test('the help page opens from the header and walks through the workflows in Vietnamese', async ({ page }) => {
	await openFresh(page);
	await page.getByTestId('nav-help').click();
	await expect(page).toHaveURL(/\/help$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn sử dụng' })).toBeVisible();
	for (const name of ['Mở ứng dụng lần đầu', 'Tìm và lọc', 'Sửa trong bảng', 'Thêm và xóa dòng', 'Sao chép và dán với Excel', 'Dữ liệu nằm ở đâu', 'Mở ứng dụng ở hai thẻ']) {
		await expect(page.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeVisible();
	}
	await expect(page.getByTestId('nav-help')).toHaveAttribute('aria-current', 'page');
	// The pictures are there, with their alt texts, and load.
	const pictures = page.locator('[data-testid="help-page"] img');
	expect(await pictures.count()).toBeGreaterThanOrEqual(5);
	for (const img of await pictures.all()) {
		await img.scrollIntoViewIfNeeded();
		await expect(img).toHaveAttribute('alt', /\S{3,}/);
		await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
	}
	// The hint's link leads here too.
	await page.goto('/targets');
	await page.getByTestId('hint-help').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn sử dụng' })).toBeVisible();
	// And in English.
	await page.getByTestId('lang-switch').click();
	await expect(page.getByRole('heading', { level: 1, name: 'How to use the app' })).toBeVisible();
});

test('the skip link is the first Tab stop and moves focus into the grid', async ({ page }) => {
	await openFresh(page);
	await page.keyboard.press('Tab');
	const skip = page.getByTestId('skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toHaveText('Bỏ qua đến bảng dữ liệu');
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	const inMain = () => page.evaluate(() => !!document.activeElement?.closest('main#main'));
	await expect.poll(inMain).toBe(true);
	expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="grid-targets"]'))).toBe(true);
	// The grid has the focus: the arrow keys move in it.
	await page.keyboard.press('ArrowDown');
	expect(await page.evaluate(() => document.activeElement?.closest('[row-index]')?.getAttribute('row-index'))).toBe('1');

	// A page without a grid: to the main content.
	await page.goto('/help');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await expect(skip).toHaveText('Bỏ qua đến nội dung chính');
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
});

test.describe('on a phone (390×844)', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the header fits, the language switch and the menu stay in reach, the menu navigates', async ({ page }) => {
		await openFresh(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		// The hint fits too, above the grid, and goes away.
		const hint = (await page.getByTestId('first-visit-hint').boundingBox())!;
		expect(hint.x + hint.width).toBeLessThanOrEqual(390);
		expect(hint.y + hint.height).toBeLessThanOrEqual((await page.getByTestId('grid-targets').boundingBox())!.y);
		await page.getByTestId('hint-dismiss').click();
		await expect(page.getByTestId('lang-switch')).toBeVisible();
		await expect(page.getByTestId('lang-switch')).toBeInViewport();
		const menu = page.getByTestId('menu-button');
		await expect(menu).toBeVisible();
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByTestId('nav-communes')).toBeHidden();
		expect(await wrappedInHeader(page)).toEqual([]);

		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		for (const id of ['nav-targets', 'nav-communes', 'nav-help', 'export-all', 'import-open', 'undo', 'redo', 'reset']) {
			await expect(page.getByTestId(id)).toBeInViewport();
		}
		// Escape closes it.
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('nav-communes')).toBeHidden();
		await expect(menu).toBeFocused();

		await menu.click();
		await page.getByTestId('nav-communes').click();
		await expect(page).toHaveURL(/\/communes/);
		await waitForRows(page);
		await expect(page.getByTestId('nav-communes')).toBeHidden(); // the menu closed on the way
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

		// The grid gets the room: pinned district and commune, the rest scrolls sideways inside the grid.
		const grid = (await page.getByTestId('grid-communes').boundingBox())!;
		expect(grid.width).toBeGreaterThanOrEqual(360);
		expect(grid.height).toBeGreaterThanOrEqual(560);
		expect(grid.y + grid.height).toBeLessThanOrEqual(844);
		const name = page.locator('[row-index="0"] [col-id="name"]').first();
		await expect(name).toBeInViewport();
		const x = (await name.boundingBox())!.x;
		const code = page.locator('[row-index="0"] [col-id="id"]').first(); // the first column that scrolls
		await expect(code).toBeInViewport();
		await code.hover();
		await page.mouse.wheel(400, 0);
		await expect(code).not.toBeInViewport();
		expect((await name.boundingBox())!.x).toBe(x);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

		// The language switch works from the compact bar.
		await page.getByTestId('lang-switch').click();
		await expect(page.getByTestId('menu-button')).toHaveText(/Menu/);
		await page.getByTestId('menu-button').click();
		await expect(page.getByTestId('nav-targets')).toHaveText('Commune targets');
	});
});

test.describe('on a laptop (1366×768)', () => {
	test.use({ viewport: { width: 1366, height: 768 } });

	test('every header button and link sits on one line, all of them visible', async ({ page }) => {
		for (const lang of ['vi', 'en']) {
			await openFresh(page);
			if (lang === 'en') {
				await page.getByTestId('lang-switch').click();
				await expect(page.getByTestId('nav-targets')).toHaveText('Commune targets');
			}
			for (const id of ['nav-targets', 'nav-communes', 'nav-group-plan', 'nav-dashboard', 'nav-group-association', 'nav-group-data', 'nav-help', 'export-all', 'import-open', 'undo', 'redo', 'reset', 'lang-switch']) {
				await expect(page.getByTestId(id)).toBeVisible();
			}
			await expect(page.getByTestId('menu-button')).toBeHidden();
			expect(await wrappedInHeader(page), lang).toEqual([]);
			// The pages on one line (the actions may take the next one).
			const tops = await page.locator('header.top nav > a, header.top nav > .group > button').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
			expect(new Set(tops).size, lang).toBe(1);
			// The slot before the language switch holds the map/phase badge, on the actions' line.
			await expect(page.getByTestId('header-extra').getByTestId('map-badge')).toBeVisible();
			const badge = (await page.getByTestId('map-badge').boundingBox())!;
			expect(badge.x).toBeLessThan((await page.getByTestId('lang-switch').boundingBox())!.x);
			// Every other page is in one of the three menus, two clicks away; a menu's links fit too.
			const menus = { plan: ['nav-plan', 'nav-recognitions', 'nav-criteria', 'nav-phases'], association: ['nav-association', 'nav-reports', 'nav-collect'], data: ['nav-tables', 'nav-data'] };
			for (const [group, links] of Object.entries(menus)) {
				const button = page.getByTestId(`nav-group-${group}`);
				await expect(button).toHaveAttribute('aria-expanded', 'false');
				await expect(page.getByTestId(links[0])).toBeHidden();
				await button.click();
				await expect(button).toHaveAttribute('aria-expanded', 'true');
				for (const id of links) await expect(page.getByTestId(id)).toBeInViewport();
				expect(await wrappedInHeader(page), `${lang} ${group}`).toEqual([]);
				await page.keyboard.press('Escape');
				await expect(page.getByTestId(links[0])).toBeHidden();
				await expect(button).toBeFocused();
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
			// The grid fills the window under the header and the hint, without pushing the page into scrolling.
			const grid = (await page.getByTestId('grid-targets').boundingBox())!;
			expect(grid.y + grid.height).toBeLessThanOrEqual(768);
			expect(grid.height).toBeGreaterThanOrEqual(400);
		}
	});
});

test.describe('the header menus (1366×768)', () => {
	test.use({ viewport: { width: 1366, height: 768 } });

	test('reports and the collection board are two clicks away; the menus work from the keyboard', async ({ page }) => {
		await openFresh(page);
		const group = page.getByTestId('nav-group-association');
		await group.click();
		await page.getByTestId('nav-reports').click();
		await expect(page).toHaveURL(/\/reports$/);
		await expect(page.getByTestId('nav-reports')).toBeHidden(); // the menu closed on the way
		await expect(group).toHaveClass(/active/);
		await group.click();
		await expect(page.getByTestId('nav-reports')).toHaveAttribute('aria-current', 'page');
		await page.getByTestId('nav-collect').click();
		await expect(page).toHaveURL(/\/collect$/);

		// Keyboard: Enter opens a menu, Tab walks its links, Tab past the last one closes it.
		await page.getByTestId('nav-group-plan').focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('nav-group-plan')).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Tab');
		await expect(page.getByTestId('nav-plan')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByTestId('nav-phases')).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByTestId('nav-criteria')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByTestId('nav-group-plan')).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByTestId('nav-dashboard')).toBeFocused();
		// A click elsewhere closes an open menu.
		await page.getByTestId('nav-group-data').click();
		await expect(page.getByTestId('nav-data')).toBeVisible();
		await page.locator('main').click({ position: { x: 5, y: 5 } });
		await expect(page.getByTestId('nav-data')).toBeHidden();
		await page.getByTestId('nav-group-data').click();
		await page.getByTestId('nav-data').click();
		await expect(page).toHaveURL(/\/data$/);
	});
});
