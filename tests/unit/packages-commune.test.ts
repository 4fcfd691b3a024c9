// One level down (issue 11, item 4): a district sends each of its communes a package and takes the
// returns in. What a commune's package holds (and leaves out), the commune scope of a return (another
// commune's row refused, naming both), the three-way merge against what was sent, the board's record
// written with the import, and the board of a district's communes.
import { describe, it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import { buildPreview } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { undo } from '../../src/lib/db/write';
import { schemas, TABLE_NAMES, type TableName } from '../../src/lib/schema';
import { tvi } from '../../src/lib/i18n/translate';
import '../../src/lib/i18n/collect-texts';
import { communePackageDataset, COMMUNE_LEVEL_OUT, hasCommune } from '../../src/lib/packages/contents';
import { makeCommunePackages, makePackages, exportReturn } from '../../src/lib/packages/make';
import { guideRows } from '../../src/lib/packages/workbook';
import { scopeRefusal, unitOfRow } from '../../src/lib/packages/scope';
import { normaliseIdentity } from '../../src/lib/packages/identity';
import { communeBoard, collectionBoard, missingCommunes, boardCounts } from '../../src/lib/packages/board';
import type { PackageRecord } from '../../src/lib/packages/types';
import { cloneSeed, seededDb, parseBytes, addressOf } from './excel-helpers';

const DAI_LOC = '506';
const DAI_THANG = '20542'; // two targets in the plan
const DAI_HOA = '20548';
const DIEN_BAN_COMMUNE = '20575'; // not in Đại Lộc
const PERIOD = '2025-h1';
const TARGETS = tvi(schemas.targets.title);

function appendRow(bytes: Uint8Array, sheet: string, byHeader: Record<string, unknown>): Uint8Array {
	const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
	const ws = wb.Sheets[sheet];
	const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
	const headers = aoa[0] as string[];
	XLSX.utils.sheet_add_aoa(ws, [headers.map((h) => (h in byHeader ? byHeader[h] : null))], { origin: { r: aoa.length, c: 0 } });
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
function setCell(bytes: Uint8Array, sheet: string, addr: string, value: unknown): Uint8Array {
	const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
	XLSX.utils.sheet_add_aoa(wb.Sheets[sheet], [[value]], { origin: addr });
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('a commune’s package', () => {
	it('holds only the commune’s rows, its district’s row and the lists; the tables kept per district stay out', () => {
		const data = cloneSeed();
		const pkg = communePackageDataset(data, DAI_THANG, PERIOD);
		expect(pkg.communes.map((c) => c.id)).toEqual([DAI_THANG]);
		expect(pkg.districts.map((d) => d.id)).toEqual([DAI_LOC]);
		expect(pkg.targets.map((t) => t.communeId)).toEqual([DAI_THANG, DAI_THANG]);
		for (const t of TABLE_NAMES) {
			if (hasCommune(t) && t !== 'communes' && t !== 'packages') for (const r of pkg[t] as { communeId?: string }[]) expect(r.communeId, t).toBe(DAI_THANG);
		}
		expect(pkg.recognitions.length).toBe(data.recognitions.filter((r) => r.communeId === DAI_THANG).length);
		expect(pkg.periods.map((p) => p.id)).toEqual([PERIOD]);
		expect(pkg.campaigns.length).toBe(data.campaigns.length);
		// Kept per district, no commune column: not in a commune's package (the district fills them).
		expect([...COMMUNE_LEVEL_OUT].sort()).toEqual(['commendations', 'districtTargets', 'memberHouseholds', 'results'].sort() as TableName[]);
		for (const t of [...COMMUNE_LEVEL_OUT, 'goals', 'indicators', 'packages'] as TableName[]) expect(pkg[t], t).toEqual([]);
	});

	it('its guide sheet names the commune and its district, and says what the commune level covers', () => {
		const id = { kind: 'out' as const, periodId: PERIOD, districtId: DAI_LOC, communeId: DAI_THANG, madeAt: '2025-07-01T02:00:00.000Z', datasetId: 'dl', deadline: '2025-07-05', returnedBy: '' };
		const rows = guideRows(id, { period: 'Sơ kết 6 tháng đầu năm 2025', district: 'Đại Lộc', commune: 'Đại Thắng' });
		expect(rows[0][0]).toBe('GÓI SỐ LIỆU HUYỆN GỬI ĐẠI THẮNG (ĐẠI LỘC)');
		expect(rows[4][1]).toBe('Huyện gửi xã');
		expect(rows[6][1]).toBe('Đại Thắng (Đại Lộc)');
		expect(rows[9][0]).toBe('Mã dữ liệu của huyện');
		expect(rows[10][0]).toBe(tvi('collect.guide.returnedBy')); // B11, read back as who returned it
		const text = rows.map((r) => r[0]).join('\n');
		for (const t of COMMUNE_LEVEL_OUT) expect(text).toContain(`"${tvi(schemas[t].title)}"`);
		expect(text).toContain('tính theo huyện (không có cột xã)');
		expect(text).toContain('gửi lại cho huyện');
		// An identity from a file keeps its commune; a district's has none.
		expect(normaliseIdentity({ ...id, communeId: ` ${DAI_THANG} ` })?.communeId).toBe(DAI_THANG);
		expect(normaliseIdentity({ ...id, communeId: 7 })).not.toHaveProperty('communeId');
	});
});

describe('the commune scope of a return', () => {
	const names = { district: (d: string) => ({ [DAI_LOC]: 'Đại Lộc' })[d] ?? d, commune: (c: string) => ({ [DAI_THANG]: 'Đại Thắng', [DAI_HOA]: 'Đại Hòa' })[c] ?? c };
	const scope = { districtId: DAI_LOC, districtName: 'Đại Lộc', communeId: DAI_THANG, communeName: 'Đại Thắng' };
	const refuse = (table: TableName, before: Record<string, unknown> | undefined, after: Record<string, unknown>) => scopeRefusal(table, before, after, scope, names, tvi(schemas[table].title));

	it('is the district scope generalised: a row belongs to a commune, to the level above, or to a table not divided by commune', () => {
		expect(unitOfRow('commune', 'targets', { communeId: DAI_THANG })).toBe(DAI_THANG);
		expect(unitOfRow('commune', 'communes', { id: DAI_HOA, districtId: DAI_LOC })).toBe(DAI_HOA);
		expect(unitOfRow('commune', 'recognitions', { communeId: null, districtId: DAI_LOC })).toBe(''); // a district's recognition
		expect(unitOfRow('commune', 'results', { districtId: DAI_LOC })).toBeNull();
		expect(unitOfRow('district', 'results', { districtId: DAI_LOC })).toBe(DAI_LOC);
	});

	it('lets the commune’s rows change and refuses the others, naming them', () => {
		expect(refuse('targets', { id: 't', communeId: DAI_THANG, districtId: DAI_LOC }, { notes: 'x' })).toBeNull();
		expect(refuse('communes', { id: DAI_THANG, districtId: DAI_LOC }, { hamletsTotal: 9 })).toBeNull();
		expect(refuse('models', undefined, { id: 'n', communeId: DAI_THANG, districtId: DAI_LOC })).toBeNull();
		expect(refuse('targets', undefined, { id: 'n', communeId: DAI_HOA, districtId: DAI_LOC })).toEqual({ key: 'collect.err.otherCommune', params: { other: 'Đại Hòa', commune: 'Đại Thắng' } });
		// Moving a row of the commune to another one is refused, and so is taking one over.
		expect(refuse('targets', { id: 't', communeId: DAI_THANG }, { communeId: DAI_HOA })?.params.other).toBe('Đại Hòa');
		expect(refuse('targets', { id: 't', communeId: DAI_HOA }, { communeId: DAI_THANG })?.params.other).toBe('Đại Hòa');
		expect(refuse('communes', { id: DAI_HOA }, { notes: 'x' })?.key).toBe('collect.err.otherCommune');
		expect(refuse('recognitions', { id: 'r', communeId: null, districtId: DAI_LOC }, { notes: 'x' })).toEqual({ key: 'collect.err.districtRow', params: { commune: 'Đại Thắng', district: 'Đại Lộc' } });
		expect(refuse('results', undefined, { id: 'n', districtId: DAI_LOC, value: 3 })).toEqual({ key: 'collect.err.districtTable', params: { table: tvi(schemas.results.title), commune: 'Đại Thắng', district: 'Đại Lộc' } });
		expect(refuse('districts', { id: DAI_LOC }, { notes: 'x' })?.key).toBe('collect.err.districtTable');
		expect(refuse('periods', { id: PERIOD }, { name: 'x' })?.key).toBe('collect.err.sharedTableCommune');
	});
});

describe('a commune’s package out and back', () => {
	it('the return changes only Đại Thắng, refuses Đại Hòa’s row by sheet, row and name, and marks the communes’ board', async () => {
		const db = await seededDb();
		const now = new Date('2025-07-01T02:00:00Z');
		// The province's own package to Đại Lộc is untouched by the district's packages to its communes.
		await makePackages(db, { periodId: PERIOD, districtIds: [DAI_LOC], deadline: '2025-07-10', now });
		const files = await makeCommunePackages(db, { periodId: PERIOD, districtId: DAI_LOC, communeIds: [DAI_THANG, DAI_HOA], deadline: '2025-07-05', now });
		expect(files.map((f) => f.fileName)).toEqual([`goi_dai-loc_dai-thang_${PERIOD}.xlsx`, `goi_dai-loc_dai-hoa_${PERIOD}.xlsx`]);
		const sent = (await db.table_('packages').toArray()) as PackageRecord[];
		expect(sent.map((p) => [p.id, p.communeId ?? null, p.deadline])).toEqual([
			[`goi-${PERIOD}-${DAI_LOC}-${DAI_THANG}-sent`, DAI_THANG, '2025-07-05'],
			[`goi-${PERIOD}-${DAI_LOC}-${DAI_HOA}-sent`, DAI_HOA, '2025-07-05'],
			[`goi-${PERIOD}-${DAI_LOC}-sent`, null, '2025-07-10']
		]);
		// A commune not of the district is refused before anything is made.
		await expect(makeCommunePackages(db, { periodId: PERIOD, districtId: DAI_LOC, communeIds: [DIEN_BAN_COMMUNE], deadline: null })).rejects.toThrow();

		const wb = XLSX.read(files[0].bytes, { type: 'array' });
		expect(wb.SheetNames[0]).toBe('Hướng dẫn');
		expect(wb.SheetNames).not.toContain(tvi(schemas.results.title));
		const target = cloneSeed().targets.find((t) => t.communeId === DAI_THANG)!;
		let bytes = setCell(files[0].bytes, TARGETS, addressOf(files[0].bytes, TARGETS, target.id, tvi('col.notes')), 'xã đã rà soát');
		bytes = appendRow(bytes, TARGETS, { [tvi('col.commune')]: 'Đại Hòa', [tvi('col.level')]: 'NTM nâng cao', [tvi('col.year')]: 2025, [tvi('col.action')]: 'Phấn đấu đạt chuẩn', [tvi('col.status')]: 'Chưa thực hiện' });
		bytes = setCell(bytes, 'Hướng dẫn', 'B11', 'Phạm Văn D');
		const parsed = parseBytes(bytes, files[0].fileName);
		expect(parsed.info?.package).toMatchObject({ kind: 'out', districtId: DAI_LOC, communeId: DAI_THANG });
		const preview = await buildPreview(db, parsed);
		const refused = preview.rows.filter((r) => r.status === 'error');
		expect(refused).toHaveLength(1);
		const lastRow = XLSX.utils.decode_range(XLSX.read(bytes, { type: 'array' }).Sheets[TARGETS]['!ref']!).e.r + 1;
		expect(refused[0].issues[0].message).toBe(
			`Trang "${TARGETS}", dòng ${lastRow}: dòng này thuộc Đại Hòa, không thuộc Đại Thắng; bản trả về của Đại Thắng chỉ được sửa dữ liệu của Đại Thắng. Dòng này không được nhập.`
		);
		expect(preview.issues.some((i) => i.message.startsWith('Đây là bản trả về của Đại Thắng (Đại Lộc)'))).toBe(true);
		expect(preview.rows.filter((r) => r.status === 'changed' && r.table === 'targets').map((r) => r.id)).toEqual([target.id]);
		const board = preview.rows.find((r) => r.table === 'packages')!;
		expect(board).toMatchObject({ status: 'changed', id: `goi-${PERIOD}-${DAI_LOC}-${DAI_THANG}-sent` });
		const summary = await applyPreview(db, preview);
		expect(summary.skipped).toBe(1);
		expect(((await db.table_('targets').get(target.id)) as { notes: string }).notes).toBe('xã đã rà soát');
		expect((await db.table_('targets').toArray()).filter((t) => (t as { communeId: string }).communeId === DAI_HOA)).toHaveLength(1); // still only the plan's one

		const records = (await db.table_('packages').toArray()) as PackageRecord[];
		const rows = communeBoard({ periodId: PERIOD, districtId: DAI_LOC, communeIds: [DAI_THANG, DAI_HOA, '20500'], packages: records, deadline: '2025-07-05', today: '2025-07-06' });
		expect(rows.map((r) => [r.communeId, r.status])).toEqual([
			[DAI_THANG, 'applied'],
			[DAI_HOA, 'overdue'],
			['20500', 'notSent']
		]);
		expect(rows[0].record).toMatchObject({ returnedBy: 'Phạm Văn D', fileName: files[0].fileName });
		expect(rows[0].record?.appliedAt).not.toBeNull();
		expect(missingCommunes(rows)).toEqual([DAI_HOA]);
		expect(boardCounts(rows)).toMatchObject({ applied: 1, overdue: 1, notSent: 1 });
		// The province's board of districts does not count the communes' records.
		const districts = collectionBoard({ periodId: PERIOD, districtIds: [DAI_LOC], packages: records, results: [], measureIds: [], deadline: null, today: '2025-07-06' });
		expect(districts[0]).toMatchObject({ status: 'waiting', record: { id: `goi-${PERIOD}-${DAI_LOC}-sent` } });

		// One undo step takes back the commune's edit and the board's record together.
		await undo(db);
		expect(((await db.table_('targets').get(target.id)) as { notes: string }).notes).toBe(target.notes);
		expect(((await db.table_('packages').get(rows[0].record!.id)) as PackageRecord).appliedAt).toBeNull();
	});

	it('merges three ways against what was sent to the commune: the district’s later edit and the commune’s meet as a conflict', async () => {
		const db = await seededDb();
		const [file] = await makeCommunePackages(db, { periodId: PERIOD, districtId: DAI_LOC, communeIds: [DAI_THANG], deadline: null });
		const target = cloneSeed().targets.find((t) => t.communeId === DAI_THANG)!;
		await db.table_('targets').update(target.id, { notes: 'huyện sửa', version: target.version + 1 });
		const bytes = setCell(file.bytes, TARGETS, addressOf(file.bytes, TARGETS, target.id, tvi('col.notes')), 'xã sửa');
		const preview = await buildPreview(db, parseBytes(bytes, file.fileName));
		const row = preview.rows.find((r) => r.id === target.id)!;
		expect(row.status).toBe('conflict');
		expect(row.conflicts.map((c) => [c.baseText, c.mineText, c.theirsText])).toEqual([[target.notes, 'huyện sửa', 'xã sửa']]);
	});

	it('a commune’s copy takes the district’s package, records it received, and its return merges at the district', async () => {
		const district = await seededDb();
		const [file] = await makeCommunePackages(district, { periodId: PERIOD, districtId: DAI_LOC, communeIds: [DAI_THANG], deadline: '2025-07-05' });
		const commune = await seededDb();
		await commune.meta.put({ key: 'datasetId', value: 'commune-copy' });
		const got = await buildPreview(commune, parseBytes(file.bytes, file.fileName));
		expect(got.errorCount).toBe(0);
		expect(got.issues.some((i) => i.message.startsWith('Đây là gói huyện gửi Đại Thắng (Đại Lộc)'))).toBe(true);
		await applyPreview(commune, got);
		const received = ((await commune.table_('packages').toArray()) as PackageRecord[]).find((p) => p.role === 'received')!;
		expect(received).toMatchObject({ districtId: DAI_LOC, communeId: DAI_THANG, deadline: '2025-07-05', sourceDataset: 'test-dataset' });
		const target = cloneSeed().targets.find((t) => t.communeId === DAI_THANG)!;
		await commune.table_('targets').update(target.id, { criteriaMet: 18, version: target.version + 1 });
		const ret = await exportReturn(commune, { periodId: PERIOD, districtId: DAI_LOC, communeId: DAI_THANG, returnedBy: 'Võ Thị E' });
		expect(ret.fileName).toBe(`tra-ve_dai-loc_dai-thang_${PERIOD}.xlsx`);
		const parsed = parseBytes(ret.bytes, ret.fileName);
		expect(parsed.info?.package).toMatchObject({ kind: 'return', districtId: DAI_LOC, communeId: DAI_THANG, datasetId: 'test-dataset', returnedBy: 'Võ Thị E' });
		expect(XLSX.read(ret.bytes, { type: 'array' }).SheetNames).not.toContain(tvi(schemas.results.title));
		const back = await buildPreview(district, parsed);
		expect(back.errorCount).toBe(0);
		expect(back.rows.find((r) => r.id === target.id)?.changes.map((c) => [c.key, c.new])).toEqual([['criteriaMet', 18]]);
		await applyPreview(district, back);
		const rec = ((await district.table_('packages').toArray()) as PackageRecord[]).find((p) => p.communeId === DAI_THANG)!;
		expect(rec).toMatchObject({ role: 'sent', returnedBy: 'Võ Thị E', returnedAt: parsed.info?.package?.madeAt });
	});
});
