// Progress against the plan's goals (sections II.1-6): pure functions over the stored records.
// Imports nothing from Svelte, Dexie or Chart.js. Every share carries its basis (numerator and
// denominator, and where the denominator comes from); a figure that cannot be computed is null
// together with the reason, never 0.
import { LEVEL_RANK, LEVELS, STATUSES, type Level, type Status } from './enums';
import type { Assessment, Commune, District, DistrictTarget, Goal, Recognition, Target } from './records';
import { criteriaGroupOf, type DashboardFilter } from './filters';
import { BASELINE_UNTIL, RecognitionIndex, baselineCounts } from './recognitions';
import { latestCounts } from './criteria-matrix';
import { communesOnMap, type Succession } from './units-over-time';

export interface AggregateInput {
	districts: readonly District[];
	communes: readonly Commune[];
	targets: readonly Target[];
	districtTargets: readonly DistrictTarget[];
	goals: readonly Goal[];
	/** The register of recognitions: a unit's level follows from it (with targets marked recognised). */
	recognitions?: readonly Recognition[];
	/** The criteria matrix: a commune's number of criteria met follows from it where it has data. */
	assessments?: readonly Assessment[];
	/** Successions of units: the plan's figures are on the units of its own map (2024). */
	successions?: readonly Succession[];
}


/** A share with its basis: numerator / denominator, and what the denominator is. */
export interface Share {
	numerator: number;
	denominator: number;
	/** numerator / denominator, 0..1 (never shown without the two counts). */
	value: number;
}

export function share(numerator: number, denominator: number | null | undefined): Share | null {
	if (!denominator || denominator <= 0) return null;
	return { numerator, denominator, value: numerator / denominator };
}

/** A goal as the dashboard states it. */
export interface GoalRef {
	key: string;
	target: number;
	comparator: Goal['comparator'];
	basisCount: number | null;
	statedSharePct: number | null;
	baseline: number | null;
	baselineNote: string;
	notes: string;
}

function goalRef(goals: readonly Goal[], key: string): GoalRef | null {
	const g = goals.find((x) => x.key === key);
	if (!g) return null;
	return {
		key: g.key,
		target: g.target,
		comparator: g.comparator,
		basisCount: g.basisCount,
		statedSharePct: g.statedSharePct,
		baseline: g.baseline,
		baselineNote: g.baselineNote,
		notes: g.notes
	};
}

/** Communes recognised at a level (section II.1-3). */
export interface LevelFigure {
	level: Level;
	/** Programme communes (in the filter) that reached the level: a recognition, or a target marked recognised. */
	reached: number;
	/** ... of which by a recognition record. */
	fromRegister: number;
	/** ... of which only through a target marked recognised (no recognition record yet). */
	fromTargets: number;
	goal: GoalRef | null;
	/**
	 * The basis the share is computed on, as the plan states it. NTM: the programme communes (193).
	 * Advanced / model: the communes recognised NTM ("chiếm tỷ lệ 40%" of them), counted in the
	 * register, so known only when the NTM register is complete. Never the goal.
	 */
	basisCount: number | null;
	basisKind: 'programme_communes' | 'ntm_communes' | 'selection';
	/** reached / basis; null when a register is incomplete (see registerIncomplete, basisIncomplete) or no basis. */
	share: Share | null;
	/** The register names fewer communes reaching this level by 2020 than the plan's starting point:
	 * figures are "at least". */
	registerIncomplete: boolean;
	/** Communes the register gives for the baseline (recognised by 2020 or with no year), province-wide. */
	baselineRecorded: number;
	/** The basis (NTM communes) is itself known only as "at least". */
	basisIncomplete: boolean;
	ids: string[];
}

export interface DistrictUnitsFigure {
	/** District-level units recognised NTM or "hoàn thành nhiệm vụ" (recognitions, or district targets marked recognised). */
	reached: number;
	/** Units the plan sends for NTM / hoàn thành (II.5.a). */
	planned: number;
	goal: GoalRef | null;
	/** The plan's upper figure ("08-09"), when its notes give one. */
	goalMax: number | null;
	ids: string[];
	/** Units the plan implies were already there (goal minus the units it sends: 8-9 − 5 = 3-4), and how many the register names. */
	impliedBaseline: { min: number; max: number } | null;
	baselineRecorded: number;
	/** The register names fewer units than the plan implies: the count is "at least". */
	registerIncomplete: boolean;
	/** The district targets (every level) in the filter, for a card scoped to some districts. */
	targets: { districtId: string; level: string; year: number; status: string; planSection: string }[];
	/** How each selected district stands (filter on districts only). */
	standing: { districtId: string; level: string | null; year: number | null; fromTarget: boolean }[];
}

export interface CriteriaFigure {
	/** Programme communes (in the filter). */
	total: number;
	/** With a known number of criteria. */
	known: number;
	/** ... of which from the criteria matrix, the rest entered by hand. */
	fromMatrix: number;
	unknown: number;
	/** Known and under 15 (null when no commune has data). */
	under15: number | null;
	under15Ids: string[];
	/** Groups of the NTM reports: Nhóm 1 (19) ... Nhóm 5 (<5), plus no data. */
	groups: Record<CriteriaGroupKey, number>;
}
export const CRITERIA_GROUP_KEYS = ['19', '15-18', '10-14', '5-9', 'lt5', 'unknown'] as const;
export type CriteriaGroupKey = (typeof CRITERIA_GROUP_KEYS)[number];

export interface HamletFigure {
	/** Communes with both hamlet counts entered / communes considered. */
	communesWithData: number;
	communes: number;
	modelHamlets: number;
	hamlets: number;
	/** null when no commune has data. */
	share: Share | null;
	goal: GoalRef | null;
}

export interface DistrictNoNtm {
	/** District ids with ≥1 programme commune and none recognised NTM. */
	ids: string[];
	goal: GoalRef | null;
	/** The register says more districts have no NTM commune than the plan does (its baseline): both are shown. */
	contradictsPlan: boolean;
}

export interface LevelYearBar {
	level: Level;
	year: number;
	targeted: number;
	recognised: number;
}

export interface DistrictStatusRow {
	districtId: string;
	counts: Record<Status, number>;
	total: number;
}

export interface Dashboard {
	filter: DashboardFilter;
	/** True when the filter narrows to some districts: province goals are then not compared. */
	partial: boolean;
	/** Communes flagged inProgramme in the whole province (196 in the seeds) vs the goal's basis (193). */
	programmeFlagged: number;
	programmeBasis: number | null;
	/** Programme communes inside the filter. */
	programmeInScope: number;
	levels: Record<Level, LevelFigure>;
	districtUnits: DistrictUnitsFigure;
	criteria: CriteriaFigure;
	hamlets: HamletFigure;
	hamletsMountain: HamletFigure;
	districtsNoNtm: DistrictNoNtm;
	levelYear: LevelYearBar[];
	byDistrict: DistrictStatusRow[];
}

const inDistricts = (sel: readonly string[], id: string) => !sel.length || sel.includes(id);

/** Targets counted by the charts: in the selected districts and (if set) the selected year. */
export function targetsInFilter(targets: readonly Target[], f: DashboardFilter): Target[] {
	return targets.filter((t) => inDistricts(f.district, t.districtId) && (f.year === null || t.year === f.year));
}

/** Programme communes inside the district filter. */
export function programmeCommunes(communes: readonly Commune[], f: DashboardFilter): Commune[] {
	return communes.filter((c) => c.inProgramme && inDistricts(f.district, c.districtId));
}

function upperFromNotes(notes: string): number | null {
	const m = /(\d+)\s*-\s*(\d+)/.exec(notes);
	return m ? Number(m[2]) : null;
}

function hamletFigure(communes: readonly Commune[], goal: GoalRef | null): HamletFigure {
	let withData = 0;
	let model = 0;
	let total = 0;
	for (const c of communes) {
		if (c.hamletsTotal === null || c.modelHamlets === null || c.hamletsTotal === undefined || c.modelHamlets === undefined) continue;
		withData++;
		model += c.modelHamlets;
		total += c.hamletsTotal;
	}
	return {
		communesWithData: withData,
		communes: communes.length,
		modelHamlets: model,
		hamlets: total,
		share: withData ? share(model, total) : null,
		goal
	};
}

/** Everything the dashboard shows, for one filter. */
export function computeDashboard(input: AggregateInput, filter: DashboardFilter): Dashboard {
	// The 2021-2025 plan is reviewed on the units it was made for; later maps are shown beside it
	// (units-over-time.ts), never mixed into its counts.
	const data: AggregateInput = { ...input, communes: communesOnMap(input.communes, input.successions) };
	const f: DashboardFilter = { district: [...filter.district], year: filter.year };
	const partial = f.district.length > 0;
	const until = f.year;
	const goals = data.goals;
	const index = new RecognitionIndex(data.recognitions ?? [], data.targets, data.districtTargets);
	const programme = programmeCommunes(data.communes, f);
	const ntmGoal = goalRef(goals, 'communes_ntm');

	const allProgramme = data.communes.filter((c) => c.inProgramme);
	const ranks = new Map(programme.map((c) => [c.id, index.communeRank(c.id, until)]));
	// The baseline the register gives, province-wide: recognised by 2020 or with no year, by a record.
	const baseline = baselineCounts(index, allProgramme.map((c) => c.id));
	const baselineAt = (r: number) => (r >= 3 ? baseline.kieu_mau : r === 2 ? baseline.nang_cao : baseline.ntm);
	const ntmIncomplete = (ntmGoal?.baseline ?? 0) > baseline.ntm;

	const levelFigure = (level: Level): LevelFigure => {
		const r = LEVEL_RANK[level];
		const key = `communes_${level}`;
		const goal = goalRef(goals, key);
		const ids = programme.filter((c) => (ranks.get(c.id) ?? 0) >= r).map((c) => c.id);
		const fromTargets = ids.filter((id) => index.commune(id, until)?.event.fromTarget).length;
		const baselineRecorded = baselineAt(r);
		let basisCount: number | null;
		let basisKind: LevelFigure['basisKind'];
		let basisIncomplete = false;
		if (partial) {
			basisCount = programme.length;
			basisKind = 'selection';
		} else if (level === 'ntm') {
			basisCount = goal?.basisCount ?? null;
			basisKind = 'programme_communes';
		} else {
			// "chiếm tỷ lệ 40%" of the communes recognised NTM: the register's count, known only when complete.
			basisCount = programme.filter((c) => (ranks.get(c.id) ?? 0) >= 1).length;
			basisKind = 'ntm_communes';
			basisIncomplete = ntmIncomplete;
		}
		// The register is incomplete when it names fewer communes than the plan's starting point.
		// The plan's baseline is a provincial total, so this is judged province-wide whatever the filter.
		const registerIncomplete = goal?.baseline != null && baselineRecorded < goal.baseline;
		return {
			level,
			reached: ids.length,
			fromRegister: ids.length - fromTargets,
			fromTargets,
			goal,
			basisCount,
			basisKind,
			share: registerIncomplete || basisIncomplete ? null : share(ids.length, basisCount),
			registerIncomplete,
			baselineRecorded,
			basisIncomplete,
			ids
		};
	};
	const levels = Object.fromEntries(LEVELS.map((l) => [l, levelFigure(l)])) as Record<Level, LevelFigure>;

	// District-level units (II.5.a): recognised NTM or "hoàn thành nhiệm vụ" by the register (or a
	// district target marked recognised). The plan's goal (08-09) includes the units already there.
	const unitGoal = goalRef(goals, 'district_units_ntm');
	const goalMax = unitGoal ? upperFromNotes(unitGoal.notes) : null;
	const inScope = data.districts.filter((d) => inDistricts(f.district, d.id));
	const unitIds = inScope.filter((d) => index.districtRank(d.id, until) >= 1).map((d) => d.id);
	const sentAll = data.districtTargets.filter((d) => d.level === 'ntm' || d.level === 'hoan_thanh');
	// The units the plan implies were already there: its baseline (3 of "08-09", as it sends 5 more).
	const impliedBaseline =
		unitGoal?.baseline != null ? { min: unitGoal.baseline, max: unitGoal.baseline + Math.max(0, (goalMax ?? unitGoal.target) - unitGoal.target) } : null;
	const unitBaselineRecorded = data.districts.filter((d) => {
		const s = index.district(d.id, BASELINE_UNTIL + 3); // before the plan (2024)
		return !!s && !s.event.fromTarget;
	}).length;
	const districtUnits: DistrictUnitsFigure = {
		reached: unitIds.length,
		planned: new Set(sentAll.filter((d) => inDistricts(f.district, d.districtId)).map((d) => d.districtId)).size,
		goal: unitGoal,
		goalMax,
		ids: unitIds,
		impliedBaseline,
		baselineRecorded: unitBaselineRecorded,
		registerIncomplete: !!impliedBaseline && unitBaselineRecorded < impliedBaseline.min,
		targets: data.districtTargets
			.filter((d) => partial && inDistricts(f.district, d.districtId))
			.map((d) => ({ districtId: d.districtId, level: d.level, year: d.year, status: d.status, planSection: d.planSection })),
		standing: partial
			? inScope.map((d) => {
					const s = index.district(d.id, until);
					return { districtId: d.id, level: s?.level ?? null, year: s?.year ?? null, fromTarget: !!s?.event.fromTarget };
				})
			: []
	};

	// Criteria met (II.4): groups of the NTM reports, from the criteria matrix where it has data.
	const counts = latestCounts(data.assessments ?? []);
	const criteriaOf = (c: Commune) => counts.get(c.id)?.met ?? c.criteriaMet;
	const groups = Object.fromEntries(CRITERIA_GROUP_KEYS.map((k) => [k, 0])) as Record<CriteriaGroupKey, number>;
	const under15Ids: string[] = [];
	let fromMatrix = 0;
	for (const c of programme) {
		const n = criteriaOf(c);
		if (counts.has(c.id)) fromMatrix++;
		const g = criteriaGroupOf(n) as CriteriaGroupKey;
		groups[g]++;
		if (n !== null && n !== undefined && n < 15) under15Ids.push(c.id);
	}
	const known = programme.length - groups.unknown;
	const criteria: CriteriaFigure = {
		total: programme.length,
		known,
		fromMatrix,
		unknown: groups.unknown,
		under15: known ? under15Ids.length : null,
		under15Ids,
		groups
	};

	// Districts with no NTM commune (II.4).
	const districtIds = [...new Set(programme.map((c) => c.districtId))];
	const noNtm = districtIds.filter((d) => !programme.some((c) => c.districtId === d && (ranks.get(c.id) ?? 0) >= 1));
	// Districts by name, as the grids list them.
	const order = new Map([...data.districts].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((d, i) => [d.id, i]));
	const byOrder = (a: string, b: string) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b);
	noNtm.sort(byOrder);
	const noNtmGoal = goalRef(goals, 'districts_without_ntm');

	// Charts over the plan's commune targets.
	const ts = targetsInFilter(data.targets, f);
	const years = [...new Set(ts.map((t) => t.year))].sort((a, b) => a - b);
	const levelYear: LevelYearBar[] = [];
	for (const level of LEVELS) {
		for (const year of years) {
			const here = ts.filter((t) => t.level === level && t.year === year);
			if (!here.length) continue;
			levelYear.push({ level, year, targeted: here.length, recognised: here.filter((t) => t.status === 'recognised').length });
		}
	}
	const rows = new Map<string, DistrictStatusRow>();
	for (const t of ts) {
		let row = rows.get(t.districtId);
		if (!row) {
			row = { districtId: t.districtId, counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>, total: 0 };
			rows.set(t.districtId, row);
		}
		row.counts[t.status]++;
		row.total++;
	}
	const byDistrict = [...rows.values()].sort((a, b) => byOrder(a.districtId, b.districtId));

	return {
		filter: f,
		partial,
		programmeFlagged: data.communes.filter((c) => c.inProgramme).length,
		programmeBasis: ntmGoal?.basisCount ?? null,
		programmeInScope: programme.length,
		levels,
		districtUnits,
		criteria,
		hamlets: hamletFigure(programme, goalRef(goals, 'model_hamlets')),
		hamletsMountain: hamletFigure(
			programme.filter((c) => c.region === 'mien_nui'),
			goalRef(goals, 'model_hamlets_mountain')
		),
		districtsNoNtm: {
			ids: noNtm,
			goal: noNtmGoal,
			contradictsPlan: !partial && noNtmGoal?.baseline != null && (until === null || until >= 2024) && noNtm.length > noNtmGoal.baseline && ntmIncomplete
		},
		levelYear,
		byDistrict
	};
}
