// Issue 12, item 6, through the UI: a workbook written by a script (a formula with no stored result)
// imports with a warning naming the sheet, row and column; text that looks like a formula goes out
// as text with Excel's quote prefix (no apostrophe to see) and comes back unchanged.
import { test, expect, type Download } from '@playwright/test';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { openFresh, typeInto, readRecord } from './helpers';

const DAI_THANH = '2024-ntm-20527'; // Đại Thạnh (Đại Lộc), NTM 2024
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHOTS = process.env.CELLS_SHOTS ?? '';

async function saved(download: Download): Promise<Buffer> {
	return readFileSync((await download.path())!);
}

test('a formula with no stored result is named in the preview; formula-like text exports as text and re-imports unchanged', async ({ page }) => {
	await openFresh(page, '/targets?year=2024&level=ntm&district=506');
	await typeInto(page, DAI_THANH, 'responsible', '=1+1 (không phải công thức)');
	await expect.poll(async () => (await readRecord(page, 'targets', DAI_THANH))?.responsible).toBe('=1+1 (không phải công thức)');

	const wait = page.waitForEvent('download');
	await page.getByTestId('export-all').click();
	const exported = await saved(await wait);

	// The exported cell is the text itself, a string cell with the quote-prefix style.
	const wb = XLSX.read(exported, { type: 'buffer', cellFormula: true });
	const ws = wb.Sheets['Chỉ tiêu xã'];
	const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
	const head = aoa[0] as string[];
	const rowNo = 1 + aoa.findIndex((r) => r[head.indexOf('Mã')] === DAI_THANH);
	const ref = `${XLSX.utils.encode_col(head.indexOf('Đơn vị phụ trách'))}${rowNo}`;
	expect(ws[ref]).toMatchObject({ t: 's', v: '=1+1 (không phải công thức)' });
	expect(ws[ref].f).toBeUndefined();

	// A script fills the notes of that row with a formula and no result (as ExcelJS does by default).
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(exported as never);
	const sheet = book.getWorksheet('Chỉ tiêu xã')!;
	const notesCol = 1 + head.indexOf('Ghi chú');
	sheet.getCell(rowNo, notesCol).value = { formula: 'HYPERLINK("http://x","bấm")' } as ExcelJS.CellFormulaValue;
	const edited = Buffer.from(await book.xlsx.writeBuffer());

	await page.getByTestId('import-file').setInputFiles({ name: 'tu-script.xlsx', mimeType: XLSX_MIME, buffer: edited });
	const dialog = page.getByTestId('import-dialog');
	await expect(dialog).toBeVisible();
	const letter = XLSX.utils.encode_col(notesCol - 1);
	await expect(dialog).toContainText(`Trang "Chỉ tiêu xã", dòng ${rowNo}, cột ${letter} ("Ghi chú"): ô có công thức nhưng tệp không lưu kết quả`);
	// The quote-prefixed text came back as it was: no change to apply.
	await expect(page.getByTestId('count-changed')).toContainText('0');
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/formula-warning.png` });
});
