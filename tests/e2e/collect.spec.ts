// District packages out and back through the UI (issue 11, items 4-5): make the packages of a
// period, take Đại Lộc's, edit it with another library (ExcelJS: a result figure, a row of another
// district, the sender's name), import it as the return: only Đại Lộc changes, the other district's
// row is refused with a message naming it, and the board marks Đại Lộc returned and applied.
import { test, expect, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import { readFileSync, mkdirSync } from 'node:fs';
import { clearApp, storedRows } from './helpers';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DAI_LOC = '506';
const DUY_XUYEN = '508';
const SHOTS = process.env.SCREENSHOTS ? 'docs/screenshots' : '';

function allRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
	return storedRows(page, table);
}

const row = (page: Page, district: string) => page.locator(`[data-testid="collect-row"][data-district="${district}"]`);

test('packages out and back: Đại Lộc’s return changes only Đại Lộc and the board marks it applied', async ({ page }) => {
	await clearApp(page);
	// The board is listed on the association's page (Hội CCB).
	await page.goto('/association');
	await page.getByTestId('table-link-packages').click();
	await expect(page).toHaveURL(/\/collect$/);
	await expect(page.getByTestId('collect-row')).toHaveCount(18);
	const period = await page.getByTestId('collect-period').inputValue();
	expect(period).not.toBe('');
	await expect(row(page, DAI_LOC)).toHaveAttribute('data-status', 'notSent');
	// Nothing reported yet: every figure is missing, not 0.
	await expect(page.getByTestId('collect-total').first()).toHaveText('Thiếu');
	await expect(page.getByTestId('collect-not-reported')).toContainText('Chưa báo cáo (18)');

	// Make the packages: one .zip of 18 workbooks.
	const wait = page.waitForEvent('download');
	await page.getByTestId('collect-make').click();
	const download = await wait;
	expect(download.suggestedFilename()).toBe(`goi-gui-huyen_${period}.zip`);
	const zip = XLSX.CFB.read(readFileSync(await download.path()), { type: 'buffer' });
	const names: string[] = (zip.FileIndex as { type: number; name: string }[]).filter((f) => f.type === 2).map((f) => f.name);
	expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(18);
	const entry = XLSX.CFB.find(zip, `goi_dai-loc_${period}.xlsx`);
	expect(entry).toBeTruthy();
	await expect(page.getByTestId('message-info').filter({ hasText: 'Đã tạo 18 gói' })).toBeVisible();
	// Sent; the default deadline (10 days after the period's end) decides waiting or overdue.
	const deadline = await page.getByTestId('collect-deadline').inputValue();
	const today = new Date().toISOString().slice(0, 10);
	await expect(row(page, DAI_LOC)).toHaveAttribute('data-status', today > deadline ? 'overdue' : 'waiting');

	// The district fills Đại Lộc's package in another program (ExcelJS here).
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(entry!.content as Uint8Array) as never);
	expect(wb.worksheets[0].name).toBe('Hướng dẫn');
	expect(wb.worksheets.map((w) => w.name)).not.toContain('Mục tiêu của tỉnh');
	const results = wb.getWorksheet('Kết quả theo kỳ')!;
	const header = (results.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
	const col = (h: string) => header.indexOf(h);
	expect(col('Số liệu')).toBeGreaterThan(0);
	const first = results.getRow(2);
	expect(String(first.getCell(col('Huyện')).value)).toBe('Đại Lộc');
	const measure = String(first.getCell(col('Chỉ tiêu')).value);
	const measureId = String(first.getCell(col('Mã')).value).split(`-${DAI_LOC}-`)[1];
	first.getCell(col('Số liệu')).value = 42;
	// A row of another district slipped into the return.
	const last = results.rowCount + 1;
	const other = results.getRow(last);
	other.getCell(col('Huyện')).value = 'Duy Xuyên';
	other.getCell(col('Kỳ báo cáo')).value = String(first.getCell(col('Kỳ báo cáo')).value);
	other.getCell(col('Chỉ tiêu')).value = measure;
	other.getCell(col('Số liệu')).value = 7;
	wb.getWorksheet('Hướng dẫn')!.getCell('B11').value = 'Nguyễn Văn Hùng';
	const edited = Buffer.from(await wb.xlsx.writeBuffer());

	// The province imports it as the return.
	await page.getByTestId('collect-file').setInputFiles({ name: 'goi_dai-loc_tra-ve.xlsx', mimeType: XLSX_MIME, buffer: edited });
	const dialog = page.getByTestId('import-dialog');
	await expect(dialog).toBeVisible();
	await expect(page.getByTestId('count-error')).toHaveAttribute('data-value', '1');
	const issues = page.getByTestId('import-issue');
	await expect(issues.filter({ hasText: 'Đây là bản trả về của Đại Lộc' })).toHaveCount(1);
	await expect(issues.filter({ hasText: `Trang "Kết quả theo kỳ", dòng ${last}: dòng này thuộc Duy Xuyên, không thuộc Đại Lộc` })).toHaveCount(1);
	if (SHOTS) {
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: `${SHOTS}/collect-return-preview.png` });
	}
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await expect(page.getByTestId('sum-skipped')).toHaveText('1');
	await page.getByTestId('import-close').click();

	// Only Đại Lộc changed.
	const stored = await allRows(page, 'results');
	expect(stored.map((r) => [r.districtId, r.measureId, r.value])).toEqual([[DAI_LOC, measureId, 42]]);
	expect(stored.some((r) => r.districtId === DUY_XUYEN)).toBe(false);
	// The board: Đại Lộc returned (by whom the file says) and applied; Duy Xuyên still awaited.
	await expect(row(page, DAI_LOC)).toHaveAttribute('data-status', 'applied');
	await expect(row(page, DAI_LOC).getByTestId('collect-status')).toHaveText('Đã cập nhật');
	await expect(row(page, DAI_LOC).getByTestId('collect-returned')).toContainText('Nguyễn Văn Hùng');
	await expect(row(page, DUY_XUYEN)).not.toHaveAttribute('data-status', 'applied');
	// The province's figure: 42 from Đại Lộc alone, the others named as missing; never 0.
	const figure = page.locator(`[data-testid="collect-figure"][data-measure="${measureId}"]`);
	await expect(figure.getByTestId('collect-total')).toHaveText('42');
	await expect(figure).toContainText('1/18');
	await expect(figure).toContainText('Duy Xuyên');
	await expect(page.getByTestId('collect-not-reported')).toContainText('Chưa báo cáo (17)');
	await expect(page.getByTestId('collect-not-reported')).not.toContainText('Đại Lộc');
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/collect-board.png`, fullPage: true });
	const sent = (await allRows(page, 'packages')).find((p) => p.districtId === DAI_LOC)!;
	expect(sent).toMatchObject({ role: 'sent', returnedBy: 'Nguyễn Văn Hùng', fileName: 'goi_dai-loc_tra-ve.xlsx' });
});
