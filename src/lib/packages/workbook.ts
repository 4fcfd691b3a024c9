// A package as a workbook: the app's usual dataset workbook (one sheet per table, "Thông tin", the
// hidden "_ds" and "_goc" sheets, so the return merges like any exported copy) holding only one
// district's rows (or one commune's), with a first sheet "Hướng dẫn" (what to fill in, who returns
// it; for a commune, what the commune level covers) and the package's identity in the hidden "_goc"
// sheet's meta row. SheetJS, loaded on demand only.
import * as XLSX from 'xlsx';
import { schemas, type Dataset, type TableName } from '$lib/schema';
import { tvi, type DictKey } from '$lib/i18n/translate';
import { buildDatasetWorkbook, localStamp, quotePrefixCells, type ExportInfo } from '$lib/excel/workbook-write';
import { patchXlsx } from '$lib/excel/ooxml-patch';
import { xlsxText } from '$lib/excel/cells';
import '$lib/i18n/excel-texts';
import type { PackageIdentity } from './types';
import { COMMUNE_LEVEL_OUT, PACKAGE_EXCLUDED } from './contents';

export interface PackageNames {
	period: string;
	district: string;
	/** A commune's package: the commune's name. */
	commune?: string;
}

const fmtDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/** The row of the guide where the steps start (after the identity and the steps' title). */
const STEPS_FROM = 13;

/** The rows of the "Hướng dẫn" sheet (pure, for tests too). The identity rows come first and in
 * this order in every package (the "returned by" cell is B11); a commune's package says what the
 * commune level covers among its steps. */
export function guideRows(id: PackageIdentity, names: PackageNames): (string | number)[][] {
	const district = names.district;
	const commune = id.communeId ? names.commune || id.communeId : '';
	const unit = commune ? tvi('collect.communeOf', { commune, district }) : district;
	const title = (out: DictKey, back: DictKey): DictKey => (id.kind === 'out' ? out : back);
	const table = (t: TableName) => tvi(schemas[t].title);
	const steps = commune
		? [
				tvi('collect.guide.c.step1', { tables: ['targets', 'assessments', 'models', 'memberHouses', 'ocopProducts'].map((t) => `"${table(t as TableName)}"`).join(', ') }),
				tvi('collect.guide.c.scope', { commune: unit, tables: COMMUNE_LEVEL_OUT.map((t) => `"${table(t)}"`).join(', ') }),
				tvi('collect.guide.step3'),
				tvi('collect.guide.c.step4', { commune: unit }),
				tvi('collect.guide.c.step5')
			]
		: [
				tvi('collect.guide.step1', { results: table('results'), value: tvi('col.value') }),
				tvi('collect.guide.step2', { district }),
				tvi('collect.guide.step3'),
				tvi('collect.guide.step4', { district }),
				tvi('collect.guide.step5')
			];
	return [
		[tvi(commune ? title('collect.guide.c.titleOut', 'collect.guide.c.titleReturn') : title('collect.guide.titleOut', 'collect.guide.titleReturn'), { district: unit.toLocaleUpperCase('vi') }), ''],
		[tvi(commune ? 'collect.guide.c.subtitle' : 'collect.guide.subtitle', { period: names.period, district }), ''],
		['', ''],
		[tvi('collect.guide.identity'), ''],
		[tvi('collect.guide.kind'), tvi(commune ? title('collect.guide.kindOutCommune', 'collect.guide.kindReturnCommune') : title('collect.guide.kindOut', 'collect.guide.kindReturn'))],
		[tvi('collect.guide.period'), xlsxText(names.period)],
		[tvi('collect.guide.district'), xlsxText(unit)],
		[tvi('collect.guide.madeAt'), id.madeAt ? localStamp(new Date(id.madeAt)) : ''],
		[tvi('collect.guide.deadline'), fmtDate(id.deadline)],
		[tvi(commune ? 'collect.guide.datasetIdDistrict' : 'collect.guide.datasetId'), id.datasetId],
		[tvi('collect.guide.returnedBy'), xlsxText(id.returnedBy)],
		['', ''],
		[tvi('collect.guide.stepsTitle'), ''],
		...steps.map((s) => [s, ''])
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
	// Province-level tables are not sent: their sheets go; nor, in a commune's package, the tables
	// kept per district (the guide says so).
	for (const t of [...PACKAGE_EXCLUDED, ...(identity.communeId ? COMMUNE_LEVEL_OUT : [])] as TableName[]) {
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
	const rows = guideRows(identity, names);
	const ws = XLSX.utils.aoa_to_sheet(rows);
	ws['!cols'] = [{ wch: 34 }, { wch: 60 }];
	// The titles and the steps span both columns.
	const merges: XLSX.Range[] = [];
	rows.forEach((_, r) => (r <= 1 || r === 3 || r >= STEPS_FROM - 1) && merges.push({ s: { r, c: 0 }, e: { r, c: 1 } }));
	ws['!merges'] = merges;
	ws['!rows'] = rows.map((row, r) => (r >= STEPS_FROM ? { hpt: Math.ceil(String(row[0]).length / 90) * 16 + 4 } : {}));
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
