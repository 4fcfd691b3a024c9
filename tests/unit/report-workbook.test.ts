// The report workbook read back by another library (ExcelJS): the document's head and title, merged
// headers, the numbering row, totals equal to the figures, missing figures in words, print setup.
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { seedData } from '../../seeds/index';
import { withOverlays, type Dataset } from '../../src/lib/schema';
import { reportFigures } from '../../src/lib/report/figures';
import { documentHead, makeSnapshot, DEFAULT_SETTINGS, type Snapshot } from '../../src/lib/report/document';
import { reportToXlsx } from '../../src/lib/report/workbook';

function snapshot(level = 'province', period = '2025-h1', edit?: (d: Dataset) => void): Snapshot {
	const d = withOverlays(structuredClone(seedData) as Dataset);
	edit?.(d);
	const f = reportFigures(d, level, period)!;
	return makeSnapshot(f, documentHead(DEFAULT_SETTINGS, f, { number: '05/BC-CCB', date: '2025-07-05' }));
}

async function load(bytes: Uint8Array) {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as never);
	return wb;
}

const text = (ws: ExcelJS.Worksheet, ref: string) => String(ws.getCell(ref).value ?? '');
const rowOf = (ws: ExcelJS.Worksheet, label: string, col = 2) => {
	for (let r = 1; r <= ws.rowCount; r++) if (text(ws, `${String.fromCharCode(64 + col)}${r}`) === label) return ws.getRow(r);
	throw new Error(`no row ${label}`);
};

describe('report workbook', () => {
	it('has the document head, the title and one sheet per table', async () => {
		const t0 = performance.now();
		const bytes = reportToXlsx(snapshot());
		const ms = performance.now() - t0;
		expect(ms).toBeLessThan(2000);
		const wb = await load(bytes);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu 01', 'Biểu 02', 'Biểu 03', 'Biểu 04']);
		const ws = wb.worksheets[0];
		expect(text(ws, 'A1')).toBe('HỘI CỰU CHIẾN BINH TỈNH QUẢNG NAM');
		expect(ws.getCell('A1').font?.bold).toBe(true);
		expect(ws.getCell('A1').font?.name).toBe('Times New Roman');
		// The number on the line of the place and date; national name and motto at the top right.
		expect(text(ws, 'A3')).toBe('Số: 05/BC-CCB');
		expect(ws.getRow(1).values as unknown[]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		const motto = ws.getRow(2).values as unknown[];
		expect(motto).toContain('Độc lập - Tự do - Hạnh phúc');
		const mottoCell = ws.getRow(2).getCell(motto.indexOf('Độc lập - Tự do - Hạnh phúc'));
		expect(mottoCell.font?.underline).toBe(true);
		const date = ws.getRow(3).values as unknown[];
		expect(date).toContain('Quảng Nam, ngày 05 tháng 7 năm 2025');
		expect(ws.getRow(3).getCell(date.indexOf('Quảng Nam, ngày 05 tháng 7 năm 2025')).font?.italic).toBe(true);
		const title = rowOf(ws, 'BÁO CÁO', 1);
		expect(title.getCell(1).font?.bold).toBe(true);
		expect(text(ws, `A${title.number + 1}`)).toContain('6 tháng đầu năm 2025');
		// The last sheet ends with the recipients and the signature block.
		const last = wb.worksheets[3];
		const all = last.getSheetValues().flat().map(String);
		expect(all).toContain('Nơi nhận:');
		expect(all).toContain('TM. BAN THƯỜNG VỤ');
		expect(all).toContain('CHỦ TỊCH');
		expect(all).toContain('- Ủy ban MTTQVN tỉnh;');
	});

	it('has merged multi-row headers, the numbering row, Roman group rows and totals equal to the figures', async () => {
		const snap = snapshot();
		const wb = await load(reportToXlsx(snap));
		const ws = wb.worksheets[0];
		const header = rowOf(ws, 'TT', 1).number;
		// "TT" spans two header rows; "Năm 2024" spans three columns.
		expect(ws.getCell(`A${header}`).isMerged).toBe(true);
		expect(ws.getCell(`A${header + 1}`).master.address).toBe(`A${header}`);
		expect(text(ws, `C${header}`)).toBe('Năm 2024');
		expect(ws.getCell(`E${header}`).master.address).toBe(`C${header}`);
		expect(text(ws, `C${header + 1}`)).toBe('Kế hoạch');
		expect(ws.getCell(`C${header}`).border?.top?.style).toBe('thin');
		expect(ws.getCell(`C${header}`).alignment?.wrapText).toBe(true);
		// Numbering row (1) … (9).
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ws.getRow(header + 2).getCell(c).value)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
		// Group rows I, II, III; items numbered 1, 2…; the total is the sum of the groups, and each group the sum of its items.
		const rows: { no: string; cells: number[] }[] = [];
		for (let r = header + 3; r <= ws.rowCount; r++) {
			const no = text(ws, `A${r}`);
			const label = text(ws, `B${r}`);
			if (!no && label !== 'Tổng cộng') continue;
			rows.push({ no: label === 'Tổng cộng' ? 'total' : no, cells: [3, 4, 5, 6, 7, 8].map((c) => Number(ws.getRow(r).getCell(c).value)) });
		}
		expect(rows.filter((r) => /^[IVX]+$/.test(r.no)).map((r) => r.no)).toEqual(['I', 'II', 'III']);
		const total = rows.find((r) => r.no === 'total')!;
		expect(total.cells).toEqual([49, 1, 1, 77, 0, 0]);
		const groups = rows.filter((r) => /^[IVX]+$/.test(r.no));
		expect(groups.reduce((s, g) => s + g.cells[0], 0)).toBe(total.cells[0]);
		let sum = 0;
		for (const r of rows.slice(1)) {
			if (/^[IVX]+$/.test(r.no) || r.no === 'total') break;
			sum += r.cells[0];
		}
		expect(sum).toBe(groups[0].cells[0]);
		// Cells equal the snapshot's figures.
		expect(total.cells).toEqual(snap.figures.tables[0].rows.at(-1)!.cells.map((c) => c!.value));
	});

	it('writes a missing figure as words, never 0, and a reported 0 as 0', async () => {
		const wb = await load(
			reportToXlsx(
				snapshot('province', '2025-h1', (d) =>
					d.results.push({ id: 'r1', version: 1, updatedAt: '', notes: '', districtId: '506', periodId: '2025-h1', measureId: 'kq-ngay-cong', value: 0 })
				)
			)
		);
		const ws = wb.worksheets[3];
		expect(rowOf(ws, 'Hiến đất').getCell(4).value).toBe('Chưa báo cáo');
		const days = rowOf(ws, 'Ngày công đóng góp');
		expect(days.getCell(4).value).toBe(0);
		expect(days.getCell(5).value).toBe(1);
		expect(ws.getSheetValues().flat().map(String).some((v) => v.startsWith('Chưa báo cáo: '))).toBe(true);
	});

	it('prints A4 landscape, one page wide, header rows repeated, page numbers', async () => {
		const wb = await load(reportToXlsx(snapshot()));
		for (const ws of wb.worksheets) {
			expect(ws.pageSetup.orientation).toBe('landscape');
			expect(ws.pageSetup.paperSize).toBe(9);
			expect(ws.pageSetup.fitToPage).toBe(true);
			expect(ws.pageSetup.fitToWidth).toBe(1);
			expect(ws.pageSetup.fitToHeight).toBe(0);
			const header = rowOf(ws, 'TT', 1).number;
			expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header + (ws.name === 'Biểu 01' ? 2 : 1)}`);
			expect(ws.headerFooter.oddHeader).toBe('&C&P');
		}
		expect(wb.worksheets[0].headerFooter.differentFirst).toBe(true);
	});
});
