// One level down through the UI (issue 11, item 4: "a district does the same for its communes"): on
// /collect a district officer picks Đại Lộc, makes its communes' packages, takes Đại Thắng's, a
// commune fills it in another program (ExcelJS: a target's note, a row of another commune, the
// sender's name), and the district imports it as the return: only Đại Thắng changes, Đại Hòa's row
// is refused with a message naming both, and the communes' board marks Đại Thắng returned and applied.
import { test, expect, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import { readFileSync, mkdirSync } from 'node:fs';
import { clearApp, navTo, waitForRows, storedRows } from './helpers';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DAI_LOC = '506';
const DAI_THANG = '20542';
const DAI_HOA = '20548';
const SHOTS = process.env.SCREENSHOTS ? 'docs/screenshots' : '';

/** Every stored row of a table, read straight from IndexedDB (through the page layout). */
const allRows = (page: Page, table: string) => storedRows(page, table);

const row = (page: Page, commune: string) => page.locator(`[data-testid="collect-down-row"][data-commune="${commune}"]`);

test('a district’s packages to its communes: Đại Thắng’s return changes only Đại Thắng and the communes’ board marks it applied', async ({ page }) => {
	await clearApp(page);
	await page.goto('/targets');
	await waitForRows(page);
	await navTo(page, 'collect'); // two clicks from the header: "Hội CCB", then "Thu thập"
	await expect(page).toHaveURL(/\/collect$/);
	const period = await page.getByTestId('collect-period').inputValue();
	await expect(page.getByTestId('collect-down-pick')).toBeVisible();
	await page.getByTestId('collect-down-district').selectOption(DAI_LOC);
	// Đại Lộc's 18 commune-level units, none sent yet.
	await expect(page.getByTestId('collect-down-row')).toHaveCount(18);
	await expect(row(page, DAI_THANG)).toHaveAttribute('data-status', 'notSent');

	// All its communes' packages in one .zip; then Đại Thắng's again, alone.
	let wait = page.waitForEvent('download');
	await page.getByTestId('collect-down-make').click();
	const zipDownload = await wait;
	expect(zipDownload.suggestedFilename()).toBe(`goi-gui-xa_dai-loc_${period}.zip`);
	const zip = XLSX.CFB.read(readFileSync(await zipDownload.path()), { type: 'buffer' });
	const names = (zip.FileIndex as { type: number; name: string }[]).filter((f) => f.type === 2 && f.name.endsWith('.xlsx')).map((f) => f.name);
	expect(names).toHaveLength(18);
	expect(names).toContain(`goi_dai-loc_dai-thang_${period}.xlsx`);
	await expect(page.getByTestId('message-info').filter({ hasText: 'Đã tạo 18 gói' })).toBeVisible();
	const deadline = await page.getByTestId('collect-down-deadline').inputValue();
	const today = new Date().toISOString().slice(0, 10);
	const awaited = today > deadline ? 'overdue' : 'waiting';
	await expect(row(page, DAI_THANG)).toHaveAttribute('data-status', awaited);
	await expect(page.getByTestId('collect-down-missing')).toContainText('Còn thiếu bản trả về của 18 xã');
	// The province's own board of districts is not touched by the district's packages.
	await expect(page.locator(`[data-testid="collect-row"][data-district="${DAI_LOC}"]`)).toHaveAttribute('data-status', 'notSent');
	wait = page.waitForEvent('download');
	await row(page, DAI_THANG).getByTestId('collect-down-remake').click();
	const download = await wait;
	expect(download.suggestedFilename()).toBe(`goi_dai-loc_dai-thang_${period}.xlsx`);

	// The commune fills it in another program (ExcelJS here).
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(readFileSync(await download.path()) as never);
	expect(wb.worksheets[0].name).toBe('Hướng dẫn');
	const sheets = wb.worksheets.map((w) => w.name);
	expect(sheets).toContain('Chỉ tiêu xã');
	// Kept per district (no commune column): not in a commune's package, and the guide says so.
	expect(sheets).not.toContain('Kết quả theo kỳ');
	const guide = wb.getWorksheet('Hướng dẫn')!;
	expect(String(guide.getCell('A1').value)).toBe('GÓI SỐ LIỆU HUYỆN GỬI ĐẠI THẮNG (ĐẠI LỘC)');
	const guideText = (guide.getSheetValues() as unknown[][]).flat().map((v) => String(v ?? '')).join(' ');
	expect(guideText).toContain('tính theo huyện (không có cột xã)');
	const targets = wb.getWorksheet('Chỉ tiêu xã')!;
	const header = (targets.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
	const col = (h: string) => header.indexOf(h);
	expect(targets.rowCount).toBe(3); // the header and Đại Thắng's two targets
	const mine = targets.getRow(2);
	expect(String(mine.getCell(col('Xã')).value)).toBe('Đại Thắng');
	const targetId = String(mine.getCell(col('Mã')).value);
	mine.getCell(col('Ghi chú')).value = 'xã đã rà soát';
	// A row of another commune slipped into the return.
	const last = targets.rowCount + 1;
	const other = targets.getRow(last);
	other.getCell(col('Xã')).value = 'Đại Hòa';
	other.getCell(col('Cấp độ')).value = 'NTM nâng cao';
	other.getCell(col('Năm')).value = 2025;
	other.getCell(col('Nhiệm vụ')).value = 'Phấn đấu đạt chuẩn';
	other.getCell(col('Trạng thái')).value = 'Chưa thực hiện';
	guide.getCell('B11').value = 'Trần Văn Xã';
	const edited = Buffer.from(await wb.xlsx.writeBuffer());

	const before = await allRows(page, 'targets');
	// The district imports it as the commune's return.
	await page.getByTestId('collect-file').setInputFiles({ name: 'tra-ve_dai-thang.xlsx', mimeType: XLSX_MIME, buffer: edited });
	await expect(page.getByTestId('import-dialog')).toBeVisible();
	await expect(page.getByTestId('count-error')).toHaveAttribute('data-value', '1');
	const issues = page.getByTestId('import-issue');
	await expect(issues.filter({ hasText: 'Đây là bản trả về của Đại Thắng (Đại Lộc)' })).toHaveCount(1);
	await expect(
		issues.filter({ hasText: `Trang "Chỉ tiêu xã", dòng ${last}: dòng này thuộc Đại Hòa, không thuộc Đại Thắng; bản trả về của Đại Thắng chỉ được sửa dữ liệu của Đại Thắng.` })
	).toHaveCount(1);
	if (SHOTS) {
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: `${SHOTS}/collect-commune-return-preview.png` });
	}
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await expect(page.getByTestId('sum-skipped')).toHaveText('1');
	await page.getByTestId('import-close').click();

	// Only Đại Thắng's target changed; Đại Hòa has no new target.
	const after = await allRows(page, 'targets');
	expect(after.length).toBe(before.length);
	const changed = after.filter((r) => JSON.stringify(r) !== JSON.stringify(before.find((b) => b.id === r.id)));
	expect(changed.map((r) => [r.id, r.communeId, r.notes])).toEqual([[targetId, DAI_THANG, 'xã đã rà soát']]);
	expect(after.filter((r) => r.communeId === DAI_HOA)).toEqual(before.filter((r) => r.communeId === DAI_HOA));

	// The communes' board: Đại Thắng returned (by whom the file says) and applied; Đại Hòa still awaited.
	await expect(row(page, DAI_THANG)).toHaveAttribute('data-status', 'applied');
	await expect(row(page, DAI_THANG).getByTestId('collect-down-status')).toHaveText('Đã cập nhật');
	await expect(row(page, DAI_THANG).getByTestId('collect-down-returned')).toContainText('Trần Văn Xã');
	await expect(row(page, DAI_HOA)).toHaveAttribute('data-status', awaited);
	await expect(page.getByTestId('collect-down-missing')).toContainText('Còn thiếu bản trả về của 17 xã');
	await expect(page.getByTestId('collect-down-missing')).toContainText('Đại Hòa');
	await expect(page.getByTestId('collect-down-missing')).not.toContainText('Đại Thắng');
	if (SHOTS) await page.locator('[data-testid="collect-down-board"]').screenshot({ path: `${SHOTS}/collect-communes-board.png` });
	const rec = (await allRows(page, 'packages')).find((p) => p.communeId === DAI_THANG)!;
	expect(rec).toMatchObject({ role: 'sent', districtId: DAI_LOC, returnedBy: 'Trần Văn Xã', fileName: 'tra-ve_dai-thang.xlsx' });
});
