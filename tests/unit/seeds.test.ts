import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedData, SEED_VERSIONS, PLAN_LISTS } from '../../seeds/index';
import { parseCsv } from '../../seeds/csv.mjs';
import { TABLE_NAMES } from '../../src/lib/schema/registry';
import {
	ACTIONS,
	BASES,
	COMMUNE_KINDS,
	COMPARATORS,
	DISTRICT_KINDS,
	DISTRICT_LEVELS,
	LEVELS,
	REGIONS,
	STATUSES
} from '../../src/lib/domain/enums';
import { parseDeadline } from '../../src/lib/domain/deadline';

const seedFile = (name: string) =>
	readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), 'utf8').normalize('NFC');

const planText = seedFile('plan.txt');
const nameMap = parseCsv(seedFile('reference/plan-name-map.csv'));
const { districts, targets, districtTargets, goals, indicators } = seedData;
const allCommunes = seedData.communes;
// The plan's map (2024): the units formed by the 2025 reforms start later.
const communes = allCommunes.filter((c) => !c.validFrom);
const communeById = new Map(allCommunes.map((c) => [c.id, c]));
const districtById = new Map(districts.map((d) => [d.id, d]));

const key = (level: string, year: number, action: string) => `${level}/${year}/${action}`;

/** List sizes read from the plan (sections II.1-3). */
const EXPECTED_COUNTS: Record<string, number> = {
	[key('ntm', 2024, 'submit_dossier')]: 6,
	[key('ntm', 2024, 'reach')]: 8,
	[key('ntm', 2025, 'reach')]: 14,
	[key('nang_cao', 2024, 'submit_dossier')]: 11,
	[key('nang_cao', 2024, 'reach')]: 17,
	[key('nang_cao', 2025, 'reach')]: 44,
	[key('kieu_mau', 2024, 'submit_dossier')]: 1,
	[key('kieu_mau', 2024, 'maintain')]: 1,
	[key('kieu_mau', 2024, 'reach')]: 5,
	[key('kieu_mau', 2025, 'reach')]: 19
};

// ------------------------------------------------------------------ reading the plan text
/** The text of section II.n (from its heading to the next one). */
function sectionOf(n: 1 | 2 | 3): string {
	const heads = ['1. Xã NTM\n', '2. Xã NTM nâng cao:', '3. Xã NTM kiểu mẫu:', '4. Đến năm 2025'];
	const start = planText.indexOf(heads[n - 1]);
	const end = planText.indexOf(heads[n]);
	expect(start).toBeGreaterThan(-1);
	expect(end).toBeGreaterThan(start);
	return planText.slice(start, end);
}
/** Sub-section a) Năm 2024 or b) Năm 2025 of a section. */
function yearPart(text: string, year: 2024 | 2025): string {
	const a = text.indexOf('a) Năm 2024');
	const b = text.indexOf('b) Năm 2025');
	expect(a).toBeGreaterThan(-1);
	expect(b).toBeGreaterThan(a);
	return year === 2024 ? text.slice(a, b) : text.slice(b);
}
/** The names between the ':' after `marker` and the next '.' (or "để trình"), split on commas. */
function namesAfter(text: string, marker: string): string[] {
	const lines = text.split('\n').filter((l) => l.includes(marker));
	expect(lines, `marker "${marker}"`).toHaveLength(1);
	const line = lines[0];
	const from = line.indexOf(':', line.indexOf(marker)) + 1;
	let rest = line.slice(from);
	const stop = [rest.indexOf('.'), rest.indexOf(' để trình')].filter((i) => i >= 0);
	if (stop.length) rest = rest.slice(0, Math.min(...stop));
	return rest
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

function listFromPlan(section: string, action: string): string[] {
	const n = Number(section[3]) as 1 | 2 | 3;
	const year = section.endsWith('a') ? 2024 : 2025;
	const part = yearPart(sectionOf(n), year);
	const what = n === 1 ? 'NTM' : n === 2 ? 'NTM nâng cao' : 'NTM kiểu mẫu';
	if (year === 2025) return namesAfter(part, `đạt chuẩn xã ${what}:`);
	if (action === 'reach') return namesAfter(part, `đạt chuẩn xã ${what} năm 2024:`);
	if (n === 3 && action === 'submit_dossier') {
		const m = /kiểu mẫu năm 2023 \(xã ([^)]+)\)/.exec(part);
		expect(m).not.toBeNull();
		return [m![1].trim()];
	}
	if (n === 3 && action === 'maintain') {
		const m = /duy trì xã NTM kiểu mẫu ([^-]+)-huyện/.exec(part);
		expect(m).not.toBeNull();
		return [m![1].trim()];
	}
	return namesAfter(part, 'năm 2023:');
}

describe('plan lists (seeds/plan-lists.json) against the plan text (seeds/plan.txt)', () => {
	it('has the ten lists of sections II.1-3 with the expected sizes', () => {
		expect(PLAN_LISTS).toHaveLength(10);
		const got = Object.fromEntries(PLAN_LISTS.map((l) => [key(l.level, l.year, l.action), l.planNames.length]));
		expect(got).toEqual(EXPECTED_COUNTS);
	});

	for (const list of PLAN_LISTS) {
		it(`${list.section} ${list.level} ${list.year} ${list.action} matches the plan`, () => {
			expect(list.planNames).toEqual(listFromPlan(list.section, list.action));
			expect(list.section.startsWith(`II.${{ ntm: 1, nang_cao: 2, kieu_mau: 3 }[list.level]}.`)).toBe(true);
			expect(parseDeadline(list.deadline)).toEqual({ ok: true, value: list.deadline });
		});
	}

	it('has no commune twice in one list', () => {
		for (const list of PLAN_LISTS) {
			expect(new Set(list.planNames).size).toBe(list.planNames.length);
			const ids = list.planNames.map((n) => nameMap.find((r) => r.plan_name === n)?.commune_code);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});

	it('resolves every plan name to exactly one xã', () => {
		for (const list of PLAN_LISTS)
			for (const planName of list.planNames) {
				const rows = nameMap.filter((r) => r.plan_name === planName);
				expect(rows, planName).toHaveLength(1);
				const matches = communes.filter((c) => c.id === rows[0].commune_code);
				expect(matches, planName).toHaveLength(1);
				expect(matches[0].name).toBe(rows[0].commune_name);
				expect(matches[0].kind).toBe('xa');
				expect(districtById.get(matches[0].districtId)?.name).toBe(rows[0].district_name);
			}
	});
});

describe('targets', () => {
	it('has one target per (list, commune), with the counts of the plan', () => {
		const counts: Record<string, number> = {};
		for (const t of targets) counts[key(t.level, t.year, t.action)] = (counts[key(t.level, t.year, t.action)] ?? 0) + 1;
		expect(counts).toEqual(EXPECTED_COUNTS);
		expect(targets).toHaveLength(Object.values(EXPECTED_COUNTS).reduce((a, b) => a + b, 0));
	});

	it('matches each plan list name by name, with the plan spelling and section', () => {
		for (const list of PLAN_LISTS) {
			const rows = targets.filter(
				(t) => t.level === list.level && t.year === list.year && t.action === list.action
			);
			expect(rows.map((t) => t.planName)).toEqual(list.planNames);
			for (const t of rows) {
				expect(t.planSection).toBe(list.section);
				expect(t.deadline).toBe(list.deadline);
				const code = nameMap.find((r) => r.plan_name === t.planName)?.commune_code;
				expect(t.communeId).toBe(code);
			}
		}
		for (const spelling of ['Tà Bhing', 'Duy Phủ', 'xã Ba', 'Bhalêê', 'Axan', 'Mà Cooih'])
			expect(targets.some((t) => t.planName === spelling), spelling).toBe(true);
	});

	it('points at existing communes, with the commune district', () => {
		for (const t of targets) {
			const c = communeById.get(t.communeId);
			expect(c, t.id).toBeDefined();
			expect(t.districtId).toBe(c!.districtId);
		}
	});

	it('uses the agreed ids, statuses and deadlines', () => {
		for (const t of targets) {
			expect(t.id.startsWith(`${t.year}-${t.level}-${t.communeId}`)).toBe(true);
			expect(LEVELS).toContain(t.level);
			expect(ACTIONS).toContain(t.action);
			expect(STATUSES).toContain(t.status);
			expect(t.status).toBe(t.action === 'reach' ? 'not_started' : 'in_progress');
			const want = t.action === 'submit_dossier' ? '2024-Q1' : t.action === 'maintain' ? '2024' : String(t.year);
			expect(t.deadline).toBe(want);
			expect(t.criteriaMet).toBeNull();
			expect(t.decisionDate).toBeNull();
			expect([t.responsible, t.decisionNo, t.notes]).toEqual(['', '', '']);
		}
		expect(targets.find((t) => t.id === '2024-ntm-20527')?.planName).toBe('Đại Thạnh');
	});
});

describe('districts and communes', () => {
	it('has 18 districts and 241 commune-level units, 197 of them xã', () => {
		expect(districts).toHaveLength(18);
		// The units of the plan's map (2024); the units formed by the 2025 reforms follow them.
		expect(communes).toHaveLength(241);
		expect(communes.filter((c) => c.kind === 'xa')).toHaveLength(197);
		expect(communes.filter((c) => c.kind === 'phuong')).toHaveLength(30);
		expect(communes.filter((c) => c.kind === 'thi_tran')).toHaveLength(14);
		for (const d of districts) {
			expect(DISTRICT_KINDS).toContain(d.kind);
			expect(REGIONS).toContain(d.region);
		}
		expect(districts.filter((d) => d.region === 'mien_nui')).toHaveLength(9);
	});

	it('adds the 80 units of the 2025 reforms: Quế Tân and Bình Định from 01/01/2025, 78 (11 phường, 67 xã) from 01/07/2025', () => {
		const later = allCommunes.filter((c) => c.validFrom);
		expect(later.filter((c) => c.validFrom === '2025-01-01').map((c) => c.name).sort()).toEqual(['Bình Định', 'Quế Tân']);
		const jul = later.filter((c) => c.validFrom === '2025-07-01');
		expect(jul).toHaveLength(78);
		expect(jul.filter((c) => c.kind === 'phuong')).toHaveLength(11);
		expect(jul.filter((c) => c.kind === 'xa')).toHaveLength(67);
		// Each new unit is a row of its own: an id of its code and month, never the code of a 2024 row.
		for (const c of later) expect(c.id, c.name).toMatch(/^\d{5}-25(01|07)$/);
	});

	it('counts 196 xã in the programme, Bình Minh excluded', () => {
		const inProg = communes.filter((c) => c.inProgramme);
		expect(inProg).toHaveLength(196);
		expect(inProg.every((c) => c.kind === 'xa')).toBe(true);
		const bm = communes.filter((c) => c.name === 'Bình Minh');
		expect(bm).toHaveLength(1);
		expect(bm[0].inProgramme).toBe(false);
		expect(districtById.get(bm[0].districtId)?.name).toBe('Thăng Bình');
	});

	it('links communes to districts and copies their region', () => {
		for (const c of communes) {
			const d = districtById.get(c.districtId);
			expect(d, c.id).toBeDefined();
			expect(c.region).toBe(d!.region);
			expect(COMMUNE_KINDS).toContain(c.kind);
			if (c.recognisedLevel !== null) expect(LEVELS).toContain(c.recognisedLevel);
		}
	});

	it('infers recognised levels from the plan', () => {
		const dh = communes.find((c) => c.name === 'Đại Hiệp');
		expect(dh?.recognisedLevel).toBe('kieu_mau');
		const ntmListed = new Set(targets.filter((t) => t.level === 'ntm').map((t) => t.communeId));
		for (const t of targets)
			if (t.level !== 'ntm' && !ntmListed.has(t.communeId) && t.communeId !== dh?.id)
				expect(communeById.get(t.communeId)?.recognisedLevel).toBe('ntm');
		for (const id of ntmListed) expect(communeById.get(id)?.recognisedLevel).toBeNull();
	});

	it('notes the 2025 merger of Nông Sơn into Quế Sơn', () => {
		const byName = new Map(districts.map((d) => [d.name, d]));
		expect(byName.get('Nông Sơn')?.note2025).toContain('1241/NQ-UBTVQH15');
		expect(byName.get('Quế Sơn')?.note2025).toContain('1241/NQ-UBTVQH15');
		expect(districts.filter((d) => d.note2025 !== '')).toHaveLength(2);
	});
});

describe('district targets (II.5)', () => {
	it('has the eight district targets, quoting the plan', () => {
		expect(districtTargets).toHaveLength(8);
		for (const t of districtTargets) {
			expect(districtById.has(t.districtId)).toBe(true);
			expect(DISTRICT_LEVELS).toContain(t.level);
			expect(planText).toContain(t.planText);
			expect(t.id).toBe(`${t.year}-${t.level}-${t.districtId}`);
			expect(parseDeadline(t.deadline!)).toEqual({ ok: true, value: t.deadline });
		}
		const got = Object.fromEntries(
			districtTargets.map((t) => [districtById.get(t.districtId)!.name, `${t.level} ${t.deadline}`])
		);
		expect(got).toEqual({
			'Tiên Phước': 'ntm 2024-10',
			'Núi Thành': 'ntm 2025-06',
			'Đại Lộc': 'ntm 2025-06',
			'Quế Sơn': 'ntm 2025-10',
			'Nông Sơn': 'ntm 2025-10',
			'Hội An': 'hoan_thanh 2025-06',
			'Phú Ninh': 'nang_cao 2025',
			'Duy Xuyên': 'nang_cao 2025'
		});
	});
});

describe('goals and indicators', () => {
	const goal = (k: string) => goals.find((g) => g.key === k);

	it('stores the commune goals against the right basis', () => {
		expect(goal('communes_ntm')).toMatchObject({
			target: 154,
			comparator: '>=',
			basis: 'programme_communes',
			basisCount: 193,
			statedSharePct: 80,
			baseline: 112
		});
		expect(goal('communes_nang_cao')).toMatchObject({
			target: 64,
			basis: 'ntm_communes',
			basisCount: null,
			statedSharePct: 40,
			baseline: 6
		});
		expect(goal('communes_kieu_mau')).toMatchObject({
			target: 16,
			basis: 'ntm_communes',
			basisCount: null,
			statedSharePct: 10,
			baseline: 1
		});
		expect(goal('communes_ntm_new')?.target).toBe(42);
		expect(goal('communes_nang_cao_new')?.target).toBe(58);
		expect(goal('communes_kieu_mau_new')?.target).toBe(15);
		expect(goal('communes_under_15')).toMatchObject({ comparator: '<=', target: 0 });
		expect(goal('districts_without_ntm')).toMatchObject({ comparator: '<=', target: 0, basisCount: 18 });
		expect(goal('district_units_ntm')).toMatchObject({ target: 8, basis: 'district_units' });
		expect(goal('model_hamlets')).toMatchObject({ target: 60, basis: 'hamlets' });
		expect(goal('model_hamlets_mountain')).toMatchObject({ target: 50, basis: 'mountain_hamlets' });
		for (const g of goals) {
			expect(g.id).toBe(g.key);
			expect(BASES).toContain(g.basis);
			expect(COMPARATORS).toContain(g.comparator);
		}
	});

	it('has the other indicators of II.7', () => {
		expect(indicators.length).toBeGreaterThanOrEqual(20);
		for (const i of indicators) {
			expect(i.planSection).toBe('II.7');
			expect(i.target).not.toBe('');
			expect(i.deadline).toBe('2025');
		}
	});
});

describe('all tables', () => {
	it('has unique ids, version 1, an updatedAt and NFC text', () => {
		expect(Object.values(SEED_VERSIONS).every((v) => v >= 1)).toBe(true);
		// The association's registers, the criteria matrix, the issued reports and the packages start empty: the plan names nothing to put in them.
		const registers = ['models', 'memberHouseholds', 'memberHouses', 'ocopProducts', 'results', 'commendations', 'assessments', 'reports', 'packages'];
		for (const table of TABLE_NAMES) {
			const rows = seedData[table] as { id: string; version: number; updatedAt: string }[];
			if (registers.includes(table)) expect(rows, table).toEqual([]);
			else expect(rows.length, table).toBeGreaterThan(0);
			expect(new Set(rows.map((r) => r.id)).size, table).toBe(rows.length);
			for (const r of rows) {
				expect(r.version).toBe(1);
				expect(r.updatedAt).toBe('2024-01-25T00:00:00.000Z');
				const json = JSON.stringify(r);
				expect(json.normalize('NFC')).toBe(json);
			}
		}
	});
});
