// Storage, backups and the never-reseed rule in real Chromium (issue 12, items 1-3):
// (a) a backup file round trip: download, change, restore with a preview, the data is back;
// (b) the database deleted under the app: after a reload it says the data is gone and offers a
//     restore (here: the automatic daily snapshot), it does not quietly load the plan;
// (c) a full disk (the site's quota lowered with CDP): the write is refused with a Vietnamese
//     message, nothing is lost, earlier edits are still there after a reload;
// (d) an import that will not fit in the space left is refused before it starts.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { openFresh, typeInto, readRecord, cell, waitForRows, paste, DB_NAME, storedRows, navTo } from './helpers';

const T1 = '2024-ntm-20527'; // Đại Thạnh, NTM 2024

async function storedNotes(page: Page, id = T1) {
	return ((await readRecord(page, 'targets', id)) as { notes?: string } | null)?.notes;
}

async function editNotes(page: Page, text: string, id = T1) {
	await typeInto(page, id, 'notes', text);
	await expect.poll(() => storedNotes(page, id)).toBe(text);
}

const marker = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('ntm.dataset') ?? 'null') as { rows: number; changes: number } | null);

test('(a) backup file round trip: download, change, restore with a preview, data back', async ({ page }) => {
	await openFresh(page);
	await editNotes(page, 'trước khi sao lưu');
	await navTo(page, 'data');
	await expect(page.getByTestId('storage-status')).toContainText('MB');
	await expect(page.getByTestId('last-backup')).toContainText('Chưa tạo bản sao lưu nào');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()]);
	expect(download.suggestedFilename()).toMatch(/^ntm-sao-luu-\d{8}-\d{4}\.json\.gz$/);
	const bytes = await readFile((await download.path())!);
	expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
	await expect(page.getByTestId('message-info').last()).toContainText('Đã lưu tệp sao lưu');
	await expect(page.getByTestId('last-backup')).toContainText('Sao lưu gần nhất');

	// A change after the backup, then the restore.
	await page.getByTestId('nav-targets').click();
	await waitForRows(page);
	await editNotes(page, 'sửa sau khi sao lưu');
	await navTo(page, 'data');
	await page.getByTestId('restore-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/gzip', buffer: bytes });
	const preview = page.getByTestId('restore-preview');
	await expect(preview).toContainText('Bản sao lưu ngày');
	await expect(preview.getByTestId('restore-row-targets')).toContainText('126');
	await expect(preview).toContainText('Lịch sử hoàn tác: 2 bước hiện có sẽ bị xóa');
	// Nothing is replaced before the planner confirms.
	expect(await storedNotes(page)).toBe('sửa sau khi sao lưu');
	await page.getByTestId('restore-apply').click();
	await expect(page.getByTestId('message-info').last()).toContainText('Đã khôi phục');
	await expect(preview).toHaveCount(0);
	expect(await storedNotes(page)).toBe('trước khi sao lưu');
	await page.reload();
	await page.getByTestId('nav-targets').click();
	await expect(cell(page, T1, 'notes')).toHaveText('trước khi sao lưu');

	// A file that is not a backup is refused with a message, nothing changed.
	await navTo(page, 'data');
	await page.getByTestId('restore-file').setInputFiles({ name: 'bao-cao.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
	await expect(page.getByTestId('restore-read-error')).toContainText('"bao-cao.json"');
	await expect(page.getByTestId('restore-read-error')).toContainText('không phải tệp sao lưu');
	expect(await storedNotes(page)).toBe('trước khi sao lưu');
});

test('(b) the database deleted: the app says the data is gone and offers a restore, it does not reseed', async ({ page }) => {
	await openFresh(page);
	await editNotes(page, 'công việc của cán bộ');
	// The marker follows the change; the daily snapshot is taken once the page is idle.
	await expect.poll(async () => (await marker(page))?.changes).toBe(1);
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const open = indexedDB.open('ntm-quang-nam-snapshots');
						open.onsuccess = () => {
							const db = open.result;
							if (!db.objectStoreNames.contains('snapshots')) return resolve(0), db.close();
							const req = db.transaction('snapshots').objectStore('snapshots').count();
							req.onsuccess = () => (resolve(req.result), db.close());
						};
						open.onerror = () => resolve(0);
					})
			),
			{ timeout: 20_000 }
		)
		.toBe(1);

	// The browser deletes the database (as it did on a full disk), then the planner reloads.
	await page.evaluate(
		(name) =>
			new Promise<void>((resolve, reject) => {
				const r = indexedDB.deleteDatabase(name);
				r.onsuccess = () => resolve();
				r.onerror = () => reject(r.error);
			}),
		DB_NAME
	);
	await page.reload();
	const lost = page.getByTestId('data-lost');
	await expect(lost).toContainText('Dữ liệu trên máy này không còn');
	await expect(lost).toContainText(/Lần trước, trình duyệt này giữ [\d.]+ dòng dữ liệu/);
	await expect(page.getByTestId('lost-load-plan')).toBeVisible();
	await expect(page.getByTestId('restore-file-open')).toBeVisible();
	// Nothing was loaded behind the planner's back.
	await page.waitForTimeout(1000);
	expect(await readRecord(page, 'targets', T1)).toBeNull();
	// Restore from the automatic snapshot that survived in its own database.
	const snap = page.getByTestId('snapshot-list').getByRole('button');
	await expect(snap).toHaveCount(1);
	await snap.click();
	await expect(page.getByTestId('restore-preview').getByTestId('restore-row-targets')).toContainText('126');
	await page.getByTestId('restore-apply').click();
	await expect(lost).toHaveCount(0);
	await page.getByTestId('nav-targets').click();
	await waitForRows(page);
	expect(await readRecord(page, 'targets', T1)).not.toBeNull();
});

test('(b2) the database deleted: "load the plan" only when the planner chooses it', async ({ page }) => {
	await openFresh(page);
	await editNotes(page, 'sẽ mất');
	await expect.poll(async () => (await marker(page))?.changes).toBe(1);
	await page.evaluate((name) => new Promise<void>((resolve) => (indexedDB.deleteDatabase(name).onsuccess = () => resolve())), DB_NAME);
	await page.reload();
	await expect(page.getByTestId('data-lost')).toBeVisible();
	await page.getByTestId('lost-load-plan').click();
	await page.getByTestId('nav-targets').click();
	await waitForRows(page);
	expect(await storedNotes(page)).toBe('');
	// From now on this is the dataset: a reload opens it, no panel.
	await page.reload();
	await waitForRows(page);
	await expect(page.getByTestId('data-lost')).toHaveCount(0);
});

test('(c) a full disk: writes are refused in Vietnamese, nothing is lost', async ({ page, context, baseURL }) => {
	// The disk is nearly full: Chromium takes a CDP quota override for a site's storage when the
	// site first opens it (measured: an override set later is not enforced), so it is set before the
	// app's first visit: room for the plan's data (455 KB here with the units of the 2025 reforms) and a few edits, not for the 100-row paste below (measured: passes from 480 to 500 KB, fails at 525 KB).
	const cdp = await context.newCDPSession(page);
	const origin = new URL(baseURL!).origin;
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 490_000 });
	await page.goto('/targets');
	await waitForRows(page);
	await editNotes(page, 'sửa trước khi đầy');
	await navTo(page, 'data');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()]);
	const bytes = await readFile((await download.path())!);
	await page.getByTestId('nav-targets').click();
	await waitForRows(page);

	// A paste over 100 rows does not fit: the browser refuses it. The message says so and (read
	// again) that nothing changed; the browser's own words are folded away.
	await cell(page, T1, 'notes').click();
	const text = (i: number) => Array.from({ length: 12 }, (_, k) => ((i + 1) * 7919 * (k + 3)).toString(36)).join(' ');
	await paste(page, Array.from({ length: 100 }, (_, i) => `Ghi chú ${i}: ${text(i)}`).join('\n'));
	const msg = page.getByTestId('message-error').last();
	await expect(msg).toContainText('Bộ nhớ của trình duyệt đã đầy nên thay đổi này không lưu được. Không có gì bị thay đổi: đã đọc lại');
	const details = msg.getByTestId('message-details');
	await expect(details).toContainText('Chi tiết kỹ thuật');
	await expect(details.locator('pre')).toBeHidden();
	await details.locator('summary').click();
	await expect(details.locator('pre')).toContainText('QuotaExceededError');
	expect(await storedNotes(page)).toBe('sửa trước khi đầy');

	// A restore the browser refuses half way: one transaction, the counts read again are as before.
	await navTo(page, 'data');
	await page.getByTestId('restore-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/gzip', buffer: bytes });
	await page.getByTestId('restore-apply').click();
	await expect(page.getByTestId('restore-error')).toContainText('Không khôi phục được, dữ liệu không bị thay đổi: Bộ nhớ của trình duyệt đã đầy');
	await expect(page.getByTestId('restore-error')).toContainText(/đã đọc lại [\d.]+ dòng liên quan, tất cả vẫn như trước/);
	expect(await storedNotes(page)).toBe('sửa trước khi đầy');

	// The check before a large write, from navigator.storage.estimate(): when the page is told the
	// figures the browser enforces, the restore is refused before it starts.
	const enforced = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number; quota: number };
	const told = await page.evaluate(async () => (await navigator.storage.estimate()).quota);
	if (told !== enforced.quota) {
		// Chromium (156) keeps telling the page its usual quota under a CDP override (measured).
		await page.evaluate(({ usage, quota }) => {
			navigator.storage.estimate = async () => ({ usage, quota });
		}, enforced);
	}
	await page.getByTestId('restore-cancel').click();
	await page.getByTestId('restore-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/gzip', buffer: bytes });
	await page.getByTestId('restore-apply').click();
	await expect(page.getByTestId('restore-error')).toContainText(/Không đủ chỗ trong bộ nhớ của trình duyệt: việc này cần khoảng [\d,]+ MB, chỉ còn [\d,]+ MB\. Chưa có gì bị thay đổi/);
	expect(await storedNotes(page)).toBe('sửa trước khi đầy');

	// Space freed, page reloaded: the earlier edits are all there, nothing was reseeded.
	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	await page.reload();
	await page.getByTestId('nav-targets').click();
	await expect(cell(page, T1, 'notes')).toHaveText('sửa trước khi đầy');
	await expect(page.getByTestId('data-lost')).toHaveCount(0);
});

test('(d) an import that will not fit (3 MB left) is refused before it starts, nothing changed', async ({ page }) => {
	await openFresh(page);
	await editNotes(page, 'sửa trước khi nhập');
	// 5,000 association models in one hand-made sheet (about 1.3 MB of JSON: with their checks, more than 3 MB).
	const aoa: unknown[][] = [['Xã/phường/thị trấn', 'Tên mô hình', 'Hình thức quản lý', 'Tình trạng', 'Ghi chú']];
	for (let i = 1; i <= 5000; i++) aoa.push(['Đại Thạnh', `Mô hình tự quản đường giao thông nông thôn số ${i}`, 'Hội CCB quản lý', 'Đang duy trì', `Ghi chú thử nghiệm ${i}`]);
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Mô hình của Hội');
	const buffer = Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
	await page.getByTestId('import-file').setInputFiles({ name: 'mo-hinh.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
	const dialog = page.getByTestId('import-dialog');
	await expect(dialog).toHaveAttribute('data-step', /preview|mapping/);
	if ((await dialog.getAttribute('data-step')) === 'mapping') await page.getByTestId('import-to-preview').click();
	await expect(dialog).toHaveAttribute('data-step', 'preview');
	// The disk has 3 MB left, as in the issue (the page is told so: see test (c) for why).
	await page.evaluate(() => {
		const quota = 10 * 1024 ** 3;
		navigator.storage.estimate = async () => ({ usage: quota - 3 * 1024 ** 2, quota });
	});
	await page.getByTestId('import-apply').click();
	const error = page.getByTestId('import-apply-error');
	await expect(error).toContainText(/Không áp dụng được, dữ liệu không bị thay đổi: Không đủ chỗ trong bộ nhớ của trình duyệt: việc này cần khoảng [\d,]+ MB, chỉ còn 3,0 MB\. Chưa có gì bị thay đổi/);
	await expect(error).not.toContainText('bulkAdd');
	await page.getByTestId('import-cancel').click();
	expect(await storedNotes(page)).toBe('sửa trước khi nhập');
	expect(await storedRows(page, 'models')).toHaveLength(0);
});
