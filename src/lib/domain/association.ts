// The Veterans' Association's own work (sections III and IV of the plan): its catalogue of
// campaigns, movements and models, the models it runs in each commune, its members' households and
// houses, members' OCOP products, results per district and reporting period, commendations.
// Pure TypeScript: records and enumerations (labels in the dictionaries under `enum.<name>.<code>`).
import type { BaseRecord } from './records';

/** What an entry of the catalogue is (sections III.1, III.3, III.6 name all three). */
export const CAMPAIGN_KINDS = ['campaign', 'movement', 'model'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** Who runs a model: the association alone ("do Hội CCB quản lý", III.3) or with others. */
export const RUN_BY = ['association', 'joint'] as const;
export type RunBy = (typeof RUN_BY)[number];

export const MODEL_STATES = ['running', 'paused', 'ended'] as const;
export type ModelState = (typeof MODEL_STATES)[number];

export const HOUSE_CONDITIONS = ['temporary', 'dilapidated'] as const;
export type HouseCondition = (typeof HOUSE_CONDITIONS)[number];

export const HOUSE_WORKS = ['build', 'repair'] as const;
export type HouseWork = (typeof HOUSE_WORKS)[number];

/** Where support for a house comes from (NQ 13/NQ-HĐND of 22/9/2023 is the province's programme). */
export const SUPPORT_SOURCES = ['fund_poor', 'association', 'nq13', 'other'] as const;
export type SupportSource = (typeof SUPPORT_SOURCES)[number];

export const WORK_STATES = ['planned', 'in_progress', 'done'] as const;
export type WorkState = (typeof WORK_STATES)[number];

export const OCOP_OWNERS = ['member', 'coop', 'business'] as const;
export type OcopOwner = (typeof OCOP_OWNERS)[number];

export const OCOP_STARS = ['3', '4', '5', 'review'] as const;
export type OcopStars = (typeof OCOP_STARS)[number];

export const OCOP_NOVELTY = ['new', 'upgraded'] as const;
export type OcopNovelty = (typeof OCOP_NOVELTY)[number];

export const PERIOD_KINDS = ['h1', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const MEASURE_GROUPS = ['contribution', 'poverty', 'credit', 'welfare', 'organisation', 'training'] as const;
export type MeasureGroup = (typeof MEASURE_GROUPS)[number];

export const COMMENDATION_KINDS = ['collective', 'individual'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];

export const COMMENDATION_FORMS = ['giay_khen', 'bang_khen', 'co_thi_dua', 'chien_si_thi_dua', 'other'] as const;
export type CommendationForm = (typeof COMMENDATION_FORMS)[number];

/** Who gives it: the association's central committee, the province, the provincial association… */
export const COMMENDATION_LEVELS = ['central', 'province', 'association_province', 'district', 'commune'] as const;
export type CommendationLevel = (typeof COMMENDATION_LEVELS)[number];

export const COMMENDATION_STATES = ['proposed', 'decided'] as const;
export type CommendationState = (typeof COMMENDATION_STATES)[number];

/** A campaign, movement or model named in the plan (or added by a planner). */
export interface Campaign extends BaseRecord {
	name: string;
	kind: CampaignKind;
	planSection: string;
	notes: string;
}

/** A model the association runs (or runs jointly) in a commune-level unit. */
export interface AssociationModel extends BaseRecord {
	communeId: string;
	/** Follows the commune. */
	districtId: string;
	name: string;
	/** The catalogue entry it is an instance of, if any. */
	campaignId: string | null;
	runBy: RunBy;
	startedOn: string | null;
	participants: number | null;
	state: ModelState;
	result: string;
	/** Chosen to sum up 2021-2025 in 2025 (one per district, III.3). */
	summary: boolean;
	notes: string;
}

/** Members' households of one district-level association in one year (2023 = baseline). */
export interface MemberHouseholds extends BaseRecord {
	districtId: string;
	year: number;
	households: number | null;
	poor: number | null;
	nearPoor: number | null;
	/** Poor households among ethnic-minority members. */
	poorEthnic: number | null;
	/** Temporary or dilapidated houses. */
	poorHouses: number | null;
	notes: string;
}

/** A member household's house to build or repair (names are personal data: this device only). */
export interface MemberHouse extends BaseRecord {
	household: string;
	communeId: string;
	districtId: string;
	condition: HouseCondition;
	work: HouseWork;
	/** Million đồng. */
	support: number | null;
	source: SupportSource | null;
	state: WorkState;
	completedOn: string | null;
	notes: string;
}

export interface OcopProduct extends BaseRecord {
	name: string;
	owner: string;
	ownerKind: OcopOwner;
	communeId: string;
	districtId: string;
	stars: OcopStars;
	certificateNo: string;
	certificateDate: string | null;
	novelty: OcopNovelty;
	year: number;
	notes: string;
}

/** A reporting period: the first half or the whole of a year. */
export interface Period extends BaseRecord {
	name: string;
	year: number;
	kind: PeriodKind;
	startsOn: string;
	endsOn: string;
	notes: string;
}

/** Something the association reports each period (land donated, working days…). */
export interface ResultMeasure extends BaseRecord {
	name: string;
	unit: string;
	group: MeasureGroup;
	order: number;
	source: string;
	notes: string;
}

/** One figure: a district-level association, a period, a measure. Missing = nobody reported it. */
export interface ResultFigure extends BaseRecord {
	districtId: string;
	periodId: string;
	measureId: string;
	value: number | null;
	notes: string;
}

export interface Commendation extends BaseRecord {
	kind: CommendationKind;
	recipient: string;
	districtId: string | null;
	achievement: string;
	form: CommendationForm;
	level: CommendationLevel;
	state: CommendationState;
	decisionNo: string;
	decisionDate: string | null;
	periodId: string | null;
	notes: string;
}

/** A model counts for the goal of III.3 when the association runs it and it has not ended. */
export function countsForGoal(m: Pick<AssociationModel, 'runBy' | 'state'>): boolean {
	return m.runBy === 'association' && m.state !== 'ended';
}

/** Communes (ids) with at least one model that counts for the goal of III.3. */
export function communesWithModel(models: readonly AssociationModel[]): Set<string> {
	const out = new Set<string>();
	for (const m of models) if (countsForGoal(m)) out.add(m.communeId);
	return out;
}
