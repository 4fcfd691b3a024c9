// District packages out and back: what a package holds, its workbook (guide sheet, identity), the
// scope of a return (another district's rows refused, naming them), the three-way merge against
// what was sent, and the board's record written with the import.
import { describe, it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import { buildPreview } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { undo } from '../../src/lib/db/write';
import { schemas, TABLE_NAMES } from '../../src/lib/schema';
import { tvi } from '../../src/lib/i18n/translate';
import { packageDataset, emptyResultId } from '../../src/lib/packages/contents';
import { makePackages, exportReturn } from '../../src/lib/packages/make';
import { packageToXlsx } from '../../src/lib/packages/workbook';
import { scopeRefusal } from '../../src/lib/packages/scope';
import { defaultDeadline, normaliseIdentity } from '../../src/lib/packages/identity';
import type { PackageRecord } from '../../src/lib/packages/types';
import { cloneSeed, seededDb, parseBytes, addressOf, INFO } from './excel-helpers';

const DAI_LOC = '506';
const DUY_XUYEN = '508';
const PERIOD = '2025-h1';
const RESULTS = tvi(schemas.results.title);
const TARGETS = tvi(schemas.targets.title);

/** Add a row at the end of a sheet, by header text (as a planner would type it in Excel). */
function appendRow(bytes: Uint8Array, sheet: string, byHeader: Record<string, unknown>): Uint8Array {
	const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
	const ws = wb.Sheets[sheet];
	const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
	const headers = aoa[0] as string[];
	const row = headers.map((h) => (h in byHeader ? byHeader[h] : null));
	XLSX.utils.sheet_add_aoa(ws, [row], { origin: { r: aoa.length, c: 0 } });
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
function setCell(bytes: Uint8Array, sheet: string, addr: string, value: unknown): Uint8Array {
	const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
	XLSX.utils.sheet_add_aoa(wb.Sheets[sheet], [[value]], { origin: addr });
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('package contents', () => {
	it('holds only the district’s rows, the period and an empty result row for every measure', () => {
		const data = cloneSeed();
		const pkg = packageDataset(data, DAI_LOC, PERIOD, '2025-07-01T00:00:00.000Z');
		expect(pkg.districts.map((d) => d.id)).toEqual([DAI_LOC]);
		expect(pkg.communes.length).toBe(data.communes.filter((c) => c.districtId === DAI_LOC).length);
		expect(pkg.communes.length).toBeGreaterThan(5);
		expect(pkg.targets.length).toBe(data.targets.filter((t) => t.districtId === DAI_LOC).length);
		for (const t of TABLE_NAMES) {
			const cols = schemas[t].columns.map((c) => c.key);
			if (cols.includes('districtId')) for (const r of pkg[t] as { districtId?: string }[]) expect(r.districtId, t).toBe(DAI_LOC);
		}
		expect(pkg.periods.map((p) => p.id)).toEqual([PERIOD]);
		expect(pkg.goals).toEqual([]);
		expect(pkg.indicators).toEqual([]);
		expect(pkg.packages).toEqual([]);
		expect(pkg.resultMeasures.length).toBe(data.resultMeasures.length);
		// One row to fill per measure, empty (missing), never 0.
		expect(pkg.results.length).toBe(data.resultMeasures.length);
		expect(pkg.results.every((r) => r.value === null && r.districtId === DAI_LOC && r.periodId === PERIOD)).toBe(true);
		expect(pkg.results[0].id).toBe(emptyResultId(PERIOD, DAI_LOC, data.resultMeasures[0].id));
	});

	it('keeps a result the district already has instead of an empty one', () => {
		const data = cloneSeed();
		const m = data.resultMeasures[0].id;
		data.results.push({ id: 'r-x', version: 3, updatedAt: '', districtId: DAI_LOC, periodId: PERIOD, measureId: m, value: 7, notes: '' });
		const pkg = packageDataset(data, DAI_LOC, PERIOD, '');
		expect(pkg.results.filter((r) => r.measureId === m)).toEqual([expect.objectContaining({ id: 'r-x', value: 7 })]);
		expect(pkg.results.length).toBe(data.resultMeasures.length);
	});

	it('the workbook opens on "Hướng dẫn", carries its identity and leaves out the province’s tables', () => {
		const data = cloneSeed();
		const identity = { kind: 'out' as const, periodId: PERIOD, districtId: DAI_LOC, madeAt: '2025-07-01T02:00:00.000Z', datasetId: 'test-dataset', deadline: '2025-07-10', returnedBy: '' };
		const bytes = packageToXlsx(packageDataset(data, DAI_LOC, PERIOD, identity.madeAt), identity, INFO, { period: 'Sơ kết 6 tháng đầu năm 2025', district: 'Đại Lộc' });
		const wb = XLSX.read(bytes, { type: 'array' });
		expect(wb.SheetNames[0]).toBe('Hướng dẫn');
		expect(wb.SheetNames).not.toContain(tvi(schemas.goals.title));
		expect(wb.SheetNames).not.toContain(tvi(schemas.packages.title));
		const guide = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Hướng dẫn'], { header: 1 });
		expect(guide[0][0]).toBe('GÓI SỐ LIỆU GỬI ĐẠI LỘC');
		expect(guide.flat().join(' ')).toContain('không ghi 0');
		const p = parseBytes(bytes, 'goi.xlsx');
		expect(p.info?.package).toEqual(identity);
		// The guide is not read as a table; every data sheet is recognised.
		expect(p.sheets.every((s) => s.table)).toBe(true);
		expect(p.issues).toEqual([]);
		// The name typed beside "Người gửi trả" is read back as who returned it.
		const signed = parseBytes(setCell(bytes, 'Hướng dẫn', 'B11', 'Nguyễn Văn A'), 'goi.xlsx');
		expect(signed.info?.package?.returnedBy).toBe('Nguyễn Văn A');
	});

	it('an identity from a file is normalised; junk is not one', () => {
		expect(normaliseIdentity({ kind: 'x', periodId: 'a', districtId: 'b' })).toBeNull();
		expect(normaliseIdentity('nope')).toBeNull();
		expect(normaliseIdentity({ kind: 'return', periodId: PERIOD, districtId: DAI_LOC, madeAt: 'junk', deadline: '10/07/2025', returnedBy: 5 })).toEqual({
			kind: 'return',
			periodId: PERIOD,
			districtId: DAI_LOC,
			madeAt: '',
			datasetId: '',
			deadline: null,
			returnedBy: ''
		});
		expect(defaultDeadline('2025-06-30')).toBe('2025-07-10');
		expect(defaultDeadline('2025-12-31')).toBe('2026-01-10');
	});
});

describe('scope of a return', () => {
	const name = (d: string) => ({ [DAI_LOC]: 'Đại Lộc', [DUY_XUYEN]: 'Duy Xuyên' })[d] ?? d;
	const scope = { districtId: DAI_LOC, districtName: 'Đại Lộc' };
	it('lets the district’s rows change and refuses others, naming the district', () => {
		expect(scopeRefusal('results', { id: 'a', districtId: DAI_LOC }, { value: 3 }, scope, name, 'Kết quả')).toBeNull();
		expect(scopeRefusal('districts', { id: DAI_LOC }, { notes: 'x' }, scope, name, 'Huyện')).toBeNull();
		expect(scopeRefusal('results', undefined, { id: 'n', districtId: DUY_XUYEN }, scope, name, 'Kết quả')).toEqual({ key: 'collect.err.otherDistrict', params: { other: 'Duy Xuyên', district: 'Đại Lộc' } });
		// Moving a row of the district to another one is refused too, and so is taking one over.
		expect(scopeRefusal('results', { id: 'a', districtId: DAI_LOC }, { districtId: DUY_XUYEN }, scope, name, 'Kết quả')?.params.other).toBe('Duy Xuyên');
		expect(scopeRefusal('results', { id: 'a', districtId: DUY_XUYEN }, { districtId: DAI_LOC }, scope, name, 'Kết quả')?.params.other).toBe('Duy Xuyên');
		expect(scopeRefusal('districts', { id: DUY_XUYEN }, { notes: 'x' }, scope, name, 'Huyện')?.key).toBe('collect.err.otherDistrict');
		expect(scopeRefusal('commendations', { id: 'k', districtId: null }, { notes: 'x' }, scope, name, 'Khen thưởng')?.key).toBe('collect.err.provinceRow');
		expect(scopeRefusal('resultMeasures', { id: 'm' }, { name: 'x' }, scope, name, 'Chỉ tiêu')).toEqual({ key: 'collect.err.sharedTable', params: { table: 'Chỉ tiêu', district: 'Đại Lộc' } });
	});
});

describe('a package out and back', () => {
	it('the return changes only Đại Lộc, refuses Duy Xuyên’s row by sheet, row and name, and marks the board', async () => {
		const db = await seededDb();
		const now = new Date('2025-07-01T02:00:00Z');
		const files = await makePackages(db, { periodId: PERIOD, districtIds: [DAI_LOC, DUY_XUYEN], deadline: '2025-07-10', now });
		expect(files.map((f) => f.fileName)).toEqual([`goi_dai-loc_${PERIOD}.xlsx`, `goi_duy-xuyen_${PERIOD}.xlsx`]);
		const sent = (await db.table_('packages').toArray()) as PackageRecord[];
		expect(sent.map((p) => [p.districtId, p.role, p.sentAt, p.deadline, p.returnedAt])).toEqual([
			[DAI_LOC, 'sent', now.toISOString(), '2025-07-10', null],
			[DUY_XUYEN, 'sent', now.toISOString(), '2025-07-10', null]
		]);
		const measure = cloneSeed().resultMeasures[0];
		let bytes = files[0].bytes;
		const rid = emptyResultId(PERIOD, DAI_LOC, measure.id);
		bytes = setCell(bytes, RESULTS, addressOf(bytes, RESULTS, rid, 'Số liệu'), 12);
		bytes = appendRow(bytes, RESULTS, { Huyện: 'Duy Xuyên', 'Kỳ báo cáo': 'Sơ kết 6 tháng đầu năm 2025', 'Chỉ tiêu': `${measure.name} (${measure.unit})`, 'Số liệu': 99 });
		bytes = setCell(bytes, 'Hướng dẫn', 'B11', 'Trần Thị B');
		const parsed = parseBytes(bytes, files[0].fileName);
		const preview = await buildPreview(db, parsed);
		const refused = preview.rows.filter((r) => r.status === 'error');
		expect(refused).toHaveLength(1);
		const lastRow = XLSX.utils.decode_range(XLSX.read(bytes, { type: 'array' }).Sheets[RESULTS]['!ref']!).e.r + 1;
		expect(refused[0].issues[0].message).toBe(
			`Trang "${RESULTS}", dòng ${lastRow}: dòng này thuộc Duy Xuyên, không thuộc Đại Lộc; bản trả về của Đại Lộc chỉ được sửa dữ liệu của Đại Lộc. Dòng này không được nhập.`
		);
		expect(preview.issues.some((i) => i.message.startsWith('Đây là bản trả về của Đại Lộc'))).toBe(true);
		const added = preview.rows.filter((r) => r.status === 'new');
		expect(added.map((r) => [r.table, r.id])).toEqual([['results', rid]]);
		const board = preview.rows.find((r) => r.table === 'packages')!;
		expect(board.status).toBe('changed');
		const summary = await applyPreview(db, preview);
		expect(summary.skipped).toBe(1);
		const results = await db.table_('results').toArray();
		expect(results.map((r) => [r.districtId, r.measureId, r.value])).toEqual([[DAI_LOC, measure.id, 12]]);
		const after = (await db.table_('packages').get(sent[0].id)) as PackageRecord;
		expect(after.returnedBy).toBe('Trần Thị B');
		expect(after.appliedAt).not.toBeNull();
		expect(after.returnedAt).not.toBeNull();
		expect(after.fileName).toBe(files[0].fileName);
		const other = (await db.table_('packages').get(sent[1].id)) as PackageRecord;
		expect(other.appliedAt).toBeNull();
		// One undo step takes back the figures and the board's record together.
		await undo(db);
		expect(await db.table_('results').count()).toBe(0);
		expect(((await db.table_('packages').get(sent[0].id)) as PackageRecord).appliedAt).toBeNull();
	});

	it('merges three ways against what was sent: the province’s later edit and the district’s meet as a conflict', async () => {
		const db = await seededDb();
		const files = await makePackages(db, { periodId: PERIOD, districtIds: [DAI_LOC], deadline: null });
		const target = cloneSeed().targets.find((t) => t.districtId === DAI_LOC)!;
		// The province edits the target's notes after sending.
		await db.table_('targets').update(target.id, { notes: 'tỉnh sửa', version: target.version + 1 });
		const bytes = setCell(files[0].bytes, TARGETS, addressOf(files[0].bytes, TARGETS, target.id, 'Ghi chú'), 'huyện sửa');
		const preview = await buildPreview(db, parseBytes(bytes, 'goi.xlsx'));
		const row = preview.rows.find((r) => r.id === target.id)!;
		expect(row.status).toBe('conflict');
		expect(row.conflicts.map((c) => [c.baseText, c.mineText, c.theirsText])).toEqual([[target.notes, 'tỉnh sửa', 'huyện sửa']]);
	});

	it('a district’s copy takes the province’s package, records it received, and its return merges at the province', async () => {
		const province = await seededDb();
		const [file] = await makePackages(province, { periodId: PERIOD, districtIds: [DAI_LOC], deadline: '2025-07-10' });
		// The district's own copy of the app: another dataset, with an older note on a target.
		const data = cloneSeed();
		const target = data.targets.find((t) => t.districtId === DAI_LOC)!;
		await province.table_('targets').update(target.id, { notes: 'tỉnh ghi', version: target.version + 1 });
		const [file2] = await makePackages(province, { periodId: PERIOD, districtIds: [DAI_LOC], deadline: '2025-07-10' });
		expect(file2.fileName).toBe(file.fileName);
		const district = await seededDb(data);
		await district.meta.put({ key: 'datasetId', value: 'district-copy' });
		const got = await buildPreview(district, parseBytes(file2.bytes, file2.fileName));
		expect(got.errorCount).toBe(0);
		// The province's values are taken (no base from another dataset keeps the old note).
		expect(got.rows.find((r) => r.id === target.id)?.changes.map((c) => c.newText)).toEqual(['tỉnh ghi']);
		await applyPreview(district, got);
		const received = ((await district.table_('packages').toArray()) as PackageRecord[]).find((p) => p.role === 'received')!;
		expect(received).toMatchObject({ districtId: DAI_LOC, periodId: PERIOD, deadline: '2025-07-10', sourceDataset: 'test-dataset' });
		// The district fills a figure and exports its return.
		const rid = emptyResultId(PERIOD, DAI_LOC, data.resultMeasures[1].id);
		// The package's empty rows were not stored: a figure nobody filled stays absent.
		expect(await district.table_('results').count()).toBe(0);
		await district.table_('results').add({ id: rid, version: 1, updatedAt: '', districtId: DAI_LOC, periodId: PERIOD, measureId: data.resultMeasures[1].id, value: 4, notes: '' });
		const ret = await exportReturn(district, { periodId: PERIOD, districtId: DAI_LOC, returnedBy: 'Lê Văn C' });
		expect(ret.fileName).toBe(`tra-ve_dai-loc_${PERIOD}.xlsx`);
		const parsed = parseBytes(ret.bytes, ret.fileName);
		expect(parsed.info?.package).toMatchObject({ kind: 'return', districtId: DAI_LOC, datasetId: 'test-dataset', returnedBy: 'Lê Văn C' });
		const back = await buildPreview(province, parsed);
		expect(back.errorCount).toBe(0);
		const figure = back.rows.find((r) => r.id === rid);
		expect(figure?.status).toBe('new');
		expect(figure?.record?.value).toBe(4);
		// The target's note is the same on both sides: nothing to merge there.
		expect(back.rows.find((r) => r.id === target.id)).toBeUndefined();
		await applyPreview(province, back);
		const rec = ((await province.table_('packages').toArray()) as PackageRecord[]).find((p) => p.role === 'sent')!;
		expect(rec.returnedBy).toBe('Lê Văn C');
		expect(rec.returnedAt).toBe(parsed.info?.package?.madeAt);
	});
});
