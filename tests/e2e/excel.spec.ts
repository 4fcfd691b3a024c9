// Excel in and out through the UI: export, edit the workbook outside the app (with ExcelJS, not the
// library that wrote it), import with preview, conflicts, bad files, and the current-view export.
import { test, expect, type Page, type Download } from '@playwright/test';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import { readFileSync, mkdirSync } from 'node:fs';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { openFresh, waitForRows, cell, expectCount, rowCount, pickIn, typeInto, readRecord } from './helpers';

const DAI_THANH = '2024-ntm-20527'; // Đại Thạnh (Đại Lộc), NTM 2024
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHOTS = process.env.SCREENSHOTS ? 'docs/screenshots' : '';

async function saved(download: Download): Promise<Buffer> {
	const path = await download.path();
	return readFileSync(path);
}

async function exportAll(page: Page): Promise<{ buf: Buffer; name: string }> {
	const wait = page.waitForEvent('download');
	await page.getByTestId('export-all').click();
	const d = await wait;
	return { buf: await saved(d), name: d.suggestedFilename() };
}

async function importBuffer(page: Page, name: string, buffer: Buffer, mimeType = XLSX_MIME) {
	await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
	await expect(page.getByTestId('import-dialog')).toBeVisible();
}

const dialog = (page: Page) => page.getByTestId('import-dialog');
const count = (page: Page, k: string) => page.getByTestId(`count-${k}`);

/** Header labels and the data rows of one sheet, as SheetJS reads them. */
function sheetRows(wb: XLSX.WorkBook, name: string) {
	const ws = wb.Sheets[name];
	const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, blankrows: false });
	return { ws, header: aoa[0] as string[], rows: aoa.slice(1) };
}

/** ExcelJS: the worksheet, a column number by header label, and the row of a record id. */
async function openWithExcelJS(buf: Buffer, sheet = 'Chỉ tiêu xã') {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(buf as unknown as ArrayBuffer);
	const ws = wb.getWorksheet(sheet)!;
	const header = ws.getRow(1);
	const col = (label: string) => {
		let found = 0;
		header.eachCell((c, n) => {
			if (c.value === label) found = n;
		});
		if (!found) throw new Error(`no column "${label}"`);
		return found;
	};
	const rowOf = (id: string) => {
		const idCol = col('Mã');
		for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(idCol).value === id) return ws.getRow(r);
		throw new Error(`no row ${id}`);
	};
	return { wb, ws, col, rowOf, save: async () => Buffer.from(await wb.xlsx.writeBuffer()) };
}

test('(a) the whole dataset exports as typed cells that match the grid', async ({ page }) => {
	await openFresh(page);
	// A date to check the date cells.
	await typeInto(page, DAI_THANH, 'decisionDate', '25/01/2024');
	await expect(cell(page, DAI_THANH, 'decisionDate')).toHaveText('25/01/2024');
	const [, targetsTotal] = await rowCount(page);
	const gridHeaders = (await page.locator('.ag-header-cell-text').allTextContents()).map((s) => s.trim()).filter(Boolean);

	const { buf, name } = await exportAll(page);
	expect(name).toMatch(/^ntm-quang-nam_\d{4}-\d{2}-\d{2}\.xlsx$/);
	const wb = XLSX.read(buf, { cellDates: true });
	for (const s of ['Chỉ tiêu xã', 'Xã', 'Chỉ tiêu huyện', 'Mục tiêu tỉnh', 'Chỉ tiêu khác', 'Huyện', 'Thông tin']) expect(wb.SheetNames).toContain(s);
	expect(wb.SheetNames.indexOf('Chỉ tiêu xã')).toBe(0);

	const targets = sheetRows(wb, 'Chỉ tiêu xã');
	expect(targets.rows.length).toBe(targetsTotal);
	expect(targets.header[0]).toBe('STT'); // format 3: STT first, the technical columns (Mã…) at the right
	expect(targets.header).toContain('Mã');
	for (const h of gridHeaders) expect(targets.header, h).toContain(h);
	const col = (label: string) => targets.header.indexOf(label);
	const r = targets.rows.findIndex((row) => row[col('Mã')] === DAI_THANH);
	expect(r).toBeGreaterThanOrEqual(0);
	const addr = (label: string) => XLSX.utils.encode_cell({ r: r + 1, c: col(label) });
	expect(targets.ws[addr('Xã')].v).toBe('Đại Thạnh');
	expect(targets.ws[addr('Huyện')].v).toBe('Đại Lộc');
	expect(targets.ws[addr('Cấp độ')].v).toBe('NTM');
	expect(targets.ws[addr('Năm')].t).toBe('n');
	expect(targets.ws[addr('Năm')].v).toBe(2024);
	expect(targets.ws[addr('Thời hạn')].v).toBe('Quý 1/2024');
	const date = targets.ws[addr('Ngày quyết định')];
	expect(date.t).toBe('d');
	const d = date.v as Date;
	// SheetJS gives the local midnight of the cell's day (node's time zone).
	expect([d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2024, 1, 25]);
	const statusCell = targets.ws[addr('Trạng thái')].v as string;
	expect(['Chưa thực hiện', 'Đang thực hiện', 'Đã trình hồ sơ', 'Đã công nhận', 'Không đạt']).toContain(statusCell);
	await expect(cell(page, DAI_THANH, 'status')).toHaveText(statusCell);

	// The communes sheet has the grid's rows too.
	await page.getByTestId('nav-communes').click();
	await expect(page).toHaveURL(/\/communes/);
	const communes = sheetRows(wb, 'Xã');
	// Every unit of every map (241 of the plan's, 80 formed by the 2025 reforms); the grid shows the map in view.
	expect(communes.rows.length).toBe(321);
	await expect.poll(async () => (await rowCount(page))[1]).toBe(241);
	await page.goto('/communes?map=all');
	await expect.poll(async () => (await rowCount(page))[1]).toBe(communes.rows.length);
	const info = sheetRows(wb, 'Thông tin');
	expect(JSON.stringify(info.rows)).toContain('Phiên bản cấu trúc');
});

test('(b) a workbook edited with another library imports with exactly its changes, undoable', async ({ page }) => {
	const seen: string[] = [];
	page.on('dialog', (d) => {
		seen.push(d.message());
		void d.dismiss();
	});
	await openFresh(page);
	const before = await readRecord(page, 'targets', DAI_THANH);
	const { buf } = await exportAll(page);

	const x = await openWithExcelJS(buf);
	const row = x.rowOf(DAI_THANH);
	const oldStatus = String(row.getCell(x.col('Trạng thái')).value);
	const newStatus = oldStatus === 'Đã công nhận' ? 'Đang thực hiện' : 'Đã công nhận';
	row.getCell(x.col('Trạng thái')).value = newStatus;
	row.getCell(x.col('Số tiêu chí đạt')).value = 18;
	row.getCell(x.col('Ghi chú')).value = 'Huyện đã kiểm tra hồ sơ <b>tháng 5</b>';
	row.commit();
	const edited = await x.save();

	await importBuffer(page, 'ban-sua-cua-huyen.xlsx', edited);
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview');
	await expect(count(page, 'changed')).toHaveAttribute('data-value', '1');
	for (const k of ['new', 'conflict', 'error', 'kept']) await expect(count(page, k)).toHaveAttribute('data-value', '0');
	await expect(count(page, 'unchanged')).not.toHaveAttribute('data-value', '0');
	const rows = dialog(page).getByTestId('import-row');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toHaveAttribute('data-id', DAI_THANH);
	await expect(rows.first()).toContainText('Đại Thạnh');
	const changes = rows.first().getByTestId('import-change');
	await expect(changes).toHaveCount(3);
	expect(await changes.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')).sort())).toEqual(['criteriaMet', 'notes', 'status']);
	await expect(changes.filter({ hasText: 'Trạng thái' }).locator('del')).toHaveText(oldStatus);
	await expect(changes.filter({ hasText: 'Trạng thái' }).locator('ins')).toHaveText(newStatus);
	await expect(changes.filter({ hasText: 'Số tiêu chí đạt' }).locator('ins')).toHaveText('18');
	// A cell's text is text: the <b> of the note is shown, not rendered.
	await expect(changes.filter({ hasText: 'Ghi chú' }).locator('ins')).toHaveText('Huyện đã kiểm tra hồ sơ <b>tháng 5</b>');
	await expect(dialog(page).locator('b', { hasText: 'tháng 5' })).toHaveCount(0);
	if (SHOTS) {
		mkdirSync(SHOTS, { recursive: true });
		await expect(page.getByTestId('message-info')).toHaveCount(0); // the export's message fades
		await page.screenshot({ path: `${SHOTS}/import-preview.png` });
	}

	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await expect(page.getByTestId('sum-updated')).toHaveText('1');
	await expect(page.getByTestId('sum-added')).toHaveText('0');
	await expect(page.getByTestId('sum-deleted')).toHaveText('0');
	await expect(page.getByTestId('message-info').filter({ hasText: 'Đã nhập tệp' })).toBeVisible();
	await page.getByTestId('import-close').click();
	await expect(dialog(page)).toHaveCount(0);
	await expect(cell(page, DAI_THANH, 'status')).toHaveText(newStatus);
	await expect(cell(page, DAI_THANH, 'criteriaMet')).toHaveText('18');
	expect((await readRecord(page, 'targets', DAI_THANH))?.notes).toBe('Huyện đã kiểm tra hồ sơ <b>tháng 5</b>');

	// One Undo restores all three cells.
	await page.getByTestId('undo').click();
	await expect(cell(page, DAI_THANH, 'status')).toHaveText(oldStatus);
	const after = await readRecord(page, 'targets', DAI_THANH);
	expect(after?.status).toBe(before?.status);
	expect(after?.criteriaMet ?? null).toBe(before?.criteriaMet ?? null);
	expect(after?.notes ?? '').toBe(before?.notes ?? '');
	await expect(page.getByTestId('undo')).toBeDisabled();
	expect(seen).toEqual([]);
});

test('(c) a colleague\'s copy with a conflict: mine, theirs and the exported value; theirs wins', async ({ page }) => {
	await openFresh(page);
	const { buf } = await exportAll(page);
	const x = await openWithExcelJS(buf);
	const row = x.rowOf(DAI_THANH);
	const base = String(row.getCell(x.col('Trạng thái')).value);
	const others = ['Đang thực hiện', 'Đã trình hồ sơ', 'Đã công nhận', 'Chưa thực hiện'].filter((s) => s !== base);
	const mine = others[0];
	const theirs = others[1];

	await pickIn(page, DAI_THANH, 'status', mine);
	await expect(cell(page, DAI_THANH, 'status')).toHaveText(mine);

	row.getCell(x.col('Trạng thái')).value = theirs;
	row.commit();
	await importBuffer(page, 'ban-cua-dong-nghiep.xlsx', await x.save());
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview');
	await expect(count(page, 'conflict')).toHaveAttribute('data-value', '1');
	await expect(count(page, 'changed')).toHaveAttribute('data-value', '0');
	const conflict = dialog(page).getByTestId('conflict');
	await expect(conflict).toHaveCount(1);
	await expect(conflict).toContainText('Trạng thái');
	await expect(conflict.getByTestId('conflict-mine-text')).toHaveText(mine);
	await expect(conflict.getByTestId('conflict-theirs-text')).toHaveText(theirs);
	await expect(conflict.getByTestId('conflict-base-text')).toHaveText(base);
	await expect(page.getByTestId('import-apply')).toBeDisabled();
	await expect(page.getByTestId('import-unresolved')).toContainText('1');
	if (SHOTS) {
		await expect(page.getByTestId('message-info')).toHaveCount(0);
		await page.screenshot({ path: `${SHOTS}/import-conflict.png` });
	}

	await conflict.getByTestId('conflict-theirs').check();
	await expect(page.getByTestId('import-apply')).toBeEnabled();
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('sum-updated')).toHaveText('1');
	await page.getByTestId('import-close').click();
	await expect(cell(page, DAI_THANH, 'status')).toHaveText(theirs);

	// "All mine" resolves every conflict too: import the same copy again after another local edit.
	await pickIn(page, DAI_THANH, 'status', mine);
	await expect(cell(page, DAI_THANH, 'status')).toHaveText(mine);
	await importBuffer(page, 'ban-cua-dong-nghiep.xlsx', await x.save());
	await expect(count(page, 'conflict')).toHaveAttribute('data-value', '1');
	await page.getByTestId('conflicts-all-mine').click();
	await expect(page.getByTestId('import-apply')).toBeEnabled();
	await page.getByTestId('import-cancel').click();
	await expect(dialog(page)).toHaveCount(0);
	await expect(cell(page, DAI_THANH, 'status')).toHaveText(mine);
});

/** A workbook written by SheetJS from rows of cells (a hand-made sheet). */
function handMade(aoa: unknown[][], sheet = 'Trang tính1'): Buffer {
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), sheet);
	return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

test('(d) bad files each give a Vietnamese message and change nothing', async ({ page }) => {
	const alerts: string[] = [];
	page.on('dialog', (d) => {
		alerts.push(d.message());
		void d.dismiss();
	});
	await openFresh(page);
	const before = await readRecord(page, 'targets', DAI_THANH);
	const nothingChanged = async () => {
		await expect(page.getByTestId('undo')).toBeDisabled();
		expect(await readRecord(page, 'targets', DAI_THANH)).toEqual(before);
		await expectCount(page, 126, 126);
	};
	const refused = async (name: string, buffer: Buffer, text: RegExp) => {
		await importBuffer(page, name, buffer);
		await expect(page.getByTestId('import-error')).toContainText(text);
		await expect(page.getByTestId('import-error')).toContainText('Dữ liệu không bị thay đổi');
		await expect(page.getByTestId('import-apply')).toHaveCount(0);
		await page.getByTestId('import-close').click();
		await expect(dialog(page)).toHaveCount(0);
		await nothingChanged();
	};

	await refused('bao-cao.xlsx', Buffer.from('Báo cáo tiến độ NTM quý 2, không phải bảng tính.\n'.repeat(40)), /"bao-cao\.xlsx" không phải là bảng tính/);
	await refused('trong.xlsx', handMade([]), /"trong\.xlsx" không có dữ liệu/);
	await refused('qua-lon.xlsx', Buffer.alloc(21 * 1024 * 1024, 65), /nặng 21\.0 MB, vượt giới hạn 20 MB/);

	// HTML in a cell is shown as text; nothing runs.
	const evil = '<img src=x onerror=alert(1)>';
	await importBuffer(page, 'xa-la.xlsx', handMade([['Xã', 'Năm', 'Cấp độ'], [evil, 2025, 'NTM']]));
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview');
	await expect(count(page, 'error')).toHaveAttribute('data-value', '1');
	await expect(dialog(page).getByTestId('import-issue').filter({ hasText: `Không tìm thấy xã "${evil}"` })).toHaveCount(1);
	await expect(dialog(page).getByTestId('import-issue').first()).toContainText('Trang "Trang tính1", dòng 2, cột A ("Xã")');
	await expect(dialog(page).locator('img')).toHaveCount(0);
	await expect(page.getByTestId('import-apply')).toBeDisabled();
	await page.getByTestId('import-cancel').click();
	await nothingChanged();

	// A hand-made sheet: a title row, headers without diacritics, the plan's spelling "Duy Phủ",
	// a typo ("Duy Phuu") and a column the app does not know (mapped by hand, then remembered).
	const sheet = handMade([
		['KẾ HOẠCH XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2025'],
		[],
		['STT', 'TEN XA', 'Nam', 'Cap do', 'Can bo theo doi'],
		[1, 'Duy Phủ', 2025, 'NTM nâng cao', 'Phòng NN&PTNT Duy Xuyên'],
		[2, 'Duy Phuu', 2025, 'NTM nâng cao', 'Phòng Kinh tế']
	]);
	await importBuffer(page, 'ke-hoach-tu-lap.xlsx', sheet);
	await expect(dialog(page)).toHaveAttribute('data-step', 'mapping');
	await expect(page.getByTestId('import-mapping')).toContainText('tiêu đề ở dòng 3');
	await expect(page.getByTestId('map-field-C')).toHaveValue('year');
	await expect(page.getByTestId('map-field-D')).toHaveValue('level');
	await expect(page.getByTestId('map-field-E')).toHaveValue('');
	await page.getByTestId('map-field-E').selectOption({ label: 'Đơn vị phụ trách' });
	await page.getByTestId('map-remember').check();
	await page.getByTestId('import-to-preview').click();
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview');
	await expect(count(page, 'error')).toHaveAttribute('data-value', '1');
	await expect(count(page, 'changed')).toHaveAttribute('data-value', '1');
	const duyPhu = dialog(page).locator('[data-testid="import-row"][data-status="changed"]');
	await expect(duyPhu).toContainText('Duy Phú / NTM nâng cao 2025');
	await expect(duyPhu.getByTestId('import-change')).toContainText('Phòng NN&PTNT Duy Xuyên');
	await expect(dialog(page).getByTestId('import-issue').filter({ hasText: 'Không tìm thấy xã "Duy Phuu"' })).toContainText(/Có phải: Duy Phú/);
	await page.getByTestId('import-cancel').click();
	await nothingChanged();
	// The remembered mapping is used for the same layout: straight to the preview.
	await importBuffer(page, 'ke-hoach-tu-lap.xlsx', sheet);
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview');
	await expect(count(page, 'changed')).toHaveAttribute('data-value', '1');
	// Replace mode: every target missing from the sheet is listed for deletion, before the other rows.
	await expect(count(page, 'delete')).toHaveCount(0);
	await page.getByTestId('mode-replace').check();
	await expect(count(page, 'delete')).toHaveAttribute('data-value', '125');
	const order = await dialog(page).evaluate((d) => {
		const del = d.querySelector('[data-testid="import-deletions"]');
		const rows = d.querySelector('[data-testid="import-rows"]');
		return del && rows ? del.compareDocumentPosition(rows) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
	});
	expect(order).toBeGreaterThan(0);
	await expect(page.getByTestId('import-deletions').locator('li')).toHaveCount(125);
	await expect(page.getByTestId('import-deletions')).toContainText('Đại Thạnh / NTM 2024');
	await page.getByTestId('import-cancel').click();
	await nothingChanged();
	expect(alerts).toEqual([]);
});

test('(e) the current view exports as CSV with BOM and the filtered rows', async ({ page }) => {
	await openFresh(page, '/targets?year=2025&level=nang_cao');
	await expectCount(page, 44, 126);
	const wait = page.waitForEvent('download');
	await page.getByTestId('export-view-csv').click();
	const d = await wait;
	expect(d.suggestedFilename()).toMatch(/\.csv$/);
	const buf = await saved(d);
	expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = buf.toString('utf8').slice(1);
	const aoa = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(text, { type: 'string', raw: true }).Sheets.Sheet1, { header: 1, blankrows: false });
	expect(aoa.length).toBe(1 + 44);
	const header = aoa[0] as string[];
	expect(header).toContain('Xã');
	expect(header).toContain('Trạng thái');
	const levelCol = header.indexOf('Cấp độ');
	expect(aoa.slice(1).every((r) => (r as string[])[levelCol] === 'NTM nâng cao')).toBe(true);

	// The same view as .xlsx has the same rows.
	const wait2 = page.waitForEvent('download');
	await page.getByTestId('export-view-xlsx').click();
	const wb = XLSX.read(await saved(await wait2));
	expect(XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]]).length).toBe(44);
});

test('a 64,000-row file: exact counts, a few hundred rows drawn', async ({ page }) => {
	await openFresh(page);
	const lines = ['Xã,Năm,Cấp độ'];
	for (let i = 1; i <= 64_000; i++) lines.push(`Xã số ${i},2025,NTM`);
	await importBuffer(page, 'rat-nhieu-dong.csv', Buffer.from('\uFEFF' + lines.join('\r\n')), 'text/csv');
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview', { timeout: 60_000 });
	await expect(count(page, 'error')).toHaveAttribute('data-value', '64000');
	await expect(count(page, 'error')).toContainText('64.000');
	await expect(dialog(page).getByTestId('import-row')).toHaveCount(300);
	await expect(page.getByTestId('import-more-rows')).toContainText('63.700 dòng khác');
	// The page still answers at once.
	const t0 = Date.now();
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
	expect(Date.now() - t0).toBeLessThan(1000);
	await page.getByTestId('import-cancel').click();
	await expect(dialog(page)).toHaveCount(0);
	await expect(page.getByTestId('undo')).toBeDisabled();
});

test('the header has the Excel tools and a dropped file opens the import', async ({ page }) => {
	await openFresh(page);
	await expect(page.getByTestId('export-all')).toHaveText('Xuất toàn bộ (.xlsx)');
	await expect(page.getByTestId('import-open')).toHaveText('Nhập tệp Excel…');
	await expect(page.getByTestId('import-file')).toHaveAttribute('accept', '.xlsx,.xls,.ods,.csv');
	// SheetJS is not loaded until the Excel tools are used.
	const sheetJsLoaded = () =>
		page.evaluate(async () => {
			const js = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js'));
			const texts = await Promise.all(js.map((u) => fetch(u).then((r) => r.text())));
			return { files: js.length, sheetJs: texts.some((t) => t.includes('SheetJS')) };
		});
	const first = await sheetJsLoaded();
	expect(first.files).toBeGreaterThan(3);
	expect(first.sheetJs).toBe(false);
	await exportAll(page);
	expect((await sheetJsLoaded()).sheetJs).toBe(true);
	if (SHOTS) await page.locator('header.top').screenshot({ path: `${SHOTS}/header-excel.png` });

	const csv = '\uFEFFXã,Năm,Cấp độ,Ghi chú\r\nĐại Thạnh,2024,NTM,Thả tệp vào trang\r\n';
	const dt = await page.evaluateHandle((text) => {
		const d = new DataTransfer();
		d.items.add(new File([text], 'keo-tha.csv', { type: 'text/csv' }));
		return d;
	}, csv);
	await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
	await expect(page.getByTestId('drop-overlay')).toBeVisible();
	await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
	await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page)).toContainText('keo-tha.csv');
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview');
	await expect(count(page, 'changed')).toHaveAttribute('data-value', '1');
	await page.getByTestId('import-cancel').click();
	await expect(page.getByTestId('undo')).toBeDisabled();
});

/**
 * A hand-made list of 1,764 new targets (every commune in the programme at each level, 2026-2028),
 * then two rows the comparison must refuse near the end (past the first parts handed on): big enough
 * for the parse worker to hand its rows on while it reads (read.ts RowSink).
 */
function targetList(): { aoa: unknown[][]; good: number } {
	const communes = (JSON.parse(readFileSync('seeds/communes.json', 'utf8')) as { name: string; kind: string; inProgramme: boolean; validFrom: string | null }[]).filter((c) => !c.validFrom);
	const counts = new Map<string, number>();
	for (const c of communes) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
	const names = communes.filter((c) => c.kind === 'xa' && c.inProgramme && counts.get(c.name) === 1).map((c) => c.name);
	const aoa: unknown[][] = [['Xã', 'Cấp độ', 'Năm', 'Ghi chú']];
	for (const year of [2026, 2027, 2028]) for (const level of ['NTM', 'NTM nâng cao', 'NTM kiểu mẫu']) for (const n of names) aoa.push([n, level, year, `ghi chú ${aoa.length}`]);
	aoa.push(['Không có xã này', 'NTM', 2026, 'sai']);
	aoa.push([names[0], 'NTM', 2026, 'trùng dòng 2']);
	return { aoa, good: aoa.length - 3 };
}

/** Import a target list, check the preview, apply it, check the grid, undo it. */
async function importTargetList(page: Page, name: string, buffer: Buffer, aoa: unknown[][], good: number) {
	await openFresh(page);
	const [, before] = await rowCount(page);
	await importBuffer(page, name, buffer);
	await expect(dialog(page)).toHaveAttribute('data-step', 'preview', { timeout: 60_000 });
	await expect(count(page, 'new')).toHaveAttribute('data-value', String(good));
	await expect(count(page, 'error')).toHaveAttribute('data-value', '2');
	await expect(dialog(page)).toContainText(`dòng ${aoa.length - 1}`);
	await expect(dialog(page)).toContainText(`dòng ${aoa.length}`);
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('sum-added')).toHaveText(good.toLocaleString('vi-VN'));
	await page.getByTestId('import-close').click();
	await expect(dialog(page)).toHaveCount(0);
	await expectCount(page, before + good, before + good);
	await page.getByTestId('undo').click();
	await expectCount(page, before, before);
}

test('a hand-made list of 1,800 targets is compared while it is read, then applied in one undo step', async ({ page }) => {
	const { aoa, good } = targetList();
	expect(good).toBeGreaterThan(1500);
	await importTargetList(page, 'danh-sach-xa.xlsx', handMade(aoa), aoa, good);
});

test('the same list with a row out of place: the rows handed on are dropped and the whole file compared again', async ({ page }) => {
	// Row 5 written after row 1,500 (Excel reads it in place): the fast reader has handed rows on by
	// then and gives up (restart); the file is read again by SheetJS and the preview is the same.
	const { aoa, good } = targetList();
	const files = unzipSync(new Uint8Array(handMade(aoa)));
	const path = Object.keys(files).find((p) => /worksheets\/sheet1\.xml$/.test(p))!;
	let xml = strFromU8(files[path]);
	const row5 = /<row r="5"[^>]*>.*?<\/row>/.exec(xml)![0];
	xml = xml.replace(row5, '');
	const after = /<row r="1500"[^>]*>.*?<\/row>/.exec(xml)!;
	const at = after.index + after[0].length;
	files[path] = strToU8(xml.slice(0, at) + row5 + xml.slice(at));
	await importTargetList(page, 'danh-sach-xa-dao-dong.xlsx', Buffer.from(zipSync(files)), aoa, good);
});
