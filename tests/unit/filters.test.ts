import { describe, it, expect } from 'vitest';
import {
	readTargetFilter,
	readCommuneFilter,
	filterToQuery,
	emptyTargetFilter,
	emptyCommuneFilter,
	targetPasses,
	communePasses,
	criteriaGroupOf,
	inCriteria,
	type TargetFilter,
	type CommuneFilter,
	type CommunePlan
} from '$lib/domain/filters';
import { fold } from '$lib/domain/text';
import type { Commune } from '$lib/domain/records';
import { seedData } from '$seeds/index';

const { targets } = seedData;
// The communes of the plan's map (2024), as the plan's views show them.
const communes = seedData.communes.filter((c) => !c.validFrom);

const tf = (over: Partial<TargetFilter>): TargetFilter => ({ ...emptyTargetFilter(), ...over });
const cf = (over: Partial<CommuneFilter>): CommuneFilter => ({ ...emptyCommuneFilter(), ...over });
const countTargets = (f: TargetFilter) => targets.filter((t) => targetPasses(t, f, '', '')).length;

const plans = new Map<string, CommunePlan>();
for (const t of targets) {
	const list = plans.get(t.communeId) ?? [];
	list.push({ year: t.year, level: t.level });
	plans.set(t.communeId, list);
}
const passingCommunes = (f: CommuneFilter) =>
	communes.filter((c) => communePasses(c, f, '', '', plans.get(c.id) ?? []));

describe('URL round trip', () => {
	it('reads and writes a target filter', () => {
		const f = tf({ year: ['2024', '2025'], level: ['nang_cao'], district: ['506'], status: ['submitted', 'recognised'], q: 'dai loc' });
		const q = filterToQuery(f);
		expect(q.startsWith('?')).toBe(true);
		expect(readTargetFilter(new URLSearchParams(q))).toEqual(f);
		// fixed key order, empty keys left out, the search text last
		const keys = [...new URLSearchParams(q).keys()];
		expect(keys).toEqual(['year', 'level', 'district', 'status', 'q']);
		expect(new URLSearchParams(q).get('status')).toBe('submitted,recognised');
	});

	it('reads and writes a commune filter', () => {
		const f = cf({ district: ['502'], kind: ['xa'], level: ['none'], criteria: ['lt15', 'unknown'], programme: ['1'], year: ['2025'], target: ['kieu_mau'], q: 'tam' });
		expect(readCommuneFilter(new URLSearchParams(filterToQuery(f)))).toEqual(f);
	});

	it('writes nothing for an empty filter, and reads an empty query as empty', () => {
		expect(filterToQuery(emptyTargetFilter())).toBe('');
		expect(filterToQuery(tf({ q: '   ' }))).toBe('');
		expect(filterToQuery(emptyCommuneFilter())).toBe('');
		expect(readTargetFilter(new URLSearchParams(''))).toEqual(emptyTargetFilter());
		expect(readCommuneFilter(new URLSearchParams(''))).toEqual(emptyCommuneFilter());
	});

	it('trims list items and drops empty ones, keeps accents and spaces in q', () => {
		const f = readTargetFilter(new URLSearchParams('year=2024,%202025,,&q=%C4%90%E1%BA%A1i%20L%E1%BB%99c'));
		expect(f.year).toEqual(['2024', '2025']);
		expect(f.q).toBe('Đại Lộc');
		expect(readTargetFilter(new URLSearchParams(filterToQuery(f)))).toEqual(f);
	});
});

describe('targetPasses on the seed targets', () => {
	it('gives the plan counts', () => {
		expect(countTargets(emptyTargetFilter())).toBe(targets.length);
		expect(countTargets(tf({ year: ['2025'], level: ['nang_cao'] }))).toBe(44);
		expect(countTargets(tf({ year: ['2024'], level: ['ntm'] }))).toBe(14);
		expect(countTargets(tf({ level: ['kieu_mau'] }))).toBe(26);
		expect(countTargets(tf({ district: ['506'] }))).toBe(15);
	});

	it('treats values within a key as "or" and keys as "and"', () => {
		const ntm = countTargets(tf({ level: ['ntm'] }));
		const nc = countTargets(tf({ level: ['nang_cao'] }));
		expect(countTargets(tf({ level: ['ntm', 'nang_cao'] }))).toBe(ntm + nc);
		expect(countTargets(tf({ level: ['ntm', 'nang_cao', 'kieu_mau'] }))).toBe(targets.length);
		expect(countTargets(tf({ year: ['2024', '2025'] }))).toBe(targets.length);
		expect(countTargets(tf({ level: ['kieu_mau'], action: ['maintain'] }))).toBe(1);
		expect(countTargets(tf({ level: ['kieu_mau'], year: ['2024'], action: ['submit_dossier', 'maintain'] }))).toBe(2);
		expect(countTargets(tf({ status: ['recognised'] }))).toBe(0);
		expect(countTargets(tf({ year: ['2023'] }))).toBe(0);
		const sub = countTargets(tf({ action: ['submit_dossier'] }));
		expect(sub).toBe(6 + 11 + 1);
		expect(countTargets(tf({ status: ['in_progress'] }))).toBe(sub + 1);
	});

	it('filters by commune and district', () => {
		const tamThanh = tf({ commune: ['20359'] });
		expect(countTargets(tamThanh)).toBe(2);
		expect(countTargets({ ...tamThanh, district: ['506'] })).toBe(0);
		expect(countTargets({ ...tamThanh, district: ['502'] })).toBe(2);
		const byDistrict = new Map<string, number>();
		for (const d of seedData.districts) byDistrict.set(d.id, countTargets(tf({ district: [d.id] })));
		expect([...byDistrict.values()].reduce((a, b) => a + b, 0)).toBe(targets.length);
	});

	it('matches the folded search text', () => {
		const t = targets.find((x) => x.id === '2024-ntm-20527')!;
		const text = fold('Đại Lộc | Đại Thạnh | NTM');
		expect(targetPasses(t, emptyTargetFilter(), text, fold('DAI THANH'))).toBe(true);
		expect(targetPasses(t, emptyTargetFilter(), text, fold('Duy Phú'))).toBe(false);
		expect(targetPasses(t, emptyTargetFilter(), text, '')).toBe(true);
		expect(targetPasses(t, tf({ year: ['2025'] }), text, fold('Đại Thạnh'))).toBe(false);
	});
});

describe('criteria groups', () => {
	it('groups numbers of criteria met', () => {
		expect([19, 18, 15, 14, 10, 9, 5, 4, 0, null].map(criteriaGroupOf)).toEqual([
			'19', '15-18', '15-18', '10-14', '10-14', '5-9', '5-9', 'lt5', 'lt5', 'unknown'
		]);
		expect(inCriteria(14, ['lt15'])).toBe(true);
		expect(inCriteria(3, ['lt15'])).toBe(true);
		expect(inCriteria(15, ['lt15'])).toBe(false);
		expect(inCriteria(null, ['lt15'])).toBe(false);
		expect(inCriteria(null, ['unknown'])).toBe(true);
		expect(inCriteria(19, ['19', 'lt5'])).toBe(true);
		expect(inCriteria(12, [])).toBe(true);
	});
});

describe('communePasses', () => {
	const base = communes.find((c) => c.id === '20605')!; // Duy Phú, xã in the programme
	const withCriteria = (n: number | null): Commune => ({ ...base, criteriaMet: n });

	it('applies criteria groups', () => {
		const f = cf({ criteria: ['15-18'] });
		expect(communePasses(withCriteria(16), f, '', '')).toBe(true);
		expect(communePasses(withCriteria(19), f, '', '')).toBe(false);
		expect(communePasses(withCriteria(null), f, '', '')).toBe(false);
		expect(communePasses(withCriteria(19), cf({ criteria: ['19', '15-18'] }), '', '')).toBe(true);
		expect(communePasses(withCriteria(4), cf({ criteria: ['lt15'] }), '', '')).toBe(true);
		expect(communePasses(withCriteria(null), cf({ criteria: ['unknown'] }), '', '')).toBe(true);
		// all seed communes lack a count
		expect(passingCommunes(cf({ criteria: ['unknown'] }))).toHaveLength(communes.length);
	});

	it('applies the programme flag together with other keys', () => {
		expect(passingCommunes(cf({ programme: ['1'] }))).toHaveLength(196);
		expect(passingCommunes(cf({ programme: ['1'], kind: ['phuong'] }))).toHaveLength(0);
		expect(communePasses({ ...base, inProgramme: false }, cf({ programme: ['1'] }), '', '')).toBe(false);
		expect(communePasses({ ...base, inProgramme: false }, cf({}), '', '')).toBe(true);
		const prog506 = communes.filter((c) => c.inProgramme && c.districtId === '506').length;
		expect(prog506).toBeGreaterThan(0);
		expect(passingCommunes(cf({ programme: ['1'], district: ['506'] }))).toHaveLength(prog506);
		const f = cf({ programme: ['1'], criteria: ['15-18'] });
		expect(communePasses(withCriteria(17), f, '', '')).toBe(true);
		expect(communePasses({ ...withCriteria(17), inProgramme: false }, f, '', '')).toBe(false);
	});

	it('filters recognised level, with "none" for not recognised', () => {
		const none = passingCommunes(cf({ level: ['none'] }));
		expect(none.every((c) => c.recognisedLevel === null)).toBe(true);
		const any = passingCommunes(cf({ level: ['ntm', 'nang_cao', 'kieu_mau'] }));
		expect(none.length + any.length).toBe(communes.length);
	});

	it('applies the year and target-level (plan) filter on the same target', () => {
		const ids = (l: Commune[]) => new Set(l.map((c) => c.id));
		const want = (pred: (t: (typeof targets)[number]) => boolean) =>
			new Set(targets.filter(pred).map((t) => t.communeId));

		const nc2025 = passingCommunes(cf({ year: ['2025'], target: ['nang_cao'] }));
		expect(nc2025).toHaveLength(44);
		expect(ids(nc2025)).toEqual(want((t) => t.year === 2025 && t.level === 'nang_cao'));

		expect(ids(passingCommunes(cf({ target: ['kieu_mau'] })))).toEqual(want((t) => t.level === 'kieu_mau'));
		expect(ids(passingCommunes(cf({ year: ['2024'] })))).toEqual(want((t) => t.year === 2024));
		expect(passingCommunes(cf({ year: ['2024'], target: ['ntm'] }))).toHaveLength(14);

		// Tam Thanh (Tam Kỳ): nâng cao in 2024, kiểu mẫu in 2025 -- not "nâng cao in 2025".
		const tamThanh = communes.find((c) => c.id === '20359')!;
		const plan = plans.get('20359')!;
		expect(communePasses(tamThanh, cf({ year: ['2025'], target: ['nang_cao'] }), '', '', plan)).toBe(false);
		expect(communePasses(tamThanh, cf({ year: ['2025'], target: ['kieu_mau'] }), '', '', plan)).toBe(true);
		expect(communePasses(tamThanh, cf({ year: ['2024'], target: ['nang_cao'] }), '', '', plan)).toBe(true);

		// without a plan a commune passes only when no plan filter is set
		expect(communePasses(base, cf({ year: ['2025'] }), '', '', [])).toBe(false);
		expect(communePasses(base, cf({}), '', '', [])).toBe(true);

		// combined with the district
		expect(passingCommunes(cf({ year: ['2025'], target: ['nang_cao'], district: ['506'] })).every((c) => c.districtId === '506')).toBe(true);
	});

	it('matches the folded search text', () => {
		expect(communePasses(base, cf({}), fold('Duy Phú | Duy Xuyên'), fold('duy xuyen'))).toBe(true);
		expect(communePasses(base, cf({}), fold('Duy Phú | Duy Xuyên'), fold('Đại Lộc'))).toBe(false);
	});
});
