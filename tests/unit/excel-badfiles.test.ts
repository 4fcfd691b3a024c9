import { describe, it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import { parseWorkbookBytes, sniff } from '../../src/lib/excel/read';
import { buildPreview } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { MAX_FILE_BYTES, MAX_ISSUES, MAX_ROWS } from '../../src/lib/excel/cells';
import { parsed, seededDb, sheetBytes } from './excel-helpers';

const enc = new TextEncoder();

function errorOf(bytes: Uint8Array, name: string) {
	const r = parseWorkbookBytes(bytes, name);
	if (!('error' in r)) throw new Error('expected a refusal');
	return r.error;
}

describe('files that are refused with a Vietnamese message', () => {
	it('SheetJS is the patched build', () => {
		expect(XLSX.version).toBe('0.20.3');
	});

	it('refuses a PNG renamed .xlsx', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
		const e = errorOf(png, 'anh.xlsx');
		expect(e.key).toBe('excel.err.notSpreadsheet');
		expect(e.message).toContain('"anh.xlsx" không phải là bảng tính');
		expect(e.message).toContain('Dữ liệu không bị thay đổi');
	});

	it('refuses a PDF and plain text with an unknown extension', () => {
		expect(errorOf(enc.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'bao-cao.pdf').key).toBe('excel.err.notSpreadsheet');
		expect(sniff(enc.encode('hello'), 'ghi-chu.docx')).toEqual({ error: 'notSpreadsheet' });
	});

	it('refuses a damaged zip', () => {
		const bytes = new Uint8Array(2000);
		bytes.set([0x50, 0x4b, 0x03, 0x04]);
		for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
		bytes[6] = 0; // no ZIP encryption flag: just damaged
		bytes[7] = 0;
		const e = errorOf(bytes, 'hong.xlsx');
		expect(e.key).toBe('excel.err.corrupt');
		expect(e.message).toContain('hong.xlsx');
	});

	it('refuses an empty file and an empty workbook', () => {
		expect(errorOf(new Uint8Array(0), 'rong.xlsx').key).toBe('excel.err.empty');
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Sheet1');
		const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
		const e = errorOf(bytes, 'trong.xlsx');
		expect(e.key).toBe('excel.err.empty');
		expect(e.message).toBe('Tệp "trong.xlsx" không có dữ liệu: không trang tính nào có nội dung. Dữ liệu không bị thay đổi.');
	});

	it('refuses a password-protected workbook', () => {
		// An encrypted OOXML file is a CFB container with EncryptionInfo + EncryptedPackage streams.
		const cfb = XLSX.CFB.utils.cfb_new();
		const info = new Uint8Array(64);
		info.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // version 4.4 = agile encryption
		XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
		XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(7));
		const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }));
		const e = errorOf(bytes, 'mat-khau.xlsx');
		expect(e.key).toBe('excel.err.encrypted');
		expect(e.message).toContain('đặt mật khẩu');
	});

	it('refuses a file over the size limit before reading it', () => {
		const big = new Uint8Array(MAX_FILE_BYTES + 1);
		const e = errorOf(big, 'lon.xlsx');
		expect(e.key).toBe('excel.err.tooLarge');
		expect(e.message).toContain('vượt giới hạn 20 MB');
	});
});

describe('hostile content inside a valid file', () => {
	it('a 1 MB text cell is refused without echoing the text, and nothing is written', async () => {
		const db = await seededDb();
		const huge = 'A'.repeat(1024 * 1024);
		// Excel itself caps a cell at 32,767 characters; a CSV has no such limit.
		const bytes = enc.encode(`Mã,Xã,Huyện,Cấp độ,Năm,Ghi chú\n2024-ntm-20527,Đại Thạnh,Đại Lộc,NTM,2024,${huge}\n`);
		const preview = await buildPreview(db, parsed(parseWorkbookBytes(bytes, 'dai.csv')));
		expect(preview.errorCount).toBe(1);
		const msg = preview.issues[0].message;
		expect(msg).toContain('dòng 2');
		expect(msg).toContain('cột F ("Ghi chú")');
		expect(msg).toContain('1048576 ký tự');
		expect(msg.length).toBeLessThan(300);
		expect(preview.rows[0].status).toBe('error');
		const before = await db.targets.get('2024-ntm-20527');
		const summary = await applyPreview(db, preview);
		expect(summary.skipped).toBe(1);
		expect(summary.updated).toBe(0);
		expect(await db.targets.get('2024-ntm-20527')).toEqual(before);
	});

	it('a name with HTML stays plain text', async () => {
		const db = await seededDb();
		const html = '<img src=x onerror=alert(1)><b>Ghi chú</b>';
		const bytes = sheetBytes({ 'Chỉ tiêu xã': [['Mã', 'Xã', 'Huyện', 'Cấp độ', 'Năm', 'Ghi chú'], ['2024-ntm-20527', 'Đại Thạnh', 'Đại Lộc', 'NTM', 2024, html]] });
		const preview = await buildPreview(db, parsed(parseWorkbookBytes(bytes, 'html.xlsx')));
		expect(preview.rows[0].changes).toEqual([expect.objectContaining({ key: 'notes', new: html, newText: html })]);
		await applyPreview(db, preview);
		expect((await db.targets.get('2024-ntm-20527'))!.notes).toBe(html);
	});

	it('100,000 junk rows finish quickly, are reported with a cap, and change nothing', async () => {
		const db = await seededDb();
		const lines = ['Mã,Xã,Huyện,Cấp độ,Năm,Trạng thái'];
		for (let i = 0; i < MAX_ROWS; i++) lines.push(`,rác ${i} ${(i * 2654435761) % 99991},xyz${i},cấp ${i},năm ${i},??`);
		const t0 = performance.now();
		const p = parsed(parseWorkbookBytes(enc.encode(lines.join('\n')), 'rac.csv'));
		expect(p.sheets[0].rows.length).toBe(MAX_ROWS);
		const preview = await buildPreview(db, p);
		const ms = performance.now() - t0;
		expect(ms).toBeLessThan(60_000);
		expect(preview.counts.error).toBe(MAX_ROWS);
		expect(preview.errorCount).toBeGreaterThanOrEqual(MAX_ROWS);
		expect(preview.issues.length).toBe(MAX_ISSUES + 1);
		expect(preview.issues.at(-1)!.message).toMatch(/^… và [\d.]+ lỗi khác/);
		expect(preview.counts.new + preview.counts.changed).toBe(0);
		const summary = await applyPreview(db, preview);
		expect(summary.added + summary.updated + summary.deleted).toBe(0);
		expect(await db.history.count()).toBe(0);
	}, 120_000);

	it('a sheet over the row limit blocks the import', async () => {
		const db = await seededDb();
		const lines = ['Mã,Xã,Năm'];
		for (let i = 0; i < MAX_ROWS + 5; i++) lines.push(`x${i},y,2024`);
		const p = parsed(parseWorkbookBytes(enc.encode(lines.join('\n')), 'qua-lon.csv'));
		expect(p.issues[0].key).toBe('excel.err.tooManyRows');
		expect(p.issues[0].message).toContain('100.000');
		const preview = await buildPreview(db, p);
		expect(preview.blocking).toBe(true);
		await expect(applyPreview(db, preview)).rejects.toMatchObject({ key: 'excel.err.cannotApply' });
		expect(await db.history.count()).toBe(0);
	}, 120_000);
});
