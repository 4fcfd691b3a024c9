// The association's results entry (/association/results): a grid of district-level units by
// measures for one reporting period, the province total under it, typing, pasting, undo, clearing
// and refusing, each checked in IndexedDB. Runs on the seeded periods and measures.
import { test, expect, type Page } from '@playwright/test';
import { openFresh, cell, typeInto, paste, copy, storedRows } from './helpers';

const DAI_LOC = '506';
const PATH = '/association/results?period=2025-h1';


/** Every stored figure, read straight from IndexedDB. */
function figures(page: Page): Promise<Record<string, unknown>[]> {
	return storedRows(page, 'results');
}

/** The measure columns in the order shown (the seeded measures, by their `order`). */
async function measureColumns(page: Page): Promise<string[]> {
	await expect(page.locator('.ag-header-cell[col-id^="kq-"]').first()).toBeVisible();
	return page.evaluate(() =>
		[...document.querySelectorAll('.ag-header-cell[col-id][aria-colindex]')]
			.map((h) => ({ id: h.getAttribute('col-id')!, at: Number(h.getAttribute('aria-colindex')) }))
			.filter((c) => c.id !== 'unit')
			.sort((a, b) => a.at - b.at)
			.map((c) => c.id)
	);
}

/** The district shown on a row (by position). */
async function rowIdAt(page: Page, index: number): Promise<string> {
	return (await page.locator(`[row-index="${index}"][row-id]`).first().getAttribute('row-id'))!;
}

const total = (page: Page, col: string) => cell(page, '__total', col);
const reported = (page: Page, col: string) => cell(page, '__reported', col);

test('a figure typed for one district shows in the province total with 1/18; the period is in the URL', async ({ page }) => {
	await openFresh(page, PATH);
	await expect(page.getByTestId('results-period')).toHaveValue('2025-h1');
	const [m1] = await measureColumns(page);
	await expect(cell(page, DAI_LOC, 'unit')).toHaveText('Đại Lộc');
	await expect(total(page, 'unit')).toHaveText('Toàn tỉnh');
	await expect(total(page, m1)).toHaveText('');
	await expect(reported(page, m1)).toHaveText('0/18');

	await typeInto(page, DAI_LOC, m1, '1.234,5');
	await expect(cell(page, DAI_LOC, m1)).toHaveText('1.234,5');
	await expect(total(page, m1)).toHaveText('1.234,5');
	await expect(reported(page, m1)).toHaveText('1/18');
	await expect.poll(async () => (await figures(page)).map((f) => [f.districtId, f.periodId, f.measureId, f.value])).toEqual([[DAI_LOC, '2025-h1', m1, 1234.5]]);
	const [stored] = await figures(page);
	expect(String(stored.id)).toMatch(/^r-/);

	// The other convention reads too; the total adds what was entered.
	const other = await rowIdAt(page, 0);
	await typeInto(page, other, m1, '1234.5');
	await expect(total(page, m1)).toHaveText('2.469');
	await expect(reported(page, m1)).toHaveText('2/18');

	// A changed figure is the same row, patched.
	await typeInto(page, DAI_LOC, m1, '100');
	await expect(total(page, m1)).toHaveText('1.334,5');
	await expect.poll(async () => (await figures(page)).find((f) => f.id === stored.id)?.value).toBe(100);

	// Ctrl+C copies the focused cell as shown.
	await cell(page, DAI_LOC, m1).click();
	expect(await copy(page)).toBe('100');

	// Another period: its own (empty) figures, and the choice is kept in the URL.
	await page.getByTestId('results-period').selectOption('2024');
	await expect(page).toHaveURL(/[?&]period=2024(&|$)/);
	await expect(cell(page, DAI_LOC, m1)).toHaveText('');
	await expect(reported(page, m1)).toHaveText('0/18');
	await page.reload();
	await expect(page.getByTestId('results-period')).toHaveValue('2024');
	await page.getByTestId('results-period').selectOption('2025-h1');
	await expect(cell(page, DAI_LOC, m1)).toHaveText('100');
});

test('a 2×2 block pasted from Excel lands whole and undoes in one step', async ({ page }) => {
	await openFresh(page, PATH);
	const [m1, m2] = await measureColumns(page);
	const r0 = await rowIdAt(page, 2);
	const r1 = await rowIdAt(page, 3);
	await cell(page, r0, m1).click();
	await paste(page, '10\t20\r\n30,5\t1.000\r\n');
	await expect(cell(page, r0, m1)).toHaveText('10');
	await expect(cell(page, r0, m2)).toHaveText('20');
	await expect(cell(page, r1, m1)).toHaveText('30,5');
	await expect(cell(page, r1, m2)).toHaveText('1.000');
	await expect(total(page, m1)).toHaveText('40,5');
	await expect(total(page, m2)).toHaveText('1.020');
	await expect(reported(page, m2)).toHaveText('2/18');
	await expect.poll(async () => (await figures(page)).length).toBe(4);

	// One undo step takes the whole paste back: the figures are gone, not 0.
	await page.keyboard.press('Control+z');
	await expect(cell(page, r0, m1)).toHaveText('');
	await expect(cell(page, r1, m2)).toHaveText('');
	await expect(total(page, m1)).toHaveText('');
	await expect(reported(page, m1)).toHaveText('0/18');
	await expect.poll(async () => (await figures(page)).length).toBe(0);
	await expect(page.getByTestId('undo')).toBeDisabled();
	await page.getByTestId('redo').click();
	await expect(total(page, m2)).toHaveText('1.020');

	// A block with one bad value changes nothing and says which cell.
	await cell(page, r0, m1).click();
	await paste(page, '1\t2\n3\tabc');
	await expect(page.getByRole('alert').last()).toContainText('Không dán được');
	await expect(page.getByRole('alert').last()).toContainText('không phải là số');
	await expect(cell(page, r0, m1)).toHaveText('10');
	// Over the total row: outside the grid.
	await cell(page, '__total', m1).click();
	await paste(page, '5');
	await expect(page.getByRole('alert').last()).toContainText('vượt ra ngoài bảng');
	expect((await figures(page)).map((f) => f.value).sort()).toEqual([10, 1000, 20, 30.5].sort());
});

test('clearing a cell deletes the figure; "abc" is refused with a message and nothing changes', async ({ page }) => {
	await openFresh(page, PATH);
	const [, m2] = await measureColumns(page);
	await typeInto(page, DAI_LOC, m2, '5');
	await expect(reported(page, m2)).toHaveText('1/18');
	await expect.poll(async () => (await figures(page)).length).toBe(1);

	await typeInto(page, DAI_LOC, m2, 'abc');
	await expect(page.getByRole('alert').last()).toContainText('"abc" không phải là số');
	await expect(cell(page, DAI_LOC, m2)).toHaveText('5');
	expect((await figures(page))[0]).toMatchObject({ value: 5, version: 1 });

	await typeInto(page, DAI_LOC, m2, '');
	await expect(cell(page, DAI_LOC, m2)).toHaveText('');
	await expect(total(page, m2)).toHaveText('');
	await expect(reported(page, m2)).toHaveText('0/18');
	await expect.poll(async () => (await figures(page)).length).toBe(0);

	// The note under the grid points at the editable lists.
	await expect(page.getByTestId('results-measures-link')).toHaveAttribute('href', /\/tables\/resultMeasures$/);
	await expect(page.getByTestId('results-periods-link')).toHaveAttribute('href', /\/tables\/periods$/);
});

test('a figure typed in one tab shows in another at once, total included', async ({ page, context }) => {
	await openFresh(page, PATH);
	const [m1] = await measureColumns(page);
	const other = await context.newPage();
	await other.goto(PATH);
	await expect(cell(other, DAI_LOC, 'unit')).toHaveText('Đại Lộc');
	await typeInto(page, DAI_LOC, m1, '7,25');
	await expect(cell(other, DAI_LOC, m1)).toHaveText('7,25');
	await expect(reported(other, m1)).toHaveText('1/18');
	await page.keyboard.press('Control+z');
	await expect(cell(other, DAI_LOC, m1)).toHaveText('');
	await expect(total(other, m1)).toHaveText('');
});
