// Shared steps for the end-to-end tests (real Chromium against the built app).
import { expect, type Page } from '@playwright/test';

export const DB_NAME = 'ntm-quang-nam';

/** Go to a page from the header: its link, or the button of the header menu it is in and then the
 * link (one or two clicks; on a wide screen). `id`: the link's test id without "nav-". */
export async function navTo(page: Page, id: string) {
	const link = page.getByTestId(`nav-${id}`);
	if (!(await link.isVisible())) await page.locator(`[data-nav-group]:has([data-testid="nav-${id}"]) > button`).click();
	await link.click();
}

/** Open a page of the app with a fresh database and wait for the grid's rows (or, for a table
 * that starts empty, for its row counter). */
export async function openFresh(page: Page, path = '/targets', empty = false) {
	await clearApp(page);
	await page.goto(path);
	if (empty) await expect(page.getByTestId('row-count')).toHaveText(/^0 \/ 0/);
	else await waitForRows(page);
}

export async function waitForRows(page: Page) {
	await expect(page.locator('[role="row"][row-index="0"]').first()).toBeVisible();
}

export function cell(page: Page, rowId: string, colId: string) {
	return page.locator(`.ag-center-cols-viewport [row-id="${rowId}"] [col-id="${colId}"], [row-id="${rowId}"] [col-id="${colId}"]`).first();
}

/** "12 / 126 dòng" -> [12, 126] */
export async function rowCount(page: Page): Promise<[number, number]> {
	const text = (await page.getByTestId('row-count').textContent()) ?? '';
	const m = /([\d.]+)\s*\/\s*([\d.]+)/.exec(text);
	if (!m) throw new Error(`no row count in "${text}"`);
	return [Number(m[1].replace(/\./g, '')), Number(m[2].replace(/\./g, ''))];
}

export async function expectCount(page: Page, shown: number, total?: number) {
	await expect
		.poll(async () => {
			const [s, t] = await rowCount(page);
			return total === undefined ? s : `${s}/${t}`;
		})
		.toBe(total === undefined ? shown : `${shown}/${total}`);
}

/** Type a value into a text-edited cell and press Enter. */
export async function typeInto(page: Page, rowId: string, colId: string, text: string) {
	await cell(page, rowId, colId).dblclick();
	const input = page.locator('.ag-cell-inline-editing input, .ag-popup-editor textarea').first();
	await expect(input).toBeVisible();
	await input.fill(text);
	await input.press('Enter');
}

/** Pick a value in a list-edited cell (AG Grid's select editor). */
export async function pickIn(page: Page, rowId: string, colId: string, label: string) {
	await cell(page, rowId, colId).dblclick();
	await page.locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
	const item = page.locator('.ag-select-list .ag-list-item').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
	await item.first().click();
}

/**
 * Every stored row of a table, read straight from IndexedDB (native API): from database version 4
 * on, the rows are in pages of the `pages` store (src/lib/db/pages.ts: key [table, page], value
 * [row, …]); a table's own store is then empty.
 */
export async function storedRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		({ name, table }) =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const paged = db.objectStoreNames.contains('pages');
					const tx = db.transaction(paged ? [table, 'pages'] : [table]);
					const out: Record<string, unknown>[] = [];
					const own = tx.objectStore(table).getAll();
					own.onsuccess = () => out.push(...own.result);
					if (paged) {
						const pages = tx.objectStore('pages').getAll(IDBKeyRange.bound([table, 0], [table, Number.MAX_SAFE_INTEGER]));
						pages.onsuccess = () => {
							for (const p of pages.result as Record<string, unknown>[][]) out.push(...p);
						};
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ name: DB_NAME, table }
	);
}

/** Read one record straight from IndexedDB (null when absent). */
export async function readRecord(page: Page, table: string, id: string): Promise<Record<string, unknown> | null> {
	return (await storedRows(page, table)).find((r) => r.id === id) ?? null;
}

/** Paste text into the focused element as the browser does for Ctrl+V (a ClipboardEvent). */
export async function paste(page: Page, text: string) {
	await page.evaluate((t) => {
		const dt = new DataTransfer();
		dt.setData('text/plain', t);
		document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
	}, text);
}

/** Copy from the focused element as Ctrl+C does, returning the text put on the clipboard. */
export async function copy(page: Page): Promise<string> {
	return page.evaluate(() => {
		const dt = new DataTransfer();
		document.activeElement!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
		return dt.getData('text/plain');
	});
}

/** Clear the database and the browser's storage of the app, without opening a page of it yet. */
export async function clearApp(page: Page) {
	await page.goto('/');
	await page.evaluate(
		(name) =>
			new Promise<void>((resolve) => {
				localStorage.clear();
				const r = indexedDB.deleteDatabase(name);
				// The page's app may still write its dataset marker while the deletion waits for its
				// connection to close: clear again once the database is gone.
				r.onsuccess = r.onerror = r.onblocked = () => {
					localStorage.clear();
					indexedDB.deleteDatabase(name + '-snapshots');
					resolve();
				};
			}),
		DB_NAME
	);
}

/** Answer the dialog a target set to "Đã công nhận" opens: the decision goes into the register of recognitions. */
export async function answerRecognition(page: Page, decision: { no?: string; date?: string } = {}) {
	const dialog = page.getByTestId('recognise-dialog');
	await expect(dialog).toBeVisible();
	if (decision.no) await dialog.getByTestId('recognise-no').fill(decision.no);
	else await expect(dialog.getByTestId('recognise-blank')).toBeVisible();
	if (decision.date) await dialog.getByTestId('recognise-date').fill(decision.date);
	await dialog.getByTestId('recognise-save').click();
	await expect(dialog).toBeHidden();
}
