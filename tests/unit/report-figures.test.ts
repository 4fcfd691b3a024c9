// The report's figures, checked by hand against the plan (seeds/plan.txt, sections II.1-5) and
// against figures entered for the test: missing stays missing (null with its reason), never 0.
import { describe, it, expect } from 'vitest';
import { seedData } from '../../seeds/index';
import { withOverlays, type Dataset } from '../../src/lib/schema';
import { reportFigures, districtResults, byPeriodEnd, sumFigures, fig, missing, type ReportFigures, type ReportRow } from '../../src/lib/report/figures';
import { diffFigures, documentHead, makeSnapshot, parseSnapshot, DEFAULT_SETTINGS, normaliseSettings, reportNumber } from '../../src/lib/report/document';

const data = (): Dataset => withOverlays(structuredClone(seedData) as Dataset);
const table = (f: ReportFigures, key: string) => f.tables.find((t) => t.key === key)!;
const row = (f: ReportFigures, key: string, rowKey: string): ReportRow => table(f, key).rows.find((r) => r.key === rowKey)!;
const values = (r: ReportRow) => r.cells.map((c) => (c ? c.value : ''));
const DAI_LOC = '506';
const QUE_SON = '509';

describe('report figures: commune targets (II.1-3)', () => {
	const f = reportFigures(data(), 'province', '2025-h1')!;
	it('plans the plan’s NTM communes of 2024 per district (II.1.a: 6 dossiers + 8 to reach = 14)', () => {
		// Columns: 2024 planned / submitted / recognised, 2025 planned / submitted / recognised.
		expect(values(row(f, 'communeTargets', 'level:ntm'))).toEqual([14, 0, 0, 14, 0, 0]);
		// Đại Lộc: Đại Thạnh, Đại Sơn (dossiers), Đại Chánh, Đại Tân (2024); none in 2025.
		expect(values(row(f, 'communeTargets', `level:ntm:${DAI_LOC}`))).toEqual([4, 0, 0, 0, 0, 0]);
		// Quế Sơn: Quế An, Quế Minh, Quế Thuận, Quế Phong (2024); none in 2025 (Quế Lưu is in Hiệp Đức).
		expect(values(row(f, 'communeTargets', `level:ntm:${QUE_SON}`))).toEqual([4, 0, 0, 0, 0, 0]);
		const perDistrict = table(f, 'communeTargets').rows.filter((r) => r.kind === 'item' && r.key.startsWith('level:ntm:'));
		expect(Object.fromEntries(perDistrict.map((r) => [r.label, r.cells[0]!.value]).filter(([, v]) => v))).toEqual({
			'Đại Lộc': 4,
			'Nam Giang': 1,
			'Nông Sơn': 2,
			'Phước Sơn': 2,
			'Quế Sơn': 4,
			'Tiên Phước': 1
		});
	});
	it('groups advanced (II.2: 11 + 17 in 2024, 44 in 2025) and model communes (II.3: 1 + 1 + 5, 19), with the total', () => {
		expect(values(row(f, 'communeTargets', 'level:nang_cao'))).toEqual([28, 0, 0, 44, 0, 0]);
		// Đại Hiệp (to maintain its model level, II.3.a) is recognised kiểu mẫu in the register (2016-2020).
		expect(values(row(f, 'communeTargets', 'level:kieu_mau'))).toEqual([7, 1, 1, 19, 0, 0]);
		expect(values(row(f, 'communeTargets', 'total'))).toEqual([49, 1, 1, 77, 0, 0]);
		// Group rows are the sums of their item rows.
		const t = table(f, 'communeTargets');
		for (const g of t.rows.filter((r) => r.kind === 'group')) {
			const items = t.rows.filter((r) => r.kind === 'item' && r.key.startsWith(g.key + ':'));
			expect(values(g)).toEqual(g.cells.map((_, i) => items.reduce((s, r) => s + (r.cells[i]!.value ?? 0), 0)));
		}
	});
	it('counts a recognition only when its decision falls by the period’s end, and a submitted dossier', () => {
		const d = data();
		const t = d.targets.find((x) => x.planName === 'Đại Thạnh' && x.level === 'ntm')!;
		d.recognitions.push({ ...d.recognitions[0], id: 'cn-test', scope: 'commune', communeId: t.communeId, districtId: t.districtId, level: 'ntm', kind: 'recognised', year: 2024, decisionNo: '1/QĐ', decisionDate: '2024-09-10' });
		d.targets.find((x) => x.planName === 'Đại Sơn' && x.level === 'ntm')!.status = 'submitted';
		const h1 = reportFigures(d, 'province', '2024-h1')!;
		const year = reportFigures(d, 'province', '2024')!;
		expect(values(row(h1, 'communeTargets', `level:ntm:${DAI_LOC}`))).toEqual([4, 1, 0, 0, 0, 0]);
		expect(values(row(year, 'communeTargets', `level:ntm:${DAI_LOC}`))).toEqual([4, 2, 1, 0, 0, 0]);
	});
	it('a district’s report lists its communes', () => {
		const dl = reportFigures(data(), DAI_LOC, '2025-h1')!;
		expect(dl.levelName).toBe('huyện Đại Lộc');
		const items = table(dl, 'communeTargets').rows.filter((r) => r.kind === 'item' && r.key.startsWith('level:ntm:'));
		expect(items.map((r) => r.label).sort()).toEqual(['Đại Chánh', 'Đại Sơn', 'Đại Thạnh', 'Đại Tân'].sort());
		expect(values(row(dl, 'communeTargets', 'level:ntm'))).toEqual([4, 0, 0, 0, 0, 0]);
	});
});

describe('report figures: district targets (II.5)', () => {
	it('lists the plan’s district targets: 6 to reach NTM or complete the task, 2 advanced', () => {
		const f = reportFigures(data(), 'province', '2025-h1')!;
		expect(values(row(f, 'districtTargets', 'dlevel:ntm'))).toEqual(['', 6, 0, 0]);
		expect(values(row(f, 'districtTargets', 'dlevel:nang_cao'))).toEqual(['', 2, 0, 0]);
		const tp = table(f, 'districtTargets').rows.find((r) => r.label.startsWith('Tiên Phước'))!;
		expect(values(tp)).toEqual([2024, 1, 0, 0]);
		expect(tp.note).toContain('10/2024');
	});
});

describe('report figures: registers and results (missing is never 0)', () => {
	it('empty registers and unreported results are missing, with the reason', () => {
		const f = reportFigures(data(), 'province', '2025-h1')!;
		expect(row(f, 'registers', 'poor').cells[0]).toEqual({ value: null, reason: 'register_empty' });
		expect(row(f, 'registers', 'modelsRunning').cells).toEqual([{ value: null, reason: 'register_empty' }, { value: 300 }]);
		expect(row(f, 'results', 'm:kq-hien-dat').cells[0]).toEqual({ value: null, reason: 'not_reported' });
		expect(f.notReported).toHaveLength(18);
	});
	it('sums the districts that reported and names those that did not', () => {
		const d = data();
		const base = { version: 1, updatedAt: '2025-07-01T00:00:00.000Z', notes: '' };
		d.results.push(
			{ ...base, id: 'r1', districtId: DAI_LOC, periodId: '2025-h1', measureId: 'kq-hien-dat', value: 230 },
			{ ...base, id: 'r2', districtId: QUE_SON, periodId: '2025-h1', measureId: 'kq-hien-dat', value: 76.2 },
			{ ...base, id: 'r3', districtId: QUE_SON, periodId: '2025-h1', measureId: 'kq-ngay-cong', value: 0 },
			{ ...base, id: 'r4', districtId: DAI_LOC, periodId: '2024', measureId: 'kq-hien-dat', value: 999 }
		);
		const f = reportFigures(d, 'province', '2025-h1')!;
		const land = row(f, 'results', 'm:kq-hien-dat');
		expect(land.cells).toEqual([{ value: 306.2 }, { value: 2 }]);
		expect(land.note).toBe('2/18 đơn vị đã báo cáo');
		// A reported 0 is a 0; a measure nobody reported stays missing.
		expect(row(f, 'results', 'm:kq-ngay-cong').cells[0]).toEqual({ value: 0 });
		expect(f.notReported.map((x) => x.name)).not.toContain('Đại Lộc');
		expect(f.notReported).toHaveLength(16);
		// Per district, for the collection of returns.
		const dl = districtResults(d, '2025-h1', DAI_LOC);
		expect(dl.get('kq-hien-dat')).toEqual({ value: 230 });
		expect(dl.get('kq-ngay-cong')).toEqual({ value: null, reason: 'not_reported' });
		const dlReport = reportFigures(d, DAI_LOC, '2025-h1')!;
		expect(row(dlReport, 'results', 'm:kq-hien-dat').cells).toEqual([{ value: 230 }, { value: 1 }]);
		expect(dlReport.notReported).toEqual([]);
	});
	it('sums: all missing stays missing; a known part sums what is known', () => {
		expect(sumFigures([missing('not_reported'), missing('not_reported')])).toEqual(missing('not_reported'));
		expect(sumFigures([missing('not_reported'), fig(2), fig(3)])).toEqual(fig(5));
		expect(sumFigures([null, null])).toBeNull();
	});
	it('period ends: a dated decision by its date, an undated one by its year', () => {
		const h1 = { kind: 'h1' as const, year: 2025, endsOn: '2025-06-30' };
		expect(byPeriodEnd(h1, { decisionDate: '2025-06-30', year: 2025 })).toBe(true);
		expect(byPeriodEnd(h1, { decisionDate: '2025-07-01', year: 2025 })).toBe(false);
		expect(byPeriodEnd(h1, { decisionDate: null, year: 2025 })).toBe(false);
		expect(byPeriodEnd({ ...h1, kind: 'year', endsOn: '2025-12-31' }, { decisionDate: null, year: 2025 })).toBe(true);
		expect(byPeriodEnd(h1, { decisionDate: null, year: null })).toBe(true);
	});
	it('unknown period or district: no report', () => {
		expect(reportFigures(data(), 'province', 'nope')).toBeNull();
		expect(reportFigures(data(), '999', '2025-h1')).toBeNull();
	});
});

describe('snapshot and differences', () => {
	it('a snapshot is frozen: later data changes show as differences, not in the snapshot', () => {
		const d = data();
		const f = reportFigures(d, 'province', '2025-h1')!;
		const head = documentHead(DEFAULT_SETTINGS, f, { number: reportNumber(DEFAULT_SETTINGS, 5), date: '2025-07-05' });
		expect(head.number).toBe('05/BC-CCB');
		expect(head.placeDate).toBe('Quảng Nam, ngày 05 tháng 7 năm 2025');
		expect(head.subject).toContain('6 tháng đầu năm 2025');
		const text = JSON.stringify(makeSnapshot(f, head));
		d.targets.find((x) => x.planName === 'Đại Sơn' && x.level === 'ntm')!.status = 'submitted';
		const now = reportFigures(d, 'province', '2025-h1')!;
		const snap = parseSnapshot(text)!;
		expect(values(snap.figures.tables[0].rows.find((r) => r.key === `level:ntm:${DAI_LOC}`)!)).toEqual([4, 0, 0, 0, 0, 0]);
		const diff = diffFigures(snap.figures, now);
		expect(diff.map((x) => [x.row.replace(/^\d+\. /, ''), x.column, x.reported?.value, x.now?.value])).toEqual([
			['I. Xã đạt chuẩn nông thôn mới (mục II.1)', 'Đã trình hồ sơ 2024', 0, 1],
			['Đại Lộc', 'Đã trình hồ sơ 2024', 0, 1],
			['Tổng cộng', 'Đã trình hồ sơ 2024', 1, 2]
		]);
		expect(diffFigures(snap.figures, f)).toEqual([]);
	});
	it('a damaged snapshot is refused; settings from storage take defaults where wrong', () => {
		expect(parseSnapshot('{')).toBeNull();
		expect(parseSnapshot('{"format":2}')).toBeNull();
		const s = normaliseSettings({ provinceBody: 'X', nationalName: 'yes', provinceRecipients: ['a', 3, ''] });
		expect(s.provinceBody).toBe('X');
		expect(s.nationalName).toBe(true);
		expect(s.provinceRecipients).toEqual(['a', '3']);
		expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
	});
	it('a district’s document: its association and place', () => {
		const f = reportFigures(data(), DAI_LOC, '2024')!;
		const head = documentHead(DEFAULT_SETTINGS, f, { number: '01/BC-CCB', date: '2024-12-20', districtName: 'Đại Lộc' });
		expect(head.body).toBe('HỘI CỰU CHIẾN BINH HUYỆN ĐẠI LỘC');
		expect(head.parentBody).toBe('HỘI CCB TỈNH QUẢNG NAM');
		expect(head.placeDate).toBe('Đại Lộc, ngày 20 tháng 12 năm 2024');
		expect(head.subject).toContain('năm 2024 của huyện Đại Lộc');
		expect(head.recipients[0]).toBe('Ủy ban MTTQVN huyện Đại Lộc;');
	});
});
