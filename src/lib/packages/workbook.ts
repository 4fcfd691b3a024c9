// A package as a workbook: the app's usual dataset workbook (one sheet per table, "Thông tin", the
// hidden "_ds" and "_goc" sheets, so the return merges like any exported copy) holding only one
// district's rows, with a first sheet "Hướng dẫn" (what to fill in, who returns it) and the
// package's identity in the hidden "_goc" sheet's meta row. SheetJS, loaded on demand only.
import * as XLSX from 'xlsx';
import { schemas, type Dataset, type TableName } from '$lib/schema';
import { tvi } from '$lib/i18n/translate';
import { buildDatasetWorkbook, localStamp, quotePrefixCells, type ExportInfo } from '$lib/excel/workbook-write';
import { patchXlsx } from '$lib/excel/ooxml-patch';
import { xlsxText } from '$lib/excel/cells';
import '$lib/i18n/excel-texts';
import type { PackageIdentity } from './types';
import { PACKAGE_EXCLUDED } from './contents';

export interface PackageNames {
	period: string;
	district: string;
}

const fmtDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/** The rows of the "Hướng dẫn" sheet (pure, for tests too). */
export function guideRows(id: PackageIdentity, names: PackageNames): (string | number)[][] {
	const district = names.district;
	return [
		[tvi(id.kind === 'out' ? 'collect.guide.titleOut' : 'collect.guide.titleReturn', { district: district.toLocaleUpperCase('vi') }), ''],
		[tvi('collect.guide.subtitle', { period: names.period }), ''],
		['', ''],
		[tvi('collect.guide.identity'), ''],
		[tvi('collect.guide.kind'), tvi(id.kind === 'out' ? 'collect.guide.kindOut' : 'collect.guide.kindReturn')],
		[tvi('collect.guide.period'), xlsxText(names.period)],
		[tvi('collect.guide.district'), xlsxText(district)],
		[tvi('collect.guide.madeAt'), id.madeAt ? localStamp(new Date(id.madeAt)) : ''],
		[tvi('collect.guide.deadline'), fmtDate(id.deadline)],
		[tvi('collect.guide.datasetId'), id.datasetId],
		[tvi('collect.guide.returnedBy'), xlsxText(id.returnedBy)],
		['', ''],
		[tvi('collect.guide.stepsTitle'), ''],
		[tvi('collect.guide.step1', { results: tvi(schemas.results.title), value: tvi('col.value') }), ''],
		[tvi('collect.guide.step2', { district }), ''],
		[tvi('collect.guide.step3'), ''],
		[tvi('collect.guide.step4', { district }), ''],
		[tvi('collect.guide.step5'), '']
	];
}

function removeSheet(wb: XLSX.WorkBook, name: string) {
	const i = wb.SheetNames.indexOf(name);
	if (i < 0) return;
	wb.SheetNames.splice(i, 1);
	wb.Workbook?.Sheets?.splice(i, 1);
	delete wb.Sheets[name];
}

/** Pure: a package's rows -> .xlsx bytes. */
export function packageToXlsx(data: Dataset, identity: PackageIdentity, info: ExportInfo, names: PackageNames): Uint8Array {
	const built = buildDatasetWorkbook(data, info);
	const { wb } = built;
	let patches = built.patches;
	// Province-level tables are not sent: their sheets go.
	for (const t of PACKAGE_EXCLUDED as TableName[]) {
		const name = tvi(schemas[t].title);
		removeSheet(wb, name);
		patches = patches.filter((p) => p.name !== name);
	}
	// The identity in the meta row of "_goc" (read back by read.ts into `info.package`).
	const base = wb.Sheets[tvi('excel.sheet.base')];
	const meta = (base['!data'] as XLSX.CellObject[][])[1];
	meta[3] = { t: 's', v: JSON.stringify({ ...JSON.parse(String(meta[3].v)), package: identity }) };
	// "Hướng dẫn" first: what the district sees on opening the file.
	const guideName = tvi('collect.sheet.guide');
	const ws = XLSX.utils.aoa_to_sheet(guideRows(identity, names));
	ws['!cols'] = [{ wch: 34 }, { wch: 60 }];
	const merges: XLSX.Range[] = [];
	for (const r of [0, 1, 3, 12, 13, 14, 15, 16, 17]) merges.push({ s: { r, c: 0 }, e: { r, c: 1 } });
	ws['!merges'] = merges;
	ws['!rows'] = guideRows(identity, names).map((row, r) => (r >= 13 ? { hpt: Math.ceil(String(row[0]).length / 90) * 16 + 4 } : {}));
	XLSX.utils.book_append_sheet(wb, ws, guideName);
	wb.SheetNames.unshift(wb.SheetNames.pop()!);
	wb.Workbook ??= {};
	wb.Workbook.Sheets ??= [];
	while (wb.Workbook.Sheets.length < wb.SheetNames.length) wb.Workbook.Sheets.push({});
	// The guide's entry (visible) moves to the front with it.
	wb.Workbook.Sheets.unshift(wb.Workbook.Sheets.pop()!);
	wb.Workbook.Sheets[0] = {};
	patches = [{ name: guideName, boldHeader: true, wrapColumns: [0, 1], wrapTop: true, print: { titleRows: 0, footer: tvi('excel.print.footer'), portrait: true }, quotePrefix: quotePrefixCells(ws) }, ...patches];
	const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer;
	return patchXlsx(new Uint8Array(out), patches, { errorTitle: tvi('excel.validation.title'), error: tvi('excel.validation.message') });
}

/** Several files in one .zip (SheetJS's own ZIP writer, CFB, which the app already ships). */
export function zipFiles(files: { name: string; bytes: Uint8Array }[]): Uint8Array {
	const zip = XLSX.CFB.utils.cfb_new();
	for (const f of files) XLSX.CFB.utils.cfb_add(zip, f.name, f.bytes);
	// cfb_new adds a placeholder entry ("\u0001Sh33tJ5"); it is not written to a ZIP.
	const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as Uint8Array | number[];
	return out instanceof Uint8Array ? out : new Uint8Array(out);
}
