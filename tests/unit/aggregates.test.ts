// The dashboard's aggregates, checked against figures worked out by hand from the plan
// (seeds/plan.txt sections II.1-6) and the seed register.
import { describe, it, expect } from 'vitest';
import { seedData } from '../../seeds/index';
import { computeDashboard, share, type AggregateInput } from '../../src/lib/domain/aggregates';
import {
	communePasses,
	readCommuneFilter,
	readDashboardFilter,
	dashboardFilterToQuery,
	filterToQuery,
	readTargetFilter,
	targetPasses
} from '../../src/lib/domain/filters';
import type { Commune, Target } from '../../src/lib/domain/records';
import { lookupOf, overlayRows, schemas, type TableDef } from '../../src/lib/schema';
import { readFilterState, rowTest } from '../../src/lib/ui/table-view';

const all = { district: [] as string[], year: null as number | null };

function data(): AggregateInput {
	// Deep copies so a test can edit records freely.
	return structuredClone({
		districts: seedData.districts,
		communes: seedData.communes,
		targets: seedData.targets,
		districtTargets: seedData.districtTargets,
		goals: seedData.goals,
		recognitions: seedData.recognitions,
		assessments: seedData.assessments
	}) as AggregateInput;
}

/** The communes the communes grid shows for a URL filter: its own filters, on its rows as shown. */
function communesGrid(d: AggregateInput, query: string): string[] {
	const def = schemas.communes as unknown as TableDef;
	const related = { targets: d.targets, models: [], recognitions: d.recognitions ?? [] } as never;
	const ctx = { lookup: lookupOf(d as never), rows: d.communes as never, related, prepared: def.prepare!(related), t: (k: string) => k } as never;
	const pass = rowTest(def, readFilterState(def, new URLSearchParams(query)).state, ctx, '', () => '');
	return overlayRows('communes', d.communes as never, d as never)
		.filter(pass)
		.map((c: { id: string }) => c.id);
}
function target(d: AggregateInput, id: string): Target {
	const t = d.targets.find((x) => x.id === id);
	if (!t) throw new Error(`no target ${id}`);
	return t as Target;
}
function commune(d: AggregateInput, id: string): Commune {
	const c = d.communes.find((x) => x.id === id);
	if (!c) throw new Error(`no commune ${id}`);
	return c as Commune;
}

describe('headline figures on the seed data', () => {
	const dash = computeDashboard(data(), all);

	it('compares the flagged programme communes with the goal basis (196 flagged vs 193)', () => {
		expect(dash.programmeFlagged).toBe(196);
		expect(dash.programmeBasis).toBe(193);
		expect(dash.partial).toBe(false);
	});

	it('counts the communes recognised NTM: 82 NTM + 1 model (Đại Hiệp) in the register of recognitions', () => {
		const ntm = dash.levels.ntm;
		expect(ntm.reached).toBe(83);
		expect(ntm.fromRegister).toBe(83);
		expect(ntm.fromTargets).toBe(0);
		expect(ntm.goal?.target).toBe(154);
		expect(ntm.basisCount).toBe(193);
		// 83 recorded (all with no year: before the plan) < 112 the plan gives as its starting point:
		// the figure is "at least 83" and no share that looks precise is given.
		expect(ntm.goal?.baseline).toBe(112);
		expect(ntm.baselineRecorded).toBe(83);
		expect(ntm.registerIncomplete).toBe(true);
		expect(ntm.share).toBeNull();
	});

	it('measures advanced and model communes on the plan\'s basis (the NTM communes), never on the goal', () => {
		const nc = dash.levels.nang_cao;
		expect(nc.reached).toBe(1); // Đại Hiệp, recorded as model, counts as advanced too
		expect(nc.goal?.target).toBe(64);
		expect(nc.basisKind).toBe('ntm_communes');
		expect(nc.basisCount).toBe(83); // the communes recognised NTM in the register
		expect(nc.registerIncomplete).toBe(true); // 1 < 6 advanced communes of 2016-2020
		expect(nc.share).toBeNull();
		const km = dash.levels.kieu_mau;
		expect(km.reached).toBe(1);
		expect(km.ids).toEqual(['20524']);
		expect(km.goal?.target).toBe(16);
		expect(km.registerIncomplete).toBe(false); // 1 = the plan's 1 model commune
		// …but its basis, the NTM communes, is known only as "at least 83": no share (it was 1/154 before).
		expect(km.basisIncomplete).toBe(true);
		expect(km.share).toBeNull();
	});

	it('gives the share on the NTM communes once the NTM register is complete', () => {
		const d = data();
		// The baseline register completed: 29 more NTM communes of 2016-2020 (83 + 29 = 112).
		const more = d.communes.filter((c) => c.inProgramme && !d.recognitions!.some((r) => r.communeId === c.id)).slice(0, 29);
		for (const c of more)
			(d.recognitions as unknown[]).push({ id: `cn-${c.id}-ntm`, version: 1, updatedAt: '', scope: 'commune', communeId: c.id, districtId: c.districtId, level: 'ntm', kind: 'recognised', year: 2019, decisionNo: '1/QĐ-UBND', decisionDate: null, issuer: '', notes: '' });
		const dash = computeDashboard(d, all);
		expect(dash.levels.ntm.registerIncomplete).toBe(false);
		expect(dash.levels.ntm.share).toEqual(share(112, 193));
		expect(dash.levels.kieu_mau.share).toEqual(share(1, 112));
	});

	it('says criteria are missing instead of showing 0 communes under 15', () => {
		expect(dash.criteria.total).toBe(196);
		expect(dash.criteria.unknown).toBe(196);
		expect(dash.criteria.known).toBe(0);
		expect(dash.criteria.under15).toBeNull();
		expect(dash.criteria.groups).toEqual({ '19': 0, '15-18': 0, '10-14': 0, '5-9': 0, lt5: 0, unknown: 196 });
	});

	it('says hamlet data is missing instead of 0%', () => {
		expect(dash.hamlets.communesWithData).toBe(0);
		expect(dash.hamlets.share).toBeNull();
		expect(dash.hamlets.goal?.target).toBe(60);
		expect(dash.hamletsMountain.share).toBeNull();
		expect(dash.hamletsMountain.goal?.target).toBe(50);
	});

	it('lists districts with no NTM commune: Nam Giang (named by the plan) and three the register lacks', () => {
		// Tây Giang 504, Nam Giang 510, Phước Sơn 511, Nam Trà My 516 have no recorded NTM commune.
		expect(dash.districtsNoNtm.ids).toEqual(['510', '516', '511', '504']); // by name: Nam Giang, Nam Trà My, Phước Sơn, Tây Giang
		expect(dash.districtsNoNtm.goal?.baseline).toBe(1);
		// The register (4) contradicts the plan (only Nam Giang): the card shows both.
		expect(dash.districtsNoNtm.contradictsPlan).toBe(true);
	});

	it('counts district-level units from the register: Phú Ninh and Duy Xuyên (NTM, implied by II.5.b); goal 8-9', () => {
		expect(dash.districtUnits.reached).toBe(2);
		expect(dash.districtUnits.ids.sort()).toEqual(['508', '518']);
		// Tiên Phước, Núi Thành, Đại Lộc, Quế Sơn, Nông Sơn (NTM) and Hội An (hoàn thành): 6 rows.
		expect(dash.districtUnits.planned).toBe(6);
		expect(dash.districtUnits.goal?.target).toBe(8);
		expect(dash.districtUnits.goalMax).toBe(9);
		// 8-9 after "thêm 04 huyện … và thành phố Hội An": 3-4 before 2024; the register names 2.
		expect(dash.districtUnits.impliedBaseline).toEqual({ min: 3, max: 4 });
		expect(dash.districtUnits.baselineRecorded).toBe(2);
		expect(dash.districtUnits.registerIncomplete).toBe(true);
	});

	it('counts the plan lists per level and year (II.1-3)', () => {
		const bars = Object.fromEntries(dash.levelYear.map((b) => [`${b.level}/${b.year}`, [b.targeted, b.recognised]]));
		expect(bars).toEqual({
			'ntm/2024': [6 + 8, 0],
			'ntm/2025': [14, 0],
			'nang_cao/2024': [11 + 17, 0],
			'nang_cao/2025': [44, 0],
			'kieu_mau/2024': [1 + 1 + 5, 0],
			'kieu_mau/2025': [19, 0]
		});
	});

	it('stacks the targets per district by status (Đại Lộc has 15, Nam Trà My 1)', () => {
		const row = (id: string) => dash.byDistrict.find((r) => r.districtId === id);
		expect(row('506')?.total).toBe(15);
		expect(row('516')?.total).toBe(1);
		expect(dash.byDistrict.reduce((s, r) => s + r.total, 0)).toBe(126);
		// Đại Lộc: Đại Thạnh, Đại Sơn (NTM 2023 dossiers), Đại Hòa, Đại Thắng (advanced dossiers),
		// Đại Hiệp (maintain model) are "in progress"; the other 10 are not started.
		expect(row('506')?.counts).toEqual({ not_started: 10, in_progress: 5, submitted: 0, recognised: 0, failed: 0 });
	});
});

describe('the figures move with edits', () => {
	it('marking an NTM target recognised adds exactly one NTM commune', () => {
		const d = data();
		target(d, '2024-ntm-20527').status = 'recognised'; // Đại Thạnh, Đại Lộc
		const dash = computeDashboard(d, all);
		expect(dash.levels.ntm.reached).toBe(84);
		expect(dash.levels.ntm.fromTargets).toBe(1);
		expect(dash.levels.nang_cao.reached).toBe(1);
		expect(dash.levelYear.find((b) => b.level === 'ntm' && b.year === 2024)?.recognised).toBe(1);
		expect(dash.byDistrict.find((r) => r.districtId === '506')?.counts.recognised).toBe(1);
	});

	it('an advanced target recognised for a commune already NTM raises advanced, not NTM', () => {
		const d = data();
		target(d, '2024-nang_cao-20569').status = 'recognised'; // Điện Thọ, already NTM
		const dash = computeDashboard(d, all);
		expect(dash.levels.ntm.reached).toBe(83);
		expect(dash.levels.nang_cao.reached).toBe(2);
		expect(dash.levels.kieu_mau.reached).toBe(1);
	});

	it('a commune recognised twice (register and target) is counted once', () => {
		const d = data();
		target(d, '2024-kieu_mau-20524') && (target(d, '2024-kieu_mau-20524').status = 'recognised');
		const dash = computeDashboard(d, all);
		expect(dash.levels.kieu_mau.reached).toBe(1);
	});

	it('a district leaves the "no NTM commune" list when one of its communes is recognised', () => {
		const d = data();
		target(d, '2025-ntm-20458').status = 'recognised'; // Bhalêê, Tây Giang
		expect(computeDashboard(d, all).districtsNoNtm.ids).toEqual(['510', '516', '511']);
		// ... but not in a view up to 2024: the target is for 2025.
		expect(computeDashboard(d, { district: [], year: 2024 }).districtsNoNtm.ids).toEqual(['510', '516', '511', '504']);
	});

	it('criteria entered: under 15 counts only known values and says how many are unknown', () => {
		const d = data();
		commune(d, '20698').criteriaMet = 12; // Laêê, Nam Giang
		commune(d, '20699').criteriaMet = 16;
		commune(d, '20524').criteriaMet = 19;
		commune(d, '20701').criteriaMet = 4;
		const c = computeDashboard(d, all).criteria;
		expect(c.under15).toBe(2);
		expect(c.under15Ids.sort()).toEqual(['20698', '20701']);
		expect(c.unknown).toBe(192);
		expect(c.groups).toMatchObject({ '19': 1, '15-18': 1, '10-14': 1, lt5: 1, unknown: 192 });
	});

	it('model hamlets: sum of model hamlets over sum of hamlets, for communes with data', () => {
		const d = data();
		Object.assign(commune(d, '20698'), { hamletsTotal: 6, modelHamlets: 3 }); // mountainous
		Object.assign(commune(d, '20524'), { hamletsTotal: 10, modelHamlets: 8 }); // lowland
		Object.assign(commune(d, '20699'), { hamletsTotal: 5, modelHamlets: null }); // incomplete: ignored
		const dash = computeDashboard(d, all);
		expect(dash.hamlets.share).toEqual(share(11, 16));
		expect(dash.hamlets.communesWithData).toBe(2);
		expect(dash.hamletsMountain.share).toEqual(share(3, 6));
	});

	it('a district target recognised counts as a district-level unit', () => {
		const d = data();
		const tp = d.districtTargets.find((x) => x.districtId === '514' && x.level === 'ntm');
		expect(tp).toBeDefined();
		tp!.status = 'recognised'; // Tiên Phước, 2024
		expect(computeDashboard(d, all).districtUnits.reached).toBe(3);
		expect(computeDashboard(d, { district: ['506'], year: null }).districtUnits.reached).toBe(0);
	});

	it('a district recognised NTM by a record raises the unit count by one; a commune-level card scoped to Duy Xuyên shows its target', () => {
		const d = data();
		(d.recognitions as unknown[]).push({ id: 'cn-d514-ntm', version: 1, updatedAt: '', scope: 'district', communeId: '', districtId: '514', level: 'ntm', kind: 'recognised', year: 2024, decisionNo: '100/QĐ-TTg', decisionDate: '2025-05-26', issuer: 'Thủ tướng Chính phủ', notes: '' });
		expect(computeDashboard(d, all).districtUnits.reached).toBe(3);
		expect(computeDashboard(d, all).districtUnits.ids).toContain('514');
		const dx = computeDashboard(d, { district: ['508'], year: null }).districtUnits;
		expect(dx.targets).toEqual([{ districtId: '508', level: 'nang_cao', year: 2025, status: 'not_started', planSection: 'II.5.b' }]);
		expect(dx.standing).toEqual([{ districtId: '508', level: 'ntm', year: null, fromTarget: false }]);
		// A review finding Duy Xuyên no longer keeps NTM takes it off.
		(d.recognitions as unknown[]).push({ id: 'cn-d508-x', version: 1, updatedAt: '', scope: 'district', communeId: '', districtId: '508', level: 'ntm', kind: 'not_maintained', year: 2025, decisionNo: '', decisionDate: null, issuer: '', notes: '' });
		expect(computeDashboard(d, all).districtUnits.ids).not.toContain('508');
		expect(computeDashboard(d, { district: [], year: 2024 }).districtUnits.ids).toContain('508');
	});

	it('criteria met come from the criteria matrix where it has data, else from the entered count', () => {
		const d = data();
		commune(d, '20698').criteriaMet = 12; // entered by hand
		commune(d, '20524').criteriaMet = 10; // entered, but the matrix says otherwise
		const cells = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`c${i + 1}`, 'dat']));
		(d.assessments as unknown[]).push({ id: 'dg-1', version: 1, updatedAt: '', communeId: '20524', districtId: '506', setId: 'qd318-xa', year: 2025, notes: '', ...cells });
		(d.assessments as unknown[]).push({ id: 'dg-0', version: 1, updatedAt: '', communeId: '20524', districtId: '506', setId: 'qd318-xa', year: 2024, notes: '', ...cells, c13: 'chua_dat' });
		const c = computeDashboard(d, all).criteria;
		expect(c.groups['19']).toBe(1); // Đại Hiệp: 19 from its latest year (2025), not 10 or 18
		expect(c.under15Ids).toEqual(['20698']);
		expect(c.fromMatrix).toBe(1);
		expect(c.known).toBe(2);
	});
});

describe('dashboard filters', () => {
	it('district filter narrows communes and targets (Đại Lộc: 17 programme communes, 10 NTM, 15 targets)', () => {
		const dash = computeDashboard(data(), { district: ['506'], year: null });
		expect(dash.partial).toBe(true);
		expect(dash.programmeInScope).toBe(17);
		expect(dash.levels.ntm.reached).toBe(10);
		expect(dash.levels.ntm.basisKind).toBe('selection');
		expect(dash.levels.ntm.basisCount).toBe(17);
		expect(dash.byDistrict.map((r) => r.districtId)).toEqual(['506']);
		expect(dash.levelYear.reduce((s, b) => s + b.targeted, 0)).toBe(15);
	});

	it('year filter keeps that year\'s targets and counts recognitions up to its end', () => {
		const d = data();
		target(d, '2025-ntm-20785').status = 'recognised'; // Thăng Phước, 2025
		target(d, '2024-ntm-20530').status = 'recognised'; // Đại Chánh, 2024
		const y2024 = computeDashboard(d, { district: [], year: 2024 });
		expect(y2024.levels.ntm.reached).toBe(84);
		expect(y2024.levelYear.every((b) => b.year === 2024)).toBe(true);
		expect(y2024.levelYear.reduce((s, b) => s + b.targeted, 0)).toBe(14 + 28 + 7);
		expect(computeDashboard(d, { district: [], year: 2025 }).levels.ntm.reached).toBe(85);
	});

	it('reads and writes the dashboard URL filter', () => {
		const f = readDashboardFilter(new URLSearchParams('district=506&year=2025'));
		expect(f).toEqual({ district: ['506'], year: 2025 });
		expect(dashboardFilterToQuery(f)).toBe('?district=506&year=2025');
		expect(readDashboardFilter(new URLSearchParams('year=abc'))).toEqual({ district: [], year: null });
	});
});

describe('drill-down filters select exactly the rows behind a figure', () => {
	it('communes?programme=1&reached=ntm gives the NTM headline communes, register and targets', () => {
		const d = data();
		target(d, '2024-ntm-20527').status = 'recognised';
		const dash = computeDashboard(d, all);
		const f = readCommuneFilter(new URLSearchParams('programme=1&reached=ntm'));
		const rows = communesGrid(d, 'programme=1&reached=ntm');
		expect(rows.sort()).toEqual([...dash.levels.ntm.ids].sort());
		expect(rows).toHaveLength(84);
		expect(filterToQuery(f)).toBe('?programme=1&reached=ntm');
	});

	it('the until key matches a year-filtered dashboard', () => {
		const d = data();
		target(d, '2025-ntm-20785').status = 'recognised';
		const dash = computeDashboard(d, { district: ['517'], year: 2024 });
		const rows = communesGrid(d, 'district=517&programme=1&reached=ntm&until=2024');
		expect(rows.sort()).toEqual([...dash.levels.ntm.ids].sort());
		expect(rows).not.toContain('20785');
	});

	it('existing commune filters are unchanged (no reached key)', () => {
		const f = readCommuneFilter(new URLSearchParams('criteria=lt15&programme=1'));
		expect('reached' in f).toBe(false);
		// Without statuses in the plan entries, `reached` falls back to the register.
		const d = data();
		target(d, '2024-ntm-20527').status = 'recognised';
		const r = readCommuneFilter(new URLSearchParams('programme=1&reached=ntm'));
		const plain = (id: string) => d.targets.filter((t) => t.communeId === id).map((t) => ({ year: t.year, level: t.level }));
		expect(d.communes.filter((c) => communePasses(c, r, '', '', plain(c.id))).length).toBe(83);
		expect(filterToQuery(f)).toBe('?criteria=lt15&programme=1');
	});

	it('targets?year=2024&level=ntm&status=recognised gives the recognised bar', () => {
		const d = data();
		target(d, '2024-ntm-20527').status = 'recognised';
		target(d, '2024-ntm-20530').status = 'recognised';
		const bar = computeDashboard(d, all).levelYear.find((b) => b.level === 'ntm' && b.year === 2024);
		const f = readTargetFilter(new URLSearchParams('year=2024&level=ntm&status=recognised'));
		expect(d.targets.filter((t) => targetPasses(t, f, '', '')).length).toBe(bar?.recognised);
		expect(bar?.recognised).toBe(2);
	});
});
