// The Veterans' Association's progress against its own goals (section III of the plan) and its
// share of the province's goals (II.7): pure functions over the association's registers.
// Like aggregates.ts: every figure carries its basis, and a figure that cannot be computed (an
// empty register, a missing baseline) is null or 'no_data' with the reason, never 0.
import { communesOnMap, type Succession } from './units-over-time';
import {
	OCOP_STARS,
	countsForGoal,
	communesWithModel,
	type AssociationModel,
	type Campaign,
	type MemberHouse,
	type MemberHouseholds,
	type OcopProduct,
	type OcopStars
} from './association';
import type { Region } from './enums';
import type { Commune, District, Indicator } from './records';
import type { DashboardFilter } from './filters';
import { share, type Share } from './aggregates';
import { parseNumber } from './numbers';

export interface AssociationInput {
	districts: readonly District[];
	communes: readonly Commune[];
	campaigns: readonly Campaign[];
	models: readonly AssociationModel[];
	memberHouseholds: readonly MemberHouseholds[];
	memberHouses: readonly MemberHouse[];
	ocopProducts: readonly OcopProduct[];
	/** The indicators of II.7 hold the province goals the association contributes to. */
	indicators: readonly Indicator[];
	successions?: readonly Succession[];
}

/** The year the plan's household figures start from (III.4: "giảm bình quân ... /năm"). */
export const BASELINE_YEAR = 2023;
/** Mountain districts: poor member households fall by at least this many points of the rate a year. */
export const MOUNTAIN_POOR_FALL = 4;
/** ... of which ethnic-minority poor member households: at least this many points a year. */
export const MOUNTAIN_ETHNIC_FALL = 3;
/** III.4: no temporary or dilapidated member house left by this date. */
export const HOUSES_DEADLINE = '2025-12-31';

/** The indicators of II.7 (seeds/indicators.json) read as the province goals. */
export const PROVINCE_GOAL_IDS = {
	models: 'ind-models',
	ocopTotal: 'ind-ocop-total',
	ocopNew: 'ind-ocop-new',
	ocopFiveStar: 'ind-ocop-5star'
} as const;

const inDistricts = (sel: readonly string[], id: string | null | undefined) => !sel.length || (id != null && sel.includes(id));

/** District ids by district name, as the grids list them (unknown ids last, by id). */
function districtOrder(districts: readonly District[]) {
	const byName = [...districts].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
	const order = new Map(byName.map((d, i) => [d.id, i]));
	return (a: string, b: string) => (order.get(a) ?? 1e6) - (order.get(b) ?? 1e6) || a.localeCompare(b);
}

// ---------------------------------------------------------------------------------------------
// Province goals (II.7) the association contributes to

/** A province goal of II.7 as an indicator states it ("≥300"). */
export interface ProvinceGoal {
	indicatorId: string;
	name: string;
	/** The target as the indicator writes it ("≥300"). */
	text: string;
	comparator: '≥' | '>' | '≤' | '<' | '=' | null;
	/** The number in the target, or null when the text holds none. */
	value: number | null;
	planSection: string;
}

/** A province goal read from the indicators of II.7; null when the indicator is not there. */
export function provinceGoal(indicators: readonly Indicator[], id: string): ProvinceGoal | null {
	const ind = indicators.find((i) => i.id === id);
	if (!ind) return null;
	const text = (ind.target ?? '').trim();
	const m = /^(≥|>=|>|≤|<=|<|=)?\s*(.*)$/.exec(text);
	const op = m?.[1] ?? '';
	const comparator = op === '>=' ? '≥' : op === '<=' ? '≤' : ((op || null) as ProvinceGoal['comparator']);
	return { indicatorId: ind.id, name: ind.name, text, comparator, value: parseNumber(m?.[2] ?? ''), planSection: ind.planSection };
}

// ---------------------------------------------------------------------------------------------
// 1. Models (III.3: at least one model run by the association in every xã)

/** Communes (xã) of the programme inside the district filter: the basis of the III.3 goal. */
export function goalCommunes(communes: readonly Commune[], filter: DashboardFilter): Commune[] {
	return communes.filter((c) => c.kind === 'xa' && c.inProgramme && inDistricts(filter.district, c.districtId));
}

/** The models inside the district filter (by their commune's district). */
export function modelsInScope(models: readonly AssociationModel[], communes: readonly Commune[], filter: DashboardFilter): AssociationModel[] {
	if (!filter.district.length) return [...models];
	const districtOf = new Map(communes.map((c) => [c.id, c.districtId]));
	return models.filter((m) => inDistricts(filter.district, districtOf.get(m.communeId) ?? m.districtId));
}

export interface DistrictCoverage {
	districtId: string;
	/** Programme xã of the district with a model that counts. */
	covered: number;
	/** Programme xã of the district. */
	total: number;
	withoutIds: string[];
}

export interface ModelCoverage {
	/** No model at all in the register for this scope: coverage is unknown, not 0. */
	registerEmpty: boolean;
	/** Programme xã (in the filter) with at least one model that counts (countsForGoal). */
	covered: number;
	/** Programme xã in the filter: the goal's basis. */
	total: number;
	/** covered / total; null when the register is empty or there is no commune. */
	share: Share | null;
	/** Programme xã with no model that counts (recorded), in the districts' order. */
	withoutIds: string[];
	byDistrict: DistrictCoverage[];
}

/** III.3 coverage: programme xã with a model the association runs, overall and per district. */
export function modelCoverage(
	communes: readonly Commune[],
	models: readonly AssociationModel[],
	districts: readonly District[],
	filter: DashboardFilter
): ModelCoverage {
	const basis = goalCommunes(communes, filter);
	const withModel = communesWithModel(models);
	const byOrder = districtOrder(districts);
	const sorted = [...basis].sort((a, b) => byOrder(a.districtId, b.districtId) || a.name.localeCompare(b.name, 'vi'));
	const rows = new Map<string, DistrictCoverage>();
	const withoutIds: string[] = [];
	let covered = 0;
	for (const c of sorted) {
		let row = rows.get(c.districtId);
		if (!row) rows.set(c.districtId, (row = { districtId: c.districtId, covered: 0, total: 0, withoutIds: [] }));
		row.total++;
		if (withModel.has(c.id)) {
			row.covered++;
			covered++;
		} else {
			row.withoutIds.push(c.id);
			withoutIds.push(c.id);
		}
	}
	const registerEmpty = modelsInScope(models, communes, filter).length === 0;
	return {
		registerEmpty,
		covered,
		total: basis.length,
		share: registerEmpty ? null : share(covered, basis.length),
		withoutIds,
		byDistrict: [...rows.values()].sort((a, b) => byOrder(a.districtId, b.districtId))
	};
}

export interface CatalogueRow {
	/** The catalogue entry, or null for models outside the catalogue. */
	campaignId: string | null;
	/** The entry's name; null for "not in the catalogue"; the id when the entry is gone. */
	name: string | null;
	/** Models that count (countsForGoal) of this entry, in the filter. */
	count: number;
}

/** Models that count, by catalogue entry: most first, "not in the catalogue" last. */
export function modelsByCatalogue(
	models: readonly AssociationModel[],
	campaigns: readonly Campaign[],
	communes: readonly Commune[],
	filter: DashboardFilter
): CatalogueRow[] {
	const names = new Map(campaigns.map((c) => [c.id, c.name]));
	const counts = new Map<string | null, number>();
	for (const m of modelsInScope(models, communes, filter)) {
		if (!countsForGoal(m)) continue;
		const key = m.campaignId || null;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const rows: CatalogueRow[] = [...counts].map(([campaignId, count]) => ({
		campaignId,
		name: campaignId === null ? null : (names.get(campaignId) ?? campaignId),
		count
	}));
	return rows.sort(
		(a, b) =>
			Number(a.campaignId === null) - Number(b.campaignId === null) || b.count - a.count || (a.name ?? '').localeCompare(b.name ?? '', 'vi')
	);
}

export interface ModelGoalFigure {
	/** The association's models that count (run by it, not ended), in the filter; null when the register is empty. */
	count: number | null;
	/** The province goal of II.7 ("Nhân rộng ít nhất 300 mô hình..."): the association contributes to it. */
	goal: ProvinceGoal | null;
}

/** The association's models beside the province-wide goal of II.7 (a contribution, not its own share). */
export function modelsAgainstProvinceGoal(
	models: readonly AssociationModel[],
	communes: readonly Commune[],
	indicators: readonly Indicator[],
	filter: DashboardFilter
): ModelGoalFigure {
	const scope = modelsInScope(models, communes, filter);
	return {
		count: scope.length ? scope.filter(countsForGoal).length : null,
		goal: provinceGoal(indicators, PROVINCE_GOAL_IDS.models)
	};
}

// ---------------------------------------------------------------------------------------------
// 2. Member households (III.4)

export type GoalStatus = 'met' | 'on_track' | 'behind' | 'no_data';

/** The fall of a rate (per 100 member households) from the baseline year to a later year. */
export interface RateFall {
	fromYear: number;
	toYear: number;
	fromCount: number;
	fromHouseholds: number;
	toCount: number;
	toHouseholds: number;
	/** count / households × 100. */
	fromRate: number;
	toRate: number;
	/** Average fall a year in percentage points of the rate ((fromRate - toRate) / years); negative = a rise. */
	pointsPerYear: number;
}

export interface HouseholdDistrict {
	districtId: string;
	region: Region;
	poorDistrict: boolean;
	/** Lowland: no poor or near-poor member household; mountain: the rate falls by 4-5 points a year. */
	rule: 'lowland' | 'mountain';
	/** Years entered (within the year filter), ascending. */
	years: number[];
	/**
	 * The year the status is judged on (lowland: latest with both counts; mountain: the end of the
	 * fall, or without one the latest year with a poor count, shown for information), or null.
	 */
	latestYear: number | null;
	/** Counts in latestYear (lowland: poor and near-poor; mountain: poor and households). */
	households: number | null;
	poor: number | null;
	nearPoor: number | null;
	status: GoalStatus;
	/** Mountain: the fall of the poor rate; null when there is no baseline or no later year. */
	poorFall: RateFall | null;
	/** Mountain: the fall of the ethnic-minority poor rate (over all member households). */
	ethnicFall: RateFall | null;
	/** Mountain: the status of the ethnic-minority goal; null for lowland districts. */
	ethnicStatus: GoalStatus | null;
	/** Temporary or dilapidated houses in the latest year that has the count. */
	poorHouses: { year: number; count: number } | null;
}

export interface HouseholdFigure {
	/** No household row in the filter at all. */
	registerEmpty: boolean;
	districts: HouseholdDistrict[];
	lowland: { met: number; behind: number; noData: number; total: number };
	/** onTrack counts 'met' and 'on_track'. */
	mountain: { onTrack: number; behind: number; noData: number; total: number };
}

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * The fall from the baseline year to the latest later year with both counts, in points of the rate
 * a year; null without a baseline row or a later row (households must be > 0 in both).
 */
export function rateFall(rows: readonly MemberHouseholds[], count: (r: MemberHouseholds) => number | null): RateFall | null {
	const ok = rows.filter((r) => known(r.households) && r.households > 0 && known(count(r)));
	const from = ok.find((r) => r.year === BASELINE_YEAR);
	const later = ok.filter((r) => r.year > BASELINE_YEAR).sort((a, b) => b.year - a.year)[0];
	if (!from || !later) return null;
	const fromCount = count(from)!;
	const toCount = count(later)!;
	const fromRate = (fromCount / from.households!) * 100;
	const toRate = (toCount / later.households!) * 100;
	return {
		fromYear: from.year,
		toYear: later.year,
		fromCount,
		fromHouseholds: from.households!,
		toCount,
		toHouseholds: later.households!,
		fromRate,
		toRate,
		pointsPerYear: (fromRate - toRate) / (later.year - from.year)
	};
}

/** Status of a mountain goal: met when none is left, on track when the fall reaches the threshold. */
export function fallStatus(fall: RateFall | null, threshold: number): GoalStatus {
	if (!fall) return 'no_data';
	if (fall.toCount === 0) return 'met';
	// A hair under the threshold from floating point (4.4999…) is still the threshold.
	return fall.pointsPerYear >= threshold - 1e-9 ? 'on_track' : 'behind';
}

/** Status of the lowland goal in the latest year with both counts: no poor and no near-poor. */
export function lowlandStatus(rows: readonly MemberHouseholds[]): { status: GoalStatus; row: MemberHouseholds | null } {
	const row = rows.filter((r) => known(r.poor) && known(r.nearPoor)).sort((a, b) => b.year - a.year)[0] ?? null;
	if (!row) return { status: 'no_data', row: null };
	return { status: row.poor === 0 && row.nearPoor === 0 ? 'met' : 'behind', row };
}

/** III.4 per district and year: goal status as the plan words it, and the houses still to fix. */
export function householdStatus(
	districts: readonly District[],
	households: readonly MemberHouseholds[],
	filter: DashboardFilter
): HouseholdFigure {
	const rows = households.filter((r) => inDistricts(filter.district, r.districtId) && (filter.year === null || r.year <= filter.year));
	const byDistrict = new Map<string, MemberHouseholds[]>();
	for (const r of rows) byDistrict.set(r.districtId, [...(byDistrict.get(r.districtId) ?? []), r]);

	const out: HouseholdDistrict[] = [];
	for (const d of districts) {
		if (!inDistricts(filter.district, d.id)) continue;
		const mine = byDistrict.get(d.id) ?? [];
		const years = [...new Set(mine.map((r) => r.year))].sort((a, b) => a - b);
		const housesRow = mine.filter((r) => known(r.poorHouses)).sort((a, b) => b.year - a.year)[0];
		const base = {
			districtId: d.id,
			region: d.region,
			poorDistrict: d.poorDistrict === true,
			years,
			poorHouses: housesRow ? { year: housesRow.year, count: housesRow.poorHouses! } : null
		};
		if (d.region === 'mien_nui') {
			const poorFall = rateFall(mine, (r) => r.poor);
			const ethnicFall = rateFall(mine, (r) => r.poorEthnic);
			// The year shown: the end of the fall, else the latest year with a poor count (status no_data).
			const latest = poorFall
				? mine.find((r) => r.year === poorFall.toYear)!
				: (mine.filter((r) => known(r.poor)).sort((a, b) => b.year - a.year)[0] ?? null);
			out.push({
				...base,
				rule: 'mountain',
				latestYear: latest?.year ?? null,
				households: latest?.households ?? null,
				poor: latest?.poor ?? null,
				nearPoor: latest?.nearPoor ?? null,
				status: fallStatus(poorFall, MOUNTAIN_POOR_FALL),
				poorFall,
				ethnicFall,
				ethnicStatus: fallStatus(ethnicFall, MOUNTAIN_ETHNIC_FALL)
			});
		} else {
			const { status, row } = lowlandStatus(mine);
			out.push({
				...base,
				rule: 'lowland',
				latestYear: row?.year ?? null,
				households: row?.households ?? null,
				poor: row?.poor ?? null,
				nearPoor: row?.nearPoor ?? null,
				status,
				poorFall: null,
				ethnicFall: null,
				ethnicStatus: null
			});
		}
	}
	const low = out.filter((d) => d.rule === 'lowland');
	const high = out.filter((d) => d.rule === 'mountain');
	const countOf = (list: HouseholdDistrict[], ...s: GoalStatus[]) => list.filter((d) => s.includes(d.status)).length;
	return {
		registerEmpty: rows.length === 0,
		districts: out,
		lowland: { met: countOf(low, 'met'), behind: countOf(low, 'behind', 'on_track'), noData: countOf(low, 'no_data'), total: low.length },
		mountain: { onTrack: countOf(high, 'met', 'on_track'), behind: countOf(high, 'behind'), noData: countOf(high, 'no_data'), total: high.length }
	};
}

// ---------------------------------------------------------------------------------------------
// 3. Houses (III.4: no temporary or dilapidated house left by the end of 2025)

export interface HouseDistrict {
	districtId: string;
	planned: number;
	inProgress: number;
	/** planned + inProgress. */
	remaining: number;
	done: number;
}

export interface HouseFigure {
	registerEmpty: boolean;
	/** Not done yet (planned or in progress); null when the register is empty. */
	remaining: number | null;
	planned: number;
	inProgress: number;
	done: number;
	total: number;
	byDistrict: HouseDistrict[];
	deadline: string;
}

/** Members' houses to build or repair: not yet done (by district) and done. The year filter does not apply (current state). */
export function housesRemaining(houses: readonly MemberHouse[], districts: readonly District[], filter: DashboardFilter): HouseFigure {
	const rows = houses.filter((h) => inDistricts(filter.district, h.districtId));
	const map = new Map<string, HouseDistrict>();
	for (const h of rows) {
		let d = map.get(h.districtId);
		if (!d) map.set(h.districtId, (d = { districtId: h.districtId, planned: 0, inProgress: 0, remaining: 0, done: 0 }));
		if (h.state === 'done') d.done++;
		else {
			d.remaining++;
			if (h.state === 'in_progress') d.inProgress++;
			else d.planned++;
		}
	}
	const byOrder = districtOrder(districts);
	const byDistrict = [...map.values()].sort((a, b) => byOrder(a.districtId, b.districtId));
	const sum = (k: keyof Omit<HouseDistrict, 'districtId'>) => byDistrict.reduce((s, d) => s + d[k], 0);
	return {
		registerEmpty: rows.length === 0,
		remaining: rows.length ? sum('remaining') : null,
		planned: sum('planned'),
		inProgress: sum('inProgress'),
		done: sum('done'),
		total: rows.length,
		byDistrict,
		deadline: HOUSES_DEADLINE
	};
}

// ---------------------------------------------------------------------------------------------
// 4. OCOP products of members (beside the province's goals of II.7)

export type StarCounts = Record<OcopStars, number>;
const noStars = (): StarCounts => Object.fromEntries(OCOP_STARS.map((s) => [s, 0])) as StarCounts;

export interface OcopYearRow {
	year: number;
	counts: StarCounts;
	total: number;
}

export interface OcopFigure {
	registerEmpty: boolean;
	/** Every product in the filter (certified and under review). */
	total: number;
	/** Rated 3, 4 or 5 stars; null when the register is empty. */
	certified: number | null;
	byStars: StarCounts;
	byYear: OcopYearRow[];
	/** Certified products marked "phát triển mới". */
	newCertified: number;
	fiveStar: number;
	/** Province goals of II.7 (≥400 products, ≥200 new, ≥5 five-star lead products): the association contributes. */
	goals: { total: ProvinceGoal | null; new: ProvinceGoal | null; fiveStar: ProvinceGoal | null };
}

const CERTIFIED: readonly OcopStars[] = ['3', '4', '5'];

/** The members' OCOP products by stars and year, up to the end of the filter's year. */
export function ocopByStars(products: readonly OcopProduct[], indicators: readonly Indicator[], filter: DashboardFilter): OcopFigure {
	const rows = products.filter((p) => inDistricts(filter.district, p.districtId) && (filter.year === null || p.year <= filter.year));
	const byStars = noStars();
	const years = new Map<number, OcopYearRow>();
	let newCertified = 0;
	for (const p of rows) {
		if (!(OCOP_STARS as readonly string[]).includes(p.stars)) continue;
		byStars[p.stars]++;
		let y = years.get(p.year);
		if (!y) years.set(p.year, (y = { year: p.year, counts: noStars(), total: 0 }));
		y.counts[p.stars]++;
		y.total++;
		if (p.novelty === 'new' && CERTIFIED.includes(p.stars)) newCertified++;
	}
	const certified = CERTIFIED.reduce((s, k) => s + byStars[k], 0);
	return {
		registerEmpty: rows.length === 0,
		total: rows.length,
		certified: rows.length ? certified : null,
		byStars,
		byYear: [...years.values()].sort((a, b) => a.year - b.year),
		newCertified,
		fiveStar: byStars['5'],
		goals: {
			total: provinceGoal(indicators, PROVINCE_GOAL_IDS.ocopTotal),
			new: provinceGoal(indicators, PROVINCE_GOAL_IDS.ocopNew),
			fiveStar: provinceGoal(indicators, PROVINCE_GOAL_IDS.ocopFiveStar)
		}
	};
}

// ---------------------------------------------------------------------------------------------

export interface AssociationDashboard {
	filter: DashboardFilter;
	coverage: ModelCoverage;
	catalogue: CatalogueRow[];
	modelGoal: ModelGoalFigure;
	households: HouseholdFigure;
	houses: HouseFigure;
	ocop: OcopFigure;
}

/** Everything the dashboard's "Hội CCB" section shows, for one filter. */
export function computeAssociation(input: AssociationInput, filter: DashboardFilter): AssociationDashboard {
	// The goals of III.3 are the 2021-2025 plan's: counted on the units of its map.
	const data: AssociationInput = { ...input, communes: communesOnMap(input.communes, input.successions) };
	const f: DashboardFilter = { district: [...filter.district], year: filter.year };
	return {
		filter: f,
		coverage: modelCoverage(data.communes, data.models, data.districts, f),
		catalogue: modelsByCatalogue(data.models, data.campaigns, data.communes, f),
		modelGoal: modelsAgainstProvinceGoal(data.models, data.communes, data.indicators, f),
		households: householdStatus(data.districts, data.memberHouseholds, f),
		houses: housesRemaining(data.memberHouses, data.districts, f),
		ocop: ocopByStars(data.ocopProducts, data.indicators, f)
	};
}
