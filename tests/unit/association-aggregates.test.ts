// The association's figures on the dashboard (plan section III.3, III.4 and the province goals of
// II.7), checked against small examples worked out by hand.
import { describe, it, expect } from 'vitest';
import {
	computeAssociation,
	fallStatus,
	goalCommunes,
	householdStatus,
	housesRemaining,
	lowlandStatus,
	modelCoverage,
	modelsAgainstProvinceGoal,
	modelsByCatalogue,
	ocopByStars,
	provinceGoal,
	rateFall,
	type AssociationInput
} from '../../src/lib/domain/association-aggregates';
import type { AssociationModel, Campaign, MemberHouse, MemberHouseholds, OcopProduct } from '../../src/lib/domain/association';
import type { Commune, District, Indicator } from '../../src/lib/domain/records';

const all = { district: [] as string[], year: null as number | null };
const meta = { version: 1, updatedAt: '2024-01-25T00:00:00.000Z' };

function district(id: string, region: District['region'], poorDistrict = false): District {
	return { id, ...meta, name: `Huyện ${id}`, kind: 'huyen', region, poorDistrict, regionSource: '', note2025: '' } as District;
}
function commune(id: string, districtId: string, kind: Commune['kind'] = 'xa', inProgramme = true): Commune {
	return {
		id,
		...meta,
		districtId,
		name: `Xã ${id}`,
		kind,
		region: 'dong_bang',
		inProgramme,
		recognisedLevel: null,
		recognisedYear: null,
		criteriaMet: null,
		hamletsTotal: null,
		modelHamlets: null,
		note2025: '',
		validFrom: null,
		notes: ''
	};
}
let seq = 0;
function model(communeId: string, districtId: string, over: Partial<AssociationModel> = {}): AssociationModel {
	return {
		id: `mh-${++seq}`,
		...meta,
		communeId,
		districtId,
		name: `Mô hình ${seq}`,
		campaignId: null,
		runBy: 'association',
		startedOn: null,
		participants: null,
		state: 'running',
		result: '',
		summary: false,
		notes: '',
		...over
	};
}
function campaign(id: string, name: string): Campaign {
	return { id, ...meta, name, kind: 'model', planSection: 'III.3', notes: '' };
}
function hh(districtId: string, year: number, over: Partial<MemberHouseholds> = {}): MemberHouseholds {
	return {
		id: `hh-${districtId}-${year}`,
		...meta,
		districtId,
		year,
		households: null,
		poor: null,
		nearPoor: null,
		poorEthnic: null,
		poorHouses: null,
		notes: '',
		...over
	};
}
function house(districtId: string, state: MemberHouse['state']): MemberHouse {
	return {
		id: `nh-${++seq}`,
		...meta,
		household: `Hộ ${seq}`,
		communeId: `${districtId}01`,
		districtId,
		condition: 'temporary',
		work: 'build',
		support: null,
		source: null,
		state,
		completedOn: null,
		notes: ''
	};
}
function product(districtId: string, stars: OcopProduct['stars'], year: number, novelty: OcopProduct['novelty'] = 'new'): OcopProduct {
	return {
		id: `ocop-${++seq}`,
		...meta,
		name: `Sản phẩm ${seq}`,
		owner: '',
		ownerKind: 'member',
		communeId: `${districtId}01`,
		districtId,
		stars,
		certificateNo: '',
		certificateDate: null,
		novelty,
		year,
		notes: ''
	};
}
function indicator(id: string, target: string): Indicator {
	return { id, ...meta, name: id, unit: '', baseline: '', target, actual: '', deadline: '2025', planSection: 'II.7', notes: '' };
}
const INDICATORS = [
	indicator('ind-models', '≥300'),
	indicator('ind-ocop-total', '≥400'),
	indicator('ind-ocop-new', '≥200'),
	indicator('ind-ocop-5star', '≥5')
];

// Two districts: A (lowland) with 3 programme xã, a phường and a xã outside the programme;
// B (mountain) with 2 programme xã.
const DISTRICTS = [district('A', 'dong_bang'), district('B', 'mien_nui', true)];
const COMMUNES = [
	commune('A1', 'A'),
	commune('A2', 'A'),
	commune('A3', 'A'),
	commune('AP', 'A', 'phuong', true), // a phường: not a xã, never counted
	commune('AX', 'A', 'xa', false), // a xã outside the programme (like Bình Minh)
	commune('B1', 'B'),
	commune('B2', 'B')
];

describe('models (III.3)', () => {
	it('the goal is over the programme xã only', () => {
		expect(goalCommunes(COMMUNES, all).map((c) => c.id)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2']);
		expect(goalCommunes(COMMUNES, { district: ['B'], year: null }).map((c) => c.id)).toEqual(['B1', 'B2']);
	});

	it('coverage per district: a phường and a non-programme xã are left out, only models that count count', () => {
		const models = [
			model('A1', 'A'), // counts
			model('A1', 'A'), // a second model in the same xã: still one xã
			model('A2', 'A', { runBy: 'joint' }), // run jointly: does not count
			model('A3', 'A', { state: 'ended' }), // ended: does not count
			model('AP', 'A'), // a phường: has a model, but is not in the basis
			model('AX', 'A'), // outside the programme: not in the basis
			model('B2', 'B', { state: 'paused' }) // paused: still counts
		];
		const c = modelCoverage(COMMUNES, models, DISTRICTS, all);
		expect(c.registerEmpty).toBe(false);
		expect(c.covered).toBe(2); // A1, B2
		expect(c.total).toBe(5);
		expect(c.share).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
		expect(c.withoutIds).toEqual(['A2', 'A3', 'B1']);
		expect(c.byDistrict).toEqual([
			{ districtId: 'A', covered: 1, total: 3, withoutIds: ['A2', 'A3'] },
			{ districtId: 'B', covered: 1, total: 2, withoutIds: ['B1'] }
		]);

		const onlyA = modelCoverage(COMMUNES, models, DISTRICTS, { district: ['A'], year: null });
		expect([onlyA.covered, onlyA.total, onlyA.withoutIds]).toEqual([1, 3, ['A2', 'A3']]);
		expect(onlyA.byDistrict.map((d) => d.districtId)).toEqual(['A']);
	});

	it('an empty register gives no coverage figure, but still lists the xã without a recorded model', () => {
		const c = modelCoverage(COMMUNES, [], DISTRICTS, all);
		expect(c.registerEmpty).toBe(true);
		expect(c.share).toBeNull();
		expect(c.withoutIds).toEqual(['A1', 'A2', 'A3', 'B1', 'B2']);
		// Models elsewhere only: for district B the register holds nothing.
		const b = modelCoverage(COMMUNES, [model('A1', 'A')], DISTRICTS, { district: ['B'], year: null });
		expect(b.registerEmpty).toBe(true);
		expect(b.share).toBeNull();
	});

	it('models by catalogue entry count the models that count; none last; a removed entry by its id', () => {
		const campaigns = [campaign('cd-1', 'Heo đất nghĩa tình'), campaign('cd-2', 'Hũ gạo tiết kiệm')];
		const models = [
			model('A1', 'A', { campaignId: 'cd-1' }),
			model('A2', 'A', { campaignId: 'cd-2' }),
			model('B1', 'B', { campaignId: 'cd-2' }),
			model('B2', 'B', { campaignId: 'cd-2', state: 'ended' }), // does not count
			model('A3', 'A', { campaignId: 'cd-1', runBy: 'joint' }), // does not count
			model('A3', 'A'), // no entry
			model('B2', 'B', { campaignId: 'cd-gone' })
		];
		expect(modelsByCatalogue(models, campaigns, COMMUNES, all)).toEqual([
			{ campaignId: 'cd-2', name: 'Hũ gạo tiết kiệm', count: 2 },
			// Equal counts by name ("cd-gone" sorts before "Heo").
			{ campaignId: 'cd-gone', name: 'cd-gone', count: 1 },
			{ campaignId: 'cd-1', name: 'Heo đất nghĩa tình', count: 1 },
			{ campaignId: null, name: null, count: 1 }
		]);
		expect(modelsByCatalogue(models, campaigns, COMMUNES, { district: ['B'], year: null })).toEqual([
			{ campaignId: 'cd-gone', name: 'cd-gone', count: 1 },
			{ campaignId: 'cd-2', name: 'Hũ gạo tiết kiệm', count: 1 }
		]);
		expect(modelsByCatalogue([], campaigns, COMMUNES, all)).toEqual([]);
	});

	it('the association\'s models beside the province goal of ≥300 (read from the indicators)', () => {
		const models = [model('A1', 'A'), model('A2', 'A', { state: 'paused' }), model('A3', 'A', { state: 'ended' }), model('B1', 'B', { runBy: 'joint' })];
		const g = modelsAgainstProvinceGoal(models, COMMUNES, INDICATORS, all);
		expect(g.count).toBe(2);
		expect(g.goal).toMatchObject({ indicatorId: 'ind-models', text: '≥300', comparator: '≥', value: 300 });
		expect(modelsAgainstProvinceGoal([], COMMUNES, INDICATORS, all).count).toBeNull();
		expect(modelsAgainstProvinceGoal(models, COMMUNES, [], all).goal).toBeNull();
	});

	it('reads the province goals as the indicators write them', () => {
		expect(provinceGoal([indicator('x', '≥1.000')], 'x')).toMatchObject({ comparator: '≥', value: 1000 });
		expect(provinceGoal([indicator('x', '>200')], 'x')).toMatchObject({ comparator: '>', value: 200 });
		expect(provinceGoal([indicator('x', '>= 5')], 'x')).toMatchObject({ comparator: '≥', value: 5 });
		expect(provinceGoal([indicator('x', 'toàn bộ')], 'x')).toMatchObject({ comparator: null, value: null, text: 'toàn bộ' });
		expect(provinceGoal([], 'x')).toBeNull();
	});
});

describe('member households (III.4)', () => {
	it('mountain: 10 % in 2023 to 5,5 % in 2024 is a fall of 4,5 points a year: on track', () => {
		const rows = [hh('B', 2023, { households: 200, poor: 20 }), hh('B', 2024, { households: 200, poor: 11 })];
		const f = rateFall(rows, (r) => r.poor)!;
		expect(f.fromRate).toBe(10);
		expect(f.toRate).toBe(5.5);
		expect(f.pointsPerYear).toBeCloseTo(4.5, 10);
		expect(fallStatus(f, 4)).toBe('on_track');
	});

	it('mountain: the fall is averaged over the years from 2023 to the latest year entered', () => {
		// 2023: 30/300 = 10 %; 2025: 8/400 = 2 % -> 8 points over 2 years = 4 a year: on track (at the threshold).
		const rows = [hh('B', 2023, { households: 300, poor: 30 }), hh('B', 2024, { households: 350, poor: 30 }), hh('B', 2025, { households: 400, poor: 8 })];
		const f = rateFall(rows, (r) => r.poor)!;
		expect([f.fromYear, f.toYear]).toEqual([2023, 2025]);
		expect(f.pointsPerYear).toBeCloseTo(4, 10);
		expect(fallStatus(f, 4)).toBe('on_track');
		// 2023: 10 %; 2025: 12/400 = 3 % -> 3,5 points a year: behind.
		const slow = rateFall([rows[0], hh('B', 2025, { households: 400, poor: 12 })], (r) => r.poor)!;
		expect(slow.pointsPerYear).toBeCloseTo(3.5, 10);
		expect(fallStatus(slow, 4)).toBe('behind');
		// No poor household left: met, whatever the fall.
		expect(fallStatus(rateFall([hh('B', 2023, { households: 100, poor: 2 }), hh('B', 2024, { households: 100, poor: 0 })], (r) => r.poor), 4)).toBe('met');
	});

	it('mountain: no baseline, no later year or no households is no_data', () => {
		expect(rateFall([hh('B', 2024, { households: 200, poor: 11 })], (r) => r.poor)).toBeNull();
		expect(rateFall([hh('B', 2023, { households: 200, poor: 20 })], (r) => r.poor)).toBeNull();
		expect(rateFall([hh('B', 2023, { households: 0, poor: 0 }), hh('B', 2024, { households: 200, poor: 11 })], (r) => r.poor)).toBeNull();
		expect(rateFall([hh('B', 2023, { households: 200, poor: null }), hh('B', 2024, { households: 200, poor: 11 })], (r) => r.poor)).toBeNull();
		expect(fallStatus(null, 4)).toBe('no_data');
	});

	it('lowland: 0 poor and 0 near-poor in the latest year is met; 1 near-poor is behind; no counts is no_data', () => {
		expect(lowlandStatus([hh('A', 2025, { poor: 0, nearPoor: 0 })]).status).toBe('met');
		expect(lowlandStatus([hh('A', 2024, { poor: 0, nearPoor: 0 }), hh('A', 2025, { poor: 0, nearPoor: 1 })]).status).toBe('behind');
		// The latest year with both counts decides: 2025 has only households entered.
		const r = lowlandStatus([hh('A', 2024, { poor: 0, nearPoor: 0 }), hh('A', 2025, { households: 90 })]);
		expect([r.status, r.row?.year]).toEqual(['met', 2024]);
		expect(lowlandStatus([hh('A', 2025, { poor: 0 })]).status).toBe('no_data');
		expect(lowlandStatus([]).status).toBe('no_data');
	});

	it('per district, with the ethnic-minority rate over all member households and the houses of the latest year', () => {
		const districts = [...DISTRICTS, district('C', 'dong_bang'), district('D', 'mien_nui')];
		const rows = [
			hh('A', 2025, { households: 500, poor: 0, nearPoor: 0, poorHouses: 0 }),
			hh('B', 2023, { households: 200, poor: 20, poorEthnic: 12, poorHouses: 7 }),
			hh('B', 2024, { households: 200, poor: 11, poorEthnic: 8, poorHouses: 3 }),
			hh('C', 2024, { households: 300, poor: 0, nearPoor: 1 }),
			hh('D', 2024, { households: 100, poor: 9 }) // no 2023 baseline
		];
		const f = householdStatus(districts, rows, all);
		const by = Object.fromEntries(f.districts.map((d) => [d.districtId, d]));
		expect(f.districts.map((d) => d.districtId)).toEqual(['A', 'B', 'C', 'D']);
		expect(by.A).toMatchObject({ rule: 'lowland', status: 'met', latestYear: 2025, poor: 0, nearPoor: 0, ethnicStatus: null, poorHouses: { year: 2025, count: 0 } });
		expect(by.B).toMatchObject({ rule: 'mountain', status: 'on_track', latestYear: 2024, poorDistrict: true, years: [2023, 2024], poorHouses: { year: 2024, count: 3 } });
		// Ethnic-minority poor: 12/200 = 6 % -> 8/200 = 4 %: 2 points a year, under 3: behind.
		expect(by.B.ethnicFall!.pointsPerYear).toBeCloseTo(2, 10);
		expect(by.B.ethnicStatus).toBe('behind');
		expect(by.C).toMatchObject({ rule: 'lowland', status: 'behind', nearPoor: 1 });
		// Only 2024 entered: its counts are shown, but there is no fall to judge.
		expect(by.D).toMatchObject({ rule: 'mountain', status: 'no_data', latestYear: 2024, poor: 9, households: 100, poorFall: null, ethnicStatus: 'no_data', poorHouses: null });
		expect(f.lowland).toEqual({ met: 1, behind: 1, noData: 0, total: 2 });
		expect(f.mountain).toEqual({ onTrack: 1, behind: 0, noData: 1, total: 2 });
		expect(f.registerEmpty).toBe(false);
	});

	it('follows the district and year filters', () => {
		const rows = [
			hh('B', 2023, { households: 200, poor: 20 }),
			hh('B', 2024, { households: 200, poor: 11 }),
			hh('B', 2025, { households: 200, poor: 10 })
		];
		// Up to 2024: 4,5 points a year, on track; with 2025: (10 - 5) / 2 = 2,5: behind.
		expect(householdStatus(DISTRICTS, rows, { district: [], year: 2024 }).districts[1].status).toBe('on_track');
		expect(householdStatus(DISTRICTS, rows, all).districts[1].status).toBe('behind');
		const onlyA = householdStatus(DISTRICTS, rows, { district: ['A'], year: null });
		expect(onlyA.registerEmpty).toBe(true);
		expect(onlyA.districts.map((d) => [d.districtId, d.status])).toEqual([['A', 'no_data']]);
	});
});

describe('houses (III.4)', () => {
	it('counts the houses not yet done by district, and the done ones', () => {
		const houses = [house('A', 'planned'), house('A', 'in_progress'), house('A', 'done'), house('B', 'planned'), house('B', 'done'), house('B', 'done')];
		const f = housesRemaining(houses, DISTRICTS, all);
		expect([f.remaining, f.planned, f.inProgress, f.done, f.total]).toEqual([3, 2, 1, 3, 6]);
		expect(f.byDistrict).toEqual([
			{ districtId: 'A', planned: 1, inProgress: 1, remaining: 2, done: 1 },
			{ districtId: 'B', planned: 1, inProgress: 0, remaining: 1, done: 2 }
		]);
		expect(f.deadline).toBe('2025-12-31');
		expect(housesRemaining(houses, DISTRICTS, { district: ['B'], year: null }).remaining).toBe(1);
		// Every house done: 0 remaining is a real figure.
		expect(housesRemaining([house('A', 'done')], DISTRICTS, all).remaining).toBe(0);
	});

	it('an empty register gives no figure, not 0', () => {
		const f = housesRemaining([], DISTRICTS, all);
		expect(f.registerEmpty).toBe(true);
		expect(f.remaining).toBeNull();
	});
});

describe('OCOP (beside the province goals of II.7)', () => {
	it('counts products by stars and year, certified apart from those under review', () => {
		const products = [
			product('A', '3', 2023),
			product('A', '3', 2024, 'upgraded'),
			product('A', '4', 2024),
			product('B', '5', 2024),
			product('B', 'review', 2025),
			product('B', '3', 2025)
		];
		const f = ocopByStars(products, INDICATORS, all);
		expect(f.total).toBe(6);
		expect(f.certified).toBe(5);
		expect(f.byStars).toEqual({ '3': 3, '4': 1, '5': 1, review: 1 });
		expect(f.byYear).toEqual([
			{ year: 2023, counts: { '3': 1, '4': 0, '5': 0, review: 0 }, total: 1 },
			{ year: 2024, counts: { '3': 1, '4': 1, '5': 1, review: 0 }, total: 3 },
			{ year: 2025, counts: { '3': 1, '4': 0, '5': 0, review: 1 }, total: 2 }
		]);
		expect(f.newCertified).toBe(4);
		expect(f.fiveStar).toBe(1);
		expect(f.goals.total).toMatchObject({ value: 400 });
		expect(f.goals.new).toMatchObject({ value: 200 });
		expect(f.goals.fiveStar).toMatchObject({ value: 5 });

		// Up to the end of 2024, district B only: the 5-star product.
		const b = ocopByStars(products, INDICATORS, { district: ['B'], year: 2024 });
		expect([b.total, b.certified, b.byStars['5'], b.byYear.map((y) => y.year)]).toEqual([1, 1, 1, [2024]]);
	});

	it('an empty register gives no figure', () => {
		const f = ocopByStars([], INDICATORS, all);
		expect(f.registerEmpty).toBe(true);
		expect(f.certified).toBeNull();
		expect(f.byYear).toEqual([]);
	});
});

describe('computeAssociation', () => {
	it('puts the four cards together for one filter', () => {
		const input: AssociationInput = {
			districts: DISTRICTS,
			communes: COMMUNES,
			campaigns: [],
			models: [model('B1', 'B')],
			memberHouseholds: [],
			memberHouses: [],
			ocopProducts: [],
			indicators: INDICATORS
		};
		const a = computeAssociation(input, { district: ['B'], year: null });
		expect(a.coverage).toMatchObject({ covered: 1, total: 2, withoutIds: ['B2'] });
		expect(a.catalogue).toEqual([{ campaignId: null, name: null, count: 1 }]);
		expect(a.modelGoal.count).toBe(1);
		expect(a.households.registerEmpty).toBe(true);
		expect(a.houses.remaining).toBeNull();
		expect(a.ocop.certified).toBeNull();
	});
});
