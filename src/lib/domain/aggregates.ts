// Progress against the plan's goals (sections II.1-6): pure functions over the stored records.
// Imports nothing from Svelte, Dexie or Chart.js. Every share carries its basis (numerator and
// denominator, and where the denominator comes from); a figure that cannot be computed is null
// together with the reason, never 0.
import { LEVEL_RANK, LEVELS, STATUSES, type Level, type Status } from './enums';
import type { Commune, District, DistrictTarget, Goal, Target } from './records';
import { criteriaGroupOf, type DashboardFilter } from './filters';
import { reachedRank, recognisedIndex, registerRank } from './reach';

export interface AggregateInput {
	districts: readonly District[];
	communes: readonly Commune[];
	targets: readonly Target[];
	districtTargets: readonly DistrictTarget[];
	goals: readonly Goal[];
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
	/** Programme communes (in the filter) that reached the level: register or recognised target. */
	reached: number;
	/** ... of which from the commune register (recognisedLevel) alone. */
	fromRegister: number;
	/** ... of which only through a target marked recognised. */
	fromTargets: number;
	goal: GoalRef | null;
	/**
	 * The basis the share is computed on. NTM: the goal's basisCount (193 programme communes).
	 * Advanced / model: the NTM communes the plan aims for (the NTM goal, 154; "about 155" in the plan).
	 */
	basisCount: number | null;
	basisKind: 'programme_communes' | 'ntm_goal' | 'selection';
	/** reached / basis; null when the register is incomplete (see registerIncomplete) or no basis. */
	share: Share | null;
	/** The register records fewer communes at this level than the plan's own starting point. */
	registerIncomplete: boolean;
	ids: string[];
}

export interface DistrictUnitsFigure {
	reached: number;
	planned: number;
	goal: GoalRef | null;
	/** The plan's upper figure ("08-09"), when its notes give one. */
	goalMax: number | null;
	ids: string[];
}

export interface CriteriaFigure {
	/** Programme communes (in the filter). */
	total: number;
	/** With a known number of criteria. */
	known: number;
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
export function computeDashboard(data: AggregateInput, filter: DashboardFilter): Dashboard {
	const f: DashboardFilter = { district: [...filter.district], year: filter.year };
	const partial = f.district.length > 0;
	const until = f.year;
	const goals = data.goals;
	const recognised = recognisedIndex(data.targets.filter((t) => inDistricts(f.district, t.districtId)));
	const programme = programmeCommunes(data.communes, f);
	const ntmGoal = goalRef(goals, 'communes_ntm');

	const allProgramme = data.communes.filter((c) => c.inProgramme);
	const provinceRegister = (r: number) => allProgramme.filter((c) => registerRank(c) >= r).length;
	const ranks = new Map(programme.map((c) => [c.id, reachedRank(c, recognised.get(c.id), until)]));

	const levelFigure = (level: Level): LevelFigure => {
		const r = LEVEL_RANK[level];
		const key = `communes_${level}`;
		const goal = goalRef(goals, key);
		const ids = programme.filter((c) => (ranks.get(c.id) ?? 0) >= r).map((c) => c.id);
		const fromRegister = programme.filter((c) => registerRank(c, until) >= r).length;
		let basisCount: number | null;
		let basisKind: LevelFigure['basisKind'];
		if (partial) {
			basisCount = programme.length;
			basisKind = 'selection';
		} else if (level === 'ntm') {
			basisCount = goal?.basisCount ?? null;
			basisKind = 'programme_communes';
		} else {
			basisCount = ntmGoal?.target ?? null;
			basisKind = 'ntm_goal';
		}
		// The register is incomplete when it holds fewer communes than the plan's starting point.
		// The plan's baseline is a provincial total, so this is judged province-wide whatever the filter.
		const registerIncomplete = goal?.baseline != null && provinceRegister(r) < goal.baseline;
		return {
			level,
			reached: ids.length,
			fromRegister,
			fromTargets: ids.length - fromRegister,
			goal,
			basisCount,
			basisKind,
			share: registerIncomplete ? null : share(ids.length, basisCount),
			registerIncomplete,
			ids
		};
	};
	const levels = Object.fromEntries(LEVELS.map((l) => [l, levelFigure(l)])) as Record<Level, LevelFigure>;

	// District-level units (II.5.a): district targets at level ntm / hoan_thanh marked recognised.
	const unitGoal = goalRef(goals, 'district_units_ntm');
	const unitTargets = data.districtTargets.filter(
		(d) => (d.level === 'ntm' || d.level === 'hoan_thanh') && inDistricts(f.district, d.districtId)
	);
	const unitIds = [
		...new Set(unitTargets.filter((d) => d.status === 'recognised' && (until === null || d.year <= until)).map((d) => d.districtId))
	];
	const districtUnits: DistrictUnitsFigure = {
		reached: unitIds.length,
		planned: new Set(unitTargets.map((d) => d.districtId)).size,
		goal: unitGoal,
		goalMax: unitGoal ? upperFromNotes(unitGoal.notes) : null,
		ids: unitIds
	};

	// Criteria met (II.4): groups of the NTM reports.
	const groups = Object.fromEntries(CRITERIA_GROUP_KEYS.map((k) => [k, 0])) as Record<CriteriaGroupKey, number>;
	const under15Ids: string[] = [];
	for (const c of programme) {
		const g = criteriaGroupOf(c.criteriaMet) as CriteriaGroupKey;
		groups[g]++;
		if (c.criteriaMet !== null && c.criteriaMet < 15) under15Ids.push(c.id);
	}
	const known = programme.length - groups.unknown;
	const criteria: CriteriaFigure = {
		total: programme.length,
		known,
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
		districtsNoNtm: { ids: noNtm, goal: goalRef(goals, 'districts_without_ntm') },
		levelYear,
		byDistrict
	};
}
