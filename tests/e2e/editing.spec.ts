// Editing as in a spreadsheet: a refused value keeps its editor open on its cell, one message area,
// headers that can be read whole, the check boxes and the year columns where a planner looks.
import { test, expect, type Page } from '@playwright/test';
import { openFresh, cell, expectCount, readRecord } from './helpers';

const DUY_THU = '2025-nang_cao-20602'; // Duy Xuyên (508), NTM nâng cao 2025
const DUY_TRUNG = '2025-nang_cao-20623';
const editor = (page: Page) => page.locator('.ag-cell-inline-editing input[type="text"]');

/** The messages' texts as the planner sees them, top to bottom. */
async function shown(page: Page) {
	const boxes = await page.locator('[data-testid="message-error"], [data-testid="message-info"]').evaluateAll((els) => els.map((e) => ({ y: e.getBoundingClientRect().y, text: e.textContent ?? '' })));
	return boxes.sort((a, b) => a.y - b.y).map((b) => b.text);
}

/** The row of the open editor. */
async function editingRow(page: Page) {
	return page.locator('.ag-cell-inline-editing').evaluate((e) => e.closest('[row-id]')?.getAttribute('row-id'));
}

test('a refused value keeps the editor open on its cell until corrected or cancelled', async ({ page }) => {
	await openFresh(page, '/targets?district=508&level=nang_cao&year=2025');
	// Duy Trung is the row under Duy Thu: the corrected value must not land there.
	await expect(cell(page, DUY_THU, 'communeId')).toHaveText('Duy Thu');
	const below = await page.evaluate(
		({ id }) => {
			const i = Number(document.querySelector(`[row-id="${id}"]`)?.getAttribute('row-index'));
			return document.querySelector(`.ag-center-cols-viewport [row-index="${i + 1}"], [row-index="${i + 1}"]`)?.getAttribute('row-id');
		},
		{ id: DUY_THU }
	);
	expect(below).toBeTruthy();

	await cell(page, DUY_THU, 'criteriaMet').dblclick();
	await editor(page).fill('25');
	await editor(page).press('Enter');
	const note = page.getByTestId('cell-error');
	await expect(note).toBeVisible();
	await expect(note).toContainText('Duy Thu');
	await expect(note).toContainText('"Số tiêu chí đạt"');
	await expect(note).toContainText('25 nằm ngoài khoảng cho phép');
	await expect(note).toContainText('từ 0 đến 19');
	await expect(editor(page)).toBeVisible();
	await expect(editor(page)).toBeFocused();
	expect(await editingRow(page)).toBe(DUY_THU);
	await expect(page.getByTestId('message-error')).toHaveCount(0); // beside the cell, not in the message area
	// Tab does not leave either.
	await editor(page).press('Tab');
	expect(await editingRow(page)).toBe(DUY_THU);
	await expect(page.locator('.ag-cell-inline-editing')).toHaveAttribute('col-id', 'criteriaMet');
	// Nor does a click on another cell: the focus comes back to the editor.
	await cell(page, DUY_TRUNG, 'responsible').click();
	await expect(editor(page)).toBeFocused();
	expect(await editingRow(page)).toBe(DUY_THU);
	await expect(note).toBeVisible();
	let stored = await readRecord(page, 'targets', DUY_THU);
	expect(stored?.criteriaMet).toBeNull();
	expect(stored?.version).toBe(1);

	// The note follows the value as it is corrected; Enter stores it on this row, not the next.
	await editor(page).fill('19');
	await expect(note).toHaveCount(0);
	await editor(page).press('Enter');
	await expect(editor(page)).toHaveCount(0);
	await expect(cell(page, DUY_THU, 'criteriaMet')).toHaveText('19');
	await expect.poll(async () => (await readRecord(page, 'targets', DUY_THU))?.criteriaMet).toBe(19);
	expect((await readRecord(page, 'targets', below!))?.criteriaMet).toBeNull();
	expect((await readRecord(page, 'targets', DUY_TRUNG))?.criteriaMet ?? null).toBeNull();

	// Escape cancels an edit, refused or not: the stored value stays.
	await cell(page, DUY_THU, 'criteriaMet').dblclick();
	await editor(page).fill('abc');
	await editor(page).press('Enter');
	await expect(note).toContainText('"abc" không phải là số nguyên');
	await editor(page).press('Escape');
	await expect(editor(page)).toHaveCount(0);
	await expect(note).toHaveCount(0);
	await expect(cell(page, DUY_THU, 'criteriaMet')).toHaveText('19');
	stored = await readRecord(page, 'targets', DUY_THU);
	expect(stored?.criteriaMet).toBe(19);
	expect(stored?.version).toBe(2);
});

test('a refused date and a refused commune name keep their editors open too', async ({ page }) => {
	await openFresh(page, '/targets?district=508&level=nang_cao&year=2025');
	await cell(page, DUY_THU, 'decisionDate').dblclick();
	await editor(page).fill('31/02/2025');
	await editor(page).press('Enter');
	await expect(page.getByTestId('cell-error')).toContainText('không phải ngày hợp lệ');
	expect(await editingRow(page)).toBe(DUY_THU);
	await editor(page).fill('28/02/2025');
	await editor(page).press('Enter');
	await expect(cell(page, DUY_THU, 'decisionDate')).toHaveText('28/02/2025');

	await cell(page, DUY_THU, 'communeId').dblclick();
	const name = page.locator('.ag-popup-editor .ref-editor input');
	await name.fill('xyz khong co');
	await name.press('Enter');
	await expect(page.getByTestId('cell-error')).toContainText('Không tìm thấy xã "xyz khong co"');
	await expect(name).toBeVisible();
	await name.press('Escape');
	await expect(name).toHaveCount(0);
	await expect(cell(page, DUY_THU, 'communeId')).toHaveText('Duy Thu');
});

test('one message area: at most three, newest first; information fades, errors stay until closed', async ({ page }) => {
	await openFresh(page, '/targets?district=508');
	// Five refused pastes in a row, each naming its value.
	await cell(page, DUY_THU, 'criteriaMet').click();
	for (const v of [31, 32, 33, 34, 35]) {
		await page.evaluate((t) => {
			const dt = new DataTransfer();
			dt.setData('text/plain', t);
			document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
		}, String(v));
	}
	const errors = page.getByTestId('message-error');
	await expect(errors).toHaveCount(3);
	expect(await shown(page)).toEqual([expect.stringContaining('35 nằm ngoài'), expect.stringContaining('34 nằm ngoài'), expect.stringContaining('33 nằm ngoài')]);
	// An information message comes on top and fades; the errors stay.
	await page.evaluate(() => {
		const dt = new DataTransfer();
		document.activeElement!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
	});
	const info = page.getByTestId('message-info');
	await expect(info).toHaveCount(1);
	expect((await shown(page))[0]).toContain('Đã sao chép');
	await expect(errors).toHaveCount(2);
	await expect(info).toHaveCount(0, { timeout: 8000 });
	await page.waitForTimeout(500);
	await expect(errors).toHaveCount(2);
	// The top one is closed with its ×; the other stays.
	await errors.last().getByRole('button', { name: 'Đóng' }).click();
	await expect(errors).toHaveCount(1);
	await expect(errors).toContainText('34 nằm ngoài');
	await errors.getByRole('button', { name: 'Đóng' }).click();
	await expect(errors).toHaveCount(0);
});

test('the selection column stays in view when the grid scrolls right, and long headers are read whole', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openFresh(page, '/targets');
	const box = page.locator('.ag-header-select-all');
	await expect(box).toBeVisible();
	const before = (await box.boundingBox())!;
	const header = (id: string) => page.locator(`.ag-header-cell[col-id="${id}"]`);
	// Scroll right (again while the grid may still be laying out its columns) until it has moved.
	await expect
		.poll(async () => {
			await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((e) => (e.scrollLeft = e.scrollWidth));
			return page.locator('.ag-grid-viewport').first().evaluate((e) => e.scrollLeft);
		})
		.toBeGreaterThan(200);
	// Scrolled right: the last column is in view, the first scrolling ones are gone under the pinned ones...
	const grid = (await page.getByTestId('grid-targets').boundingBox())!;
	const last = (await header('updatedAt').boundingBox())!;
	expect(last.x + last.width).toBeLessThanOrEqual(grid.x + grid.width + 1);
	const commune = (await header('communeId').boundingBox())!;
	expect((await header('level').boundingBox())!.x).toBeLessThan(commune.x);
	// ... and the check boxes have not moved, left of the pinned district and commune.
	await expect(box).toBeVisible();
	expect((await box.boundingBox())!.x).toBe(before.x);
	expect(before.x).toBeLessThan((await header('districtId').boundingBox())!.x);
	const firstRow = page.locator('[row-index="0"] [col-id="ag-Grid-SelectionColumn"]').first();
	await expect(firstRow).toBeVisible();
	expect(Math.abs((await firstRow.boundingBox())!.x - before.x)).toBeLessThan(30);

	// Every header shows its whole name (wrapped), with the full name on hover.
	const headers = await page.locator('.ag-header-cell[col-id]').evaluateAll((cells) =>
		cells
			.map((c) => ({ id: c.getAttribute('col-id'), text: c.querySelector('.ag-header-cell-text') as HTMLElement | null, h: (c as HTMLElement).offsetHeight }))
			.filter((c) => c.text && c.text.textContent)
			.map((c) => ({ id: c.id, cut: c.text!.scrollWidth > c.text!.clientWidth || c.text!.scrollHeight > c.text!.clientHeight, title: c.text!.querySelector('[title]')?.getAttribute('title'), name: c.text!.textContent, h: c.h }))
	);
	expect(headers.length).toBeGreaterThan(8);
	expect(headers.filter((h) => h.cut)).toEqual([]);
	for (const h of headers) expect(h.title).toBe(h.name);
	const criteria = headers.find((h) => h.id === 'criteriaMet')!;
	expect(criteria.name).toBe('Số tiêu chí đạt');
	expect(criteria.h).toBeGreaterThan(36); // two lines: the header row grew
});

test('the communes grid lists the per-year target columns before "Sửa lần cuối"', async ({ page }) => {
	await openFresh(page, '/communes');
	// Columns in the grid's order (aria-colindex), whatever part of the grid they sit in.
	const cols = await page.locator('.ag-header-cell[col-id]').evaluateAll((cells) =>
		cells
			.map((c) => ({ id: c.getAttribute('col-id')!, i: Number(c.getAttribute('aria-colindex')), text: c.textContent?.trim() ?? '' }))
			.sort((a, b) => a.i - b.i)
	);
	const order = cols.map((c) => c.text);
	const last = order.indexOf('Sửa lần cuối');
	const years = cols.map((c, i) => [c.id, i] as const).filter(([id]) => id.startsWith('year_'));
	expect(last).toBeGreaterThan(0);
	expect(years.length).toBeGreaterThan(1);
	for (const [, i] of years) expect(i).toBeLessThan(last);
	expect(years[years.length - 1][1]).toBeLessThan(cols.findIndex((c) => c.id === 'note2025'));
	// ... and after the planning columns a planner fills in.
	expect(years[0][1]).toBeGreaterThan(order.indexOf('Số tiêu chí đạt'));
	await expectCount(page, 241, 241);
});
