// The figures of a 6-month or annual report (IV.2 of the plan), for one level (the province, or one
// district) and one reporting period, as tables in the plan's order: commune targets by level, year
// and unit (II.1-3), district targets (II.5), the association's registers with their goals beside
// them (III.3-4, II.7), the association's results of the period (III.1-6). Pure TypeScript over the
// dataset as the views show it (withOverlays). A figure nobody can give is { value: null, reason },
// never 0. The texts are Vietnamese and go into the snapshot, so an issued report keeps its wording.
import { communesOnMap, type Succession } from '$lib/domain/units-over-time';
import { LEVELS, LEVEL_RANK, type Level } from '$lib/domain/enums';
import type { Commune, District, DistrictTarget, Indicator, Recognition, Target } from '$lib/domain/records';
import type { AssociationModel, Commendation, MemberHouse, MemberHouseholds, OcopProduct, Period, ResultFigure, ResultMeasure } from '$lib/domain/association';
import { RecognitionIndex, DISTRICT_RANK } from '$lib/domain/recognitions';
import { modelCoverage, housesRemaining, ocopByStars, modelsAgainstProvinceGoal, provinceGoal, PROVINCE_GOAL_IDS } from '$lib/domain/association-aggregates';
import { measuresInOrder, groupRuns } from '$lib/domain/results-pivot';
import { formatDeadline } from '$lib/domain/deadline';
import { tvi } from '$lib/i18n/translate';
import '$lib/i18n/report-texts';

/** Why a figure is missing. */
export type MissingReason = 'not_reported' | 'register_empty' | 'no_goal' | 'no_basis';
/** A figure, or an explicit "missing" with its reason (never a 0 standing for "unknown"). */
export type Figure = { value: number; reason?: undefined } | { value: null; reason: MissingReason };
export const fig = (value: number): Figure => ({ value });
export const missing = (reason: MissingReason): Figure => ({ value: null, reason });

/** A cell of a header row: text over `colSpan` columns and `rowSpan` rows (1 when absent). */
export interface HeaderCell {
	text: string;
	colSpan?: number;
	rowSpan?: number;
}

export interface ReportRow {
	/** group: a Roman-numeral row with its subtotal; item: an Arabic-numbered row; total: the table's total. */
	kind: 'group' | 'item' | 'total';
	/** "I", "1", "" */
	no: string;
	label: string;
	/** Unit of measure (tables with a unit column). */
	unit?: string;
	/** One per figure column; null: nothing to show there (a year on a total row). */
	cells: (Figure | null)[];
	note?: string;
	/** Stable key of the row, for the differences between a snapshot and today (unit id, measure id…). */
	key: string;
}

export interface ReportTable {
	key: 'communeTargets' | 'districtTargets' | 'registers' | 'results';
	/** "Biểu 01" */
	code: string;
	title: string;
	/** Header rows over every column: TT, the label, [unit], the figures, the note. */
	header: HeaderCell[][];
	/** Short name of each figure column (the differences view). */
	columns: string[];
	hasUnit: boolean;
	/** Figure columns holding a year (written without thousands separators). */
	yearColumns?: number[];
	rows: ReportRow[];
	/** How the figures were counted (printed under the table). */
	notes: string[];
}

export type ReportLevel = 'province' | string;

export interface ReportFigures {
	/** 'province' or a district id. */
	level: ReportLevel;
	levelName: string;
	periodId: string;
	periodName: string;
	periodKind: Period['kind'];
	periodYear: number;
	startsOn: string;
	endsOn: string;
	tables: ReportTable[];
	/** District-level associations with no result for the period (province), or [] (a district that reported). */
	notReported: { id: string; name: string }[];
}

/** The tables the report reads (the dataset as withOverlays gives it). */
export interface ReportInput {
	districts: readonly District[];
	communes: readonly Commune[];
	targets: readonly Target[];
	districtTargets: readonly DistrictTarget[];
	recognitions: readonly Recognition[];
	indicators: readonly Indicator[];
	periods: readonly Period[];
	resultMeasures: readonly ResultMeasure[];
	results: readonly ResultFigure[];
	models: readonly AssociationModel[];
	memberHouseholds: readonly MemberHouseholds[];
	memberHouses: readonly MemberHouse[];
	ocopProducts: readonly OcopProduct[];
	commendations: readonly Commendation[];
	/** Successions of units: the report of a phase of the plan counts the units of the plan's map. */
	successions?: readonly Succession[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const roman = (i: number) => ROMAN[i] ?? String(i + 1);

/**
 * Counted by the period's end: a decision dated on or before it; without a date, a year before the
 * period's, or the period's own year when the period is the whole year (a recognition "in 2025" with
 * no date is not counted in the first half of 2025: its date is unknown).
 */
export function byPeriodEnd(p: Pick<Period, 'kind' | 'year' | 'endsOn'>, e: { decisionDate: string | null; year: number | null }): boolean {
	if (e.decisionDate) return e.decisionDate <= p.endsOn;
	if (e.year === null) return true;
	return e.year < p.year || (p.kind === 'year' && e.year === p.year);
}

/** Sum of figures: missing when every part is missing (the reason of the first), else the sum of those given. */
export function sumFigures(list: readonly (Figure | null)[]): Figure | null {
	const given = list.filter((f): f is Figure => f !== null);
	if (!given.length) return null;
	const known = given.filter((f) => f.value !== null);
	if (!known.length) return given[0];
	return fig(known.reduce((s, f) => s + (f.value as number), 0));
}

function districtsInLevel(data: ReportInput, level: ReportLevel): District[] {
	const list = level === 'province' ? [...data.districts] : data.districts.filter((d) => d.id === level);
	return list.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

// ---------------------------------------------------------------------------------------------
// Biểu 01: commune targets by level, year and unit (II.1-3)

function communeTargetsTable(data: ReportInput, level: ReportLevel, p: Period): ReportTable {
	const inLevel = (districtId: string) => level === 'province' || districtId === level;
	const targets = data.targets.filter((t) => inLevel(t.districtId));
	const years = [...new Set(data.targets.map((t) => t.year))].sort((a, b) => a - b);
	// Recognitions and targets marked recognised count only when they fall by the period's end.
	const index = new RecognitionIndex(
		data.recognitions.filter((r) => byPeriodEnd(p, r)),
		data.targets.filter((t) => t.status !== 'recognised' || byPeriodEnd(p, t))
	);
	const rank = new Map<string, number>();
	const rankOf = (communeId: string) => {
		let r = rank.get(communeId);
		if (r === undefined) rank.set(communeId, (r = index.communeRank(communeId)));
		return r;
	};
	const submitted = (t: Target) => t.status === 'submitted' || t.status === 'recognised' || rankOf(t.communeId) >= LEVEL_RANK[t.level];
	const recognised = (t: Target) => rankOf(t.communeId) >= LEVEL_RANK[t.level];
	const cellsOf = (ts: readonly Target[]) =>
		years.flatMap((y) => {
			const here = ts.filter((t) => t.year === y);
			return [fig(here.length), fig(here.filter(submitted).length), fig(here.filter(recognised).length)];
		});
	const communeName = new Map(data.communes.map((c) => [c.id, c.name]));
	const districtName = new Map(data.districts.map((d) => [d.id, d.name]));
	const rows: ReportRow[] = [];
	LEVELS.forEach((lv: Level, gi) => {
		const ofLevel = targets.filter((t) => t.level === lv);
		rows.push({ kind: 'group', no: roman(gi), key: `level:${lv}`, label: tvi(`report.level.${lv}` as never), cells: cellsOf(ofLevel) });
		// Province: one row per district; a district: one row per commune.
		const units = new Map<string, Target[]>();
		for (const t of ofLevel) {
			const u = level === 'province' ? t.districtId : t.communeId;
			const list = units.get(u);
			if (list) list.push(t);
			else units.set(u, [t]);
		}
		const nameOf = (u: string) => (level === 'province' ? districtName.get(u) : communeName.get(u)) ?? u;
		[...units.keys()]
			.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'vi'))
			.forEach((u, i) => rows.push({ kind: 'item', no: String(i + 1), key: `level:${lv}:${u}`, label: nameOf(u), cells: cellsOf(units.get(u)!) }));
	});
	rows.push({ kind: 'total', no: '', key: 'total', label: tvi('report.total'), cells: cellsOf(targets) });
	const sub = [tvi('report.col.planned'), tvi('report.col.submitted'), tvi('report.col.recognised')];
	return {
		key: 'communeTargets',
		code: tvi('report.table.code', { n: '01' }),
		title: tvi('report.table.communeTargets'),
		header: [
			[
				{ text: tvi('report.col.no'), rowSpan: 2 },
				{ text: tvi(level === 'province' ? 'report.col.levelDistrict' : 'report.col.levelCommune'), rowSpan: 2 },
				...years.map((y) => ({ text: tvi('report.col.year', { year: y }), colSpan: 3 })),
				{ text: tvi('report.col.note'), rowSpan: 2 }
			],
			years.flatMap(() => sub.map((text) => ({ text })))
		],
		columns: years.flatMap((y) => sub.map((s) => `${s} ${y}`)),
		hasUnit: false,
		rows,
		notes: [tvi('report.note.communeTargets', { end: isoToVi(p.endsOn) })]
	};
}

// ---------------------------------------------------------------------------------------------
// Biểu 02: district targets (II.5)

function districtTargetsTable(data: ReportInput, level: ReportLevel, p: Period): ReportTable {
	const list = data.districtTargets.filter((d) => level === 'province' || d.districtId === level);
	const index = new RecognitionIndex(
		data.recognitions.filter((r) => byPeriodEnd(p, r)),
		[],
		data.districtTargets.filter((t) => t.status !== 'recognised' || byPeriodEnd(p, t))
	);
	const districtName = new Map(data.districts.map((d) => [d.id, d.name]));
	const recognised = (t: DistrictTarget) => index.districtRank(t.districtId) >= (DISTRICT_RANK[t.level] ?? 9);
	const submitted = (t: DistrictTarget) => t.status === 'submitted' || t.status === 'recognised' || recognised(t);
	const rows: ReportRow[] = [];
	// NTM and "hoàn thành nhiệm vụ" are one group (II.5.a), nâng cao the other (II.5.b).
	const groups: { key: string; levels: string[] }[] = [
		{ key: 'ntm', levels: ['ntm', 'hoan_thanh'] },
		{ key: 'nang_cao', levels: ['nang_cao'] }
	];
	const cells = (ts: readonly DistrictTarget[], year: number | null): (Figure | null)[] => [
		year === null ? null : fig(year),
		fig(ts.length),
		fig(ts.filter(submitted).length),
		fig(ts.filter(recognised).length)
	];
	groups.forEach((g, gi) => {
		const here = list.filter((t) => g.levels.includes(t.level)).sort((a, b) => a.year - b.year || (districtName.get(a.districtId) ?? '').localeCompare(districtName.get(b.districtId) ?? '', 'vi'));
		rows.push({ kind: 'group', no: roman(gi), key: `dlevel:${g.key}`, label: tvi(`report.dlevel.${g.key}` as never), cells: cells(here, null) });
		here.forEach((t, i) =>
			rows.push({
				kind: 'item',
				no: String(i + 1),
				key: `dt:${t.id}`,
				label: `${districtName.get(t.districtId) ?? t.districtId} (${tvi(`enum.districtLevel.${t.level}` as never)})`,
				cells: cells([t], t.year),
				note: t.deadline ? tvi('report.note.deadline', { deadline: formatDeadline(t.deadline, 'vi') }) : ''
			})
		);
	});
	rows.push({ kind: 'total', no: '', key: 'total', label: tvi('report.total'), cells: cells(list, null) });
	return {
		key: 'districtTargets',
		code: tvi('report.table.code', { n: '02' }),
		title: tvi('report.table.districtTargets'),
		header: [
			[
				{ text: tvi('report.col.no') },
				{ text: tvi('report.col.unit') },
				{ text: tvi('report.col.targetYear') },
				{ text: tvi('report.col.planned') },
				{ text: tvi('report.col.submitted') },
				{ text: tvi('report.col.recognised') },
				{ text: tvi('report.col.note') }
			]
		],
		columns: [tvi('report.col.targetYear'), tvi('report.col.planned'), tvi('report.col.submitted'), tvi('report.col.recognised')],
		hasUnit: false,
		yearColumns: [0],
		rows,
		notes: []
	};
}

// ---------------------------------------------------------------------------------------------
// Biểu 03: the association's registers with their goals beside them (III.3, III.4, II.7)

function registersTable(data: ReportInput, level: ReportLevel, p: Period): ReportTable {
	const filter = { district: level === 'province' ? [] : [level], year: p.year };
	const coverage = modelCoverage(data.communes, data.models, data.districts, filter);
	const modelGoal = modelsAgainstProvinceGoal(data.models, data.communes, data.indicators, filter);
	const houses = housesRemaining(
		data.memberHouses.filter((h) => h.state !== 'done' || !h.completedOn || h.completedOn <= p.endsOn),
		data.districts,
		filter
	);
	const ocop = ocopByStars(data.ocopProducts, data.indicators, filter);
	const inLevel = (id: string | null | undefined) => level === 'province' || id === level;
	// Members' households: the period's year row of each district (the latest up to it when none).
	const households = latestHouseholds(data.memberHouseholds.filter((h) => inLevel(h.districtId) && h.year <= p.year));
	const commendations = data.commendations.filter((c) => inLevel(c.districtId) && c.state === 'decided' && (c.periodId === p.id || (!!c.decisionDate && c.decisionDate >= p.startsOn && c.decisionDate <= p.endsOn)));
	const goalOf = (id: string): Figure => {
		const g = provinceGoal(data.indicators, id);
		return g?.value != null && level === 'province' ? fig(g.value) : missing('no_goal');
	};
	const orEmpty = (empty: boolean, n: number | null | undefined): Figure => (empty || n == null ? missing('register_empty') : fig(n));
	const hh = (k: 'poor' | 'nearPoor' | 'poorHouses' | 'households'): Figure => {
		const vals = households.map((h) => h[k]).filter((v): v is number => typeof v === 'number');
		return vals.length ? fig(vals.reduce((s, v) => s + v, 0)) : missing(households.length ? 'not_reported' : 'register_empty');
	};
	const rows: ReportRow[] = [];
	const group = (i: number, key: string) => rows.push({ kind: 'group', no: roman(i), key: `g:${key}`, label: tvi(`report.reg.group.${key}` as never), cells: [null, null] });
	let n = 0;
	const item = (key: string, unit: string, result: Figure, goal: Figure | null, note = '') =>
		rows.push({ kind: 'item', no: String(++n), key, label: tvi(`report.reg.${key}` as never), unit, cells: [result, goal], note });

	group(0, 'models');
	n = 0;
	item('communesWithModel', tvi('report.unit.commune'), orEmpty(coverage.registerEmpty, coverage.covered), coverage.total ? fig(coverage.total) : missing('no_basis'), tvi('report.note.allCommunes'));
	item('modelsRunning', tvi('report.unit.model'), orEmpty(modelGoal.count === null, modelGoal.count), goalOf(PROVINCE_GOAL_IDS.models));
	group(1, 'households');
	n = 0;
	item('households', tvi('report.unit.household'), hh('households'), null, households.length ? tvi('report.note.householdYears', { years: [...new Set(households.map((h) => h.year))].join(', ') }) : '');
	item('poor', tvi('report.unit.household'), hh('poor'), null);
	item('nearPoor', tvi('report.unit.household'), hh('nearPoor'), null);
	item('housesRemaining', tvi('report.unit.house'), orEmpty(houses.registerEmpty, houses.remaining), fig(0), tvi('report.note.housesDeadline'));
	item('housesDone', tvi('report.unit.house'), orEmpty(houses.registerEmpty, houses.done), null);
	group(2, 'ocop');
	n = 0;
	item('ocopCertified', tvi('report.unit.product'), orEmpty(ocop.registerEmpty, ocop.certified), goalOf(PROVINCE_GOAL_IDS.ocopTotal));
	item('ocopFiveStar', tvi('report.unit.product'), orEmpty(ocop.registerEmpty, ocop.fiveStar), goalOf(PROVINCE_GOAL_IDS.ocopFiveStar));
	group(3, 'commendations');
	n = 0;
	item('commendations', tvi('report.unit.decision'), data.commendations.length ? fig(commendations.length) : missing('register_empty'), null);
	return {
		key: 'registers',
		code: tvi('report.table.code', { n: '03' }),
		title: tvi('report.table.registers'),
		header: [
			[
				{ text: tvi('report.col.no') },
				{ text: tvi('report.col.content') },
				{ text: tvi('report.col.unitOfMeasure') },
				{ text: tvi('report.col.result') },
				{ text: tvi('report.col.goal') },
				{ text: tvi('report.col.note') }
			]
		],
		columns: [tvi('report.col.result'), tvi('report.col.goal')],
		hasUnit: true,
		rows,
		notes: [tvi('report.note.registers')]
	};
}

function latestHouseholds(rows: readonly MemberHouseholds[]): MemberHouseholds[] {
	const best = new Map<string, MemberHouseholds>();
	for (const r of rows) {
		const b = best.get(r.districtId);
		if (!b || r.year > b.year) best.set(r.districtId, r);
	}
	return [...best.values()];
}

// ---------------------------------------------------------------------------------------------
// Biểu 04: the association's results of the period (III.1-6)

/** One district's figure for each measure of a period: missing ("not_reported") where it sent none. */
export function districtResults(data: Pick<ReportInput, 'results' | 'resultMeasures'>, periodId: string, districtId: string): Map<string, Figure> {
	const out = new Map<string, Figure>();
	for (const m of data.resultMeasures) out.set(m.id, missing('not_reported'));
	for (const r of data.results) {
		if (r.periodId !== periodId || r.districtId !== districtId || r.value === null || r.value === undefined) continue;
		out.set(r.measureId, fig(r.value));
	}
	return out;
}

function resultsTable(data: ReportInput, level: ReportLevel, p: Period, districts: readonly District[]): { table: ReportTable; notReported: { id: string; name: string }[] } {
	const per = districts.map((d) => ({ d, figures: districtResults(data, p.id, d.id) }));
	const reported = per.filter((x) => [...x.figures.values()].some((f) => f.value !== null));
	const notReported = per.filter((x) => !reported.includes(x)).map((x) => ({ id: x.d.id, name: x.d.name }));
	const rows: ReportRow[] = [];
	groupRuns(measuresInOrder(data.resultMeasures)).forEach((run, gi) => {
		rows.push({ kind: 'group', no: roman(gi), key: `mg:${run.group}`, label: tvi(`enum.measureGroup.${run.group}` as never), cells: [null, null] });
		run.measures.forEach((m, i) => {
			const figs = per.map((x) => x.figures.get(m.id)!);
			const given = figs.filter((f) => f.value !== null).length;
			const total = sumFigures(figs) ?? missing('not_reported');
			rows.push({
				kind: 'item',
				no: String(i + 1),
				key: `m:${m.id}`,
				label: m.name,
				unit: m.unit,
				cells: [total, fig(given)],
				note: given && given < districts.length ? tvi('report.note.partial', { n: given, of: districts.length }) : ''
			});
		});
	});
	return {
		table: {
			key: 'results',
			code: tvi('report.table.code', { n: '04' }),
			title: tvi('report.table.results', { period: p.name }),
			header: [
				[
					{ text: tvi('report.col.no') },
					{ text: tvi('report.col.content') },
					{ text: tvi('report.col.unitOfMeasure') },
					{ text: tvi('report.col.result') },
					{ text: tvi(level === 'province' ? 'report.col.reportedDistricts' : 'report.col.reported') },
					{ text: tvi('report.col.note') }
				]
			],
			columns: [tvi('report.col.result'), tvi('report.col.reportedDistricts')],
			hasUnit: true,
			rows,
			notes: notReported.length ? [tvi('report.note.notReported', { names: notReported.map((x) => x.name).join(', ') })] : []
		},
		notReported
	};
}

// ---------------------------------------------------------------------------------------------

/** Name of a level as the report writes it ("tỉnh Quảng Nam", "huyện Đại Lộc"). */
export function levelName(data: Pick<ReportInput, 'districts'>, level: ReportLevel): string {
	if (level === 'province') return tvi('report.level.province');
	const d = data.districts.find((x) => x.id === level);
	return d ? `${tvi(`report.districtKind.${d.kind}` as never)} ${d.name}` : level;
}

/** dd/mm/yyyy of an ISO date. */
export function isoToVi(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The report's tables for a level and a period; null when the period or the district is unknown. */
export function reportFigures(input: ReportInput, level: ReportLevel, periodId: string): ReportFigures | null {
	// The 2021-2025 plan is reported on the units it was made for (the 2024 map), like the dashboard.
	const data: ReportInput = { ...input, communes: communesOnMap(input.communes, input.successions) };
	const p = data.periods.find((x) => x.id === periodId);
	if (!p) return null;
	if (level !== 'province' && !data.districts.some((d) => d.id === level)) return null;
	const districts = districtsInLevel(data, level);
	const results = resultsTable(data, level, p, districts);
	return {
		level,
		levelName: levelName(data, level),
		periodId: p.id,
		periodName: p.name,
		periodKind: p.kind,
		periodYear: p.year,
		startsOn: p.startsOn,
		endsOn: p.endsOn,
		tables: [communeTargetsTable(data, level, p), districtTargetsTable(data, level, p), registersTable(data, level, p), results.table],
		notReported: results.notReported
	};
}
