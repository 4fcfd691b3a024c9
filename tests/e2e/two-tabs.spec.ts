// Issue 12, item 4: the app open in two tabs (two pages of one browser context share IndexedDB).
// A stale edit is refused with the other tab's value and an offer to store mine anyway; each tab's
// Ctrl+Z undoes its own steps, also after a reload; an undo that would overwrite a later change from
// the other tab is refused with a message naming the row.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { openFresh, waitForRows, cell, readRecord, typeInto } from './helpers';

const VIEW = '/targets?year=2024&level=ntm&district=506&action=submit_dossier';
const FIRST = '2024-ntm-20527'; // Đại Lộc / Đại Thạnh
const SECOND = '2024-ntm-20503'; // Đại Lộc / Đại Sơn

async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
	const one = await context.newPage();
	await openFresh(one, VIEW);
	const two = await context.newPage();
	await two.goto(VIEW);
	await waitForRows(two);
	return [one, two];
}

const SHOTS = process.env.CELLS_SHOTS ?? '';

const stored = (page: Page, id: string) => expect.poll(async () => (await readRecord(page, 'targets', id))?.responsible ?? '');

/** Ctrl+Z with the focus on the grid (not in an editor). */
async function undoKey(page: Page, id: string) {
	await cell(page, id, 'communeId').click();
	await page.keyboard.press('Control+z');
}

test('an edit started before another tab saved the same cell is refused, showing their value, and can be applied anyway', async ({ context }) => {
	const [one, two] = await twoTabs(context);
	// Tab 2 opens the editor first...
	await cell(two, FIRST, 'responsible').dblclick();
	const editor = two.locator('.ag-cell-inline-editing input').first();
	await expect(editor).toBeVisible();
	await editor.fill('Giá trị của thẻ 2');
	// ...tab 1 saves the same cell meanwhile...
	await typeInto(one, FIRST, 'responsible', 'Giá trị của thẻ 1');
	await stored(one, FIRST).toBe('Giá trị của thẻ 1');
	// Tab 1 then fills another cell of the row: once tab 2's grid shows it, the live update has
	// refreshed the row under tab 2's open editor, which stays open with what was typed.
	await typeInto(one, FIRST, 'criteriaMet', '15');
	await expect(cell(two, FIRST, 'criteriaMet')).toHaveText('15');
	await expect(editor).toBeVisible();
	await expect(editor).toHaveValue('Giá trị của thẻ 2');
	await editor.press('Enter');
	const message = two.getByTestId('message-error');
	await expect(message).toContainText('vừa được sửa ở thẻ khác thành "Giá trị của thẻ 1"');
	await expect(message).toContainText('Giá trị bạn nhập ("Giá trị của thẻ 2") chưa được lưu');
	await expect(message).toContainText('Đại Thạnh');
	await expect(message).toContainText('"Đơn vị phụ trách"');
	if (SHOTS) await two.screenshot({ path: `${SHOTS}/stale-edit.png` });
	// Nothing was overwritten: both tabs show tab 1's value.
	await stored(two, FIRST).toBe('Giá trị của thẻ 1');
	await expect(cell(two, FIRST, 'responsible')).toHaveText('Giá trị của thẻ 1');
	// "Vẫn lưu giá trị của tôi" stores tab 2's value over it, and tab 1 sees it.
	await message.getByTestId('message-action').click();
	await stored(two, FIRST).toBe('Giá trị của thẻ 2');
	await expect(cell(one, FIRST, 'responsible')).toHaveText('Giá trị của thẻ 2');
	await expect(cell(two, FIRST, 'responsible')).toHaveText('Giá trị của thẻ 2');
});

test("Ctrl+Z in each tab undoes that tab's own steps, also after a reload; an undo over the other tab's later change is refused", async ({ context }) => {
	const [one, two] = await twoTabs(context);
	await typeInto(one, FIRST, 'responsible', 'Thẻ 1 sửa');
	await stored(one, FIRST).toBe('Thẻ 1 sửa');
	await typeInto(two, SECOND, 'responsible', 'Thẻ 2 sửa');
	await stored(two, SECOND).toBe('Thẻ 2 sửa');

	// Tab 1's Ctrl+Z undoes tab 1's edit, though tab 2's is newer.
	await undoKey(one, SECOND);
	await stored(one, FIRST).toBe('');
	await expect(cell(one, FIRST, 'responsible')).toHaveText('');
	expect((await readRecord(one, 'targets', SECOND))?.responsible).toBe('Thẻ 2 sửa');
	await expect(one.getByTestId('undo')).toBeDisabled();

	// Tab 2 edits the row tab 1 then changes again: tab 2's undo would overwrite tab 1's value.
	await typeInto(two, FIRST, 'responsible', 'Thẻ 2 sửa lần hai');
	await stored(two, FIRST).toBe('Thẻ 2 sửa lần hai');
	await typeInto(one, FIRST, 'responsible', 'Thẻ 1 sửa sau');
	await stored(one, FIRST).toBe('Thẻ 1 sửa sau');
	await undoKey(two, SECOND);
	const refusal = two.getByTestId('message-error');
	await expect(refusal).toContainText('Không hoàn tác được');
	await expect(refusal).toContainText('Đại Thạnh');
	await expect(refusal).toContainText('Dữ liệu không bị thay đổi');
	if (SHOTS) await two.screenshot({ path: `${SHOTS}/undo-refused.png` });
	expect((await readRecord(two, 'targets', FIRST))?.responsible).toBe('Thẻ 1 sửa sau');
	expect((await readRecord(two, 'targets', SECOND))?.responsible).toBe('Thẻ 2 sửa');

	// Tab 1 reloads: its Ctrl+Z still undoes its own latest edit.
	await one.reload();
	await waitForRows(one);
	await expect(one.getByTestId('undo')).toBeEnabled();
	await undoKey(one, SECOND);
	await stored(one, FIRST).toBe('Thẻ 2 sửa lần hai');
	// Now tab 2's step is the latest on its row again: its undo goes through.
	await undoKey(two, SECOND);
	await stored(two, FIRST).toBe('');
	await undoKey(two, SECOND);
	await stored(two, SECOND).toBe('');
	await expect(two.getByTestId('undo')).toBeDisabled();
});
