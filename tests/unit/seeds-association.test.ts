// The association's seed catalogues (seeds/campaigns.json, periods.json, result-measures.json) and
// the poor-district flag of seeds/districts.json, checked against the plan (seeds/plan.txt).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import campaigns from '../../seeds/campaigns.json';
import periods from '../../seeds/periods.json';
import measures from '../../seeds/result-measures.json';
import districts from '../../seeds/districts.json';
import { CAMPAIGN_KINDS, MEASURE_GROUPS, PERIOD_KINDS } from '../../src/lib/domain/association';

const planText = readFileSync(fileURLToPath(new URL('../../seeds/plan.txt', import.meta.url)), 'utf8').normalize('NFC');

/** Typos of the plan fixed in campaign names and notes (seeds/builders/campaigns.mjs): [plan, fixed]. */
const TYPO_FIXES: [string, string][] = [
	['Tuyền đường', 'Tuyến đường'],
	['làm giảu', 'làm giàu']
];

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

describe('campaigns (III.1, III.3, III.6, IV.1)', () => {
	it('has unique ids and names', () => {
		expect(campaigns.length).toBeGreaterThanOrEqual(20);
		expect(new Set(campaigns.map((c) => c.id)).size).toBe(campaigns.length);
		expect(new Set(campaigns.map((c) => lower(c.name))).size).toBe(campaigns.length);
		for (const c of campaigns) expect(c.id).toMatch(/^cd-[a-z0-9-]+$/);
	});

	it('takes every name from the plan (with diacritics, ignoring case and the listed typo fixes)', () => {
		let text = planText;
		for (const [typo, fixed] of TYPO_FIXES) {
			expect(planText, typo).toContain(typo);
			text = text.replaceAll(typo, fixed);
		}
		text = lower(text);
		for (const c of campaigns) expect(text, c.name).toContain(lower(c.name));
	});

	it('uses valid kinds and sections, with the record fields only', () => {
		for (const c of campaigns) {
			expect(CAMPAIGN_KINDS).toContain(c.kind);
			expect(['III.1', 'III.3', 'III.6', 'IV.1']).toContain(c.planSection);
			expect(Object.keys(c)).toEqual(['id', 'version', 'updatedAt', 'name', 'kind', 'planSection', 'notes']);
		}
	});

	it('classifies the entries the plan labels', () => {
		const kind = (name: string) => campaigns.find((c) => c.name === name)?.kind;
		expect(kind('Toàn dân đoàn kết xây dựng NTM, đô thị văn minh')).toBe('campaign');
		expect(kind('Xây dựng gia đình 5 không, 3 sạch')).toBe('campaign');
		expect(kind('Quảng Nam chung sức xây dựng NTM')).toBe('movement');
		expect(kind('Tuổi cao - gương sáng càng cao')).toBe('movement');
		expect(kind('CCB gương mẫu')).toBe('movement');
		for (const name of [
			'Bên sọt rác nhà ta',
			'Ngôi nhà Xanh đồng hành cùng bạn',
			'Cựu chiến binh chống rác thải nhựa',
			'Đường hoa, đường cờ',
			'Heo đất nghĩa tình',
			'Hũ gạo tiết kiệm',
			'Cựu chiến binh Quảng Nam phân loại chất thải rắn, sinh hoạt tại nguồn',
			'Thôn NTM thông minh',
			'Camera an ninh',
			'Dân vận khéo',
			'Tổ CCB tự quản',
			'Tổ CCB nắm tin',
			'Đoạn đường, phố CCB tự quản, an toàn giao thông'
		])
			expect(kind(name), name).toBe('model');
		expect(campaigns.find((c) => c.id === 'cd-ben-sot-rac-nha-ta')?.name).toBe('Bên sọt rác nhà ta');
	});
});

describe('periods (IV.2)', () => {
	it('has the four periods of 2024-2025 with their dates', () => {
		expect(periods.map((p) => [p.id, p.name, p.year, p.kind, p.startsOn, p.endsOn, p.notes])).toEqual([
			['2024-h1', 'Sơ kết 6 tháng đầu năm 2024', 2024, 'h1', '2024-01-01', '2024-06-30', ''],
			['2024', 'Tổng kết năm 2024', 2024, 'year', '2024-01-01', '2024-12-31', ''],
			['2025-h1', 'Sơ kết 6 tháng đầu năm 2025', 2025, 'h1', '2025-01-01', '2025-06-30', ''],
			['2025', 'Tổng kết năm 2025', 2025, 'year', '2025-01-01', '2025-12-31', '']
		]);
		for (const p of periods) expect(PERIOD_KINDS).toContain(p.kind);
	});
});

describe('result measures', () => {
	it('has unique ids, names and orders, and valid groups', () => {
		expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
		expect(new Set(measures.map((m) => lower(m.name))).size).toBe(measures.length);
		expect(new Set(measures.map((m) => m.order)).size).toBe(measures.length);
		for (const m of measures) {
			expect(m.id).toMatch(/^kq-[a-z0-9-]+$/);
			expect(MEASURE_GROUPS).toContain(m.group);
			expect(m.unit).not.toBe('');
			expect(m.source).not.toBe('');
			expect(m.order % 10).toBe(0);
			expect(Object.keys(m)).toEqual(['id', 'version', 'updatedAt', 'name', 'unit', 'group', 'order', 'source', 'notes']);
		}
	});

	it('includes the figures the issue asks for', () => {
		const has = (name: RegExp, unit: string, group: string) =>
			expect(
				measures.some((m) => name.test(m.name) && m.unit === unit && m.group === group),
				`${name} (${unit})`
			).toBe(true);
		has(/^Hiến đất$/, 'm²', 'contribution');
		has(/ngày công/i, 'ngày công', 'contribution');
		has(/tiền, vật tư/i, 'triệu đồng', 'contribution');
		has(/đường giao thông nông thôn/i, 'km', 'contribution');
		has(/^Đường hoa$/, 'km', 'contribution');
		has(/đường cây xanh/i, 'km', 'contribution');
		has(/đường CCB tự quản/, 'tuyến/đoạn', 'organisation');
		has(/^Tổ CCB tự quản$/, 'tổ', 'organisation');
		has(/^Tổ CCB nắm tin$/, 'tổ', 'organisation');
		has(/dư nợ ủy thác.*Ngân hàng CSXH/i, 'tỷ đồng', 'credit');
		has(/hộ vay/i, 'hộ', 'credit');
		has(/lớp tập huấn/i, 'lớp', 'training');
		has(/tập huấn/i, 'lượt người', 'training');
		// other recurring indicators of association reports (report-forms.md 2.2)
		has(/tường rào/i, 'm', 'contribution');
		has(/kênh mương/i, 'km', 'contribution');
		has(/cây xanh/i, 'cây', 'contribution');
		has(/công trình/i, 'công trình', 'contribution');
		has(/^Hộ CCB nghèo giảm$/, 'hộ', 'poverty');
		has(/nhà tạm/i, 'căn', 'welfare');
		has(/Ban chỉ đạo/, 'người', 'organisation');
	});
});

describe('districts: poor districts (II.7, QĐ 353/QĐ-TTg)', () => {
	const POOR = ['Bắc Trà My', 'Nam Giang', 'Nam Trà My', 'Phước Sơn', 'Tây Giang', 'Đông Giang'];

	it('flags exactly the six poor districts, all mountain', () => {
		const poor = districts.filter((d) => d.poorDistrict === true);
		expect(poor.map((d) => d.name).sort()).toEqual([...POOR].sort());
		for (const d of poor) {
			expect(d.region).toBe('mien_nui');
			expect(d.regionSource).toContain('QĐ 353/QĐ-TTg');
		}
		for (const d of districts) expect(typeof d.poorDistrict).toBe('boolean');
	});

	it('gives every district the source of its region', () => {
		for (const d of districts) {
			expect(d.regionSource).toContain('quang-nam-units-2024.csv');
			expect(d.regionSource.includes('QĐ 353/QĐ-TTg')).toBe(d.poorDistrict);
		}
	});

	it('marks every row revised in seed version 2, keeping version 1 and the field order', () => {
		for (const d of districts) {
			expect(d.seedRevised).toBe(2);
			expect(d.version).toBe(1);
			expect(d.updatedAt).toBe('2024-01-25T00:00:00.000Z');
			expect(Object.keys(d)).toEqual([
				'id',
				'version',
				'updatedAt',
				'name',
				'kind',
				'region',
				'poorDistrict',
				'regionSource',
				'note2025',
				'seedRevised'
			]);
		}
	});
});
