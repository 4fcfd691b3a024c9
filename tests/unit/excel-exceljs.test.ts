// Our workbooks opened and saved by another library (ExcelJS, as other tools do) still import cleanly,
// and quickly: whole-column drop-down lists used to make ExcelJS take ~100 s to open them.
import { it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { buildPreview } from '../../src/lib/excel/preview';
import { sheetOrder, schemas } from '../../src/lib/schema';
import { tvi } from '../../src/lib/i18n/translate';
import { parseBytes, seededDb, exportBytes } from './excel-helpers';

it('a workbook saved by ExcelJS imports with 0 errors and 0 changes', async () => {
	const t0 = Date.now();
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(exportBytes()) as never);
	expect(wb.worksheets.map((w) => `${w.name}:${w.state}`)).toEqual([
		...sheetOrder().map((t) => `${tvi(schemas[t].title)}:visible`),
		'Thông tin:visible',
		'_ds:hidden',
		'_goc:hidden'
	]);
	const out = new Uint8Array(await wb.xlsx.writeBuffer());
	expect(Date.now() - t0).toBeLessThan(20_000);
	const parsed = parseBytes(out, 'exceljs.xlsx');
	expect(Object.keys(parsed.base).length).toBeGreaterThan(400);
	const preview = await buildPreview(await seededDb(), parsed);
	expect(preview.errorCount).toBe(0);
	expect(preview.rows).toEqual([]);
	expect(preview.counts.unchanged).toBeGreaterThan(400);
}, 60_000);
