// Records stored in IndexedDB, seeded from seeds/ and exchanged in workbooks.
// Every record has a stable string id, a per-record version raised by each change, and updatedAt.
import type {
	Action,
	Basis,
	CommuneKind,
	Comparator,
	CriterionState,
	DistrictKind,
	DistrictLevel,
	Level,
	RecognitionKind,
	RecognitionLevel,
	Region,
	Status,
	UnitScope
} from './enums';

export interface BaseRecord {
	id: string;
	/** Raised by one on every change; lets a re-imported workbook be merged record by record. */
	version: number;
	/** ISO timestamp of the last change. */
	updatedAt: string;
}

/** A district-level unit (huyện / thị xã / thành phố). id = official 3-digit code. */
export interface District extends BaseRecord {
	name: string;
	kind: DistrictKind;
	region: Region;
	/** One of the province's six poor districts of 2021-2025 (II.7; QĐ 353/QĐ-TTg of 15/3/2022). */
	poorDistrict: boolean;
	/** Where the region and the poor-district flag come from. */
	regionSource: string;
	note2025: string;
}

/** A commune-level unit (xã / phường / thị trấn). id = official 5-digit code, kept as text. */
export interface Commune extends BaseRecord {
	districtId: string;
	name: string;
	kind: CommuneKind;
	region: Region;
	/** Counted among the communes of the NTM programme (193 in 2023-2025). */
	inProgramme: boolean;
	/** Highest level recognised so far, if known. */
	recognisedLevel: Level | null;
	recognisedYear: number | null;
	/** Number of the 19 NTM criteria met, if known. */
	criteriaMet: number | null;
	hamletsTotal: number | null;
	modelHamlets: number | null;
	note2025: string;
	/** First day of a unit formed by a reform (null: it existed before the records begin). Its last
	 * day follows from the successions (domain/units-over-time.ts), so it is never stored. */
	validFrom: string | null;
	notes: string;
}

/** One commune target of the plan: reach a level in a year (sections II.1-3). */
export interface Target extends BaseRecord {
	communeId: string;
	/** Copied from the commune so the grid can filter and sort without a join. */
	districtId: string;
	level: Level;
	year: number;
	action: Action;
	status: Status;
	/** Canonical deadline text, see domain/deadline.ts. */
	deadline: string | null;
	criteriaMet: number | null;
	responsible: string;
	decisionNo: string;
	/** ISO yyyy-mm-dd. */
	decisionDate: string | null;
	notes: string;
	/** The commune's name as the plan spells it ("Tà Bhing"). */
	planName: string;
	/** Where in the plan this comes from ("II.1.a"). */
	planSection: string;
}

/** A district-level target of section II.5. */
export interface DistrictTarget extends BaseRecord {
	districtId: string;
	level: DistrictLevel;
	year: number;
	deadline: string | null;
	status: Status;
	decisionNo: string;
	decisionDate: string | null;
	notes: string;
	planText: string;
	planSection: string;
}

/** A province goal of sections II.1-6, stored as a count against a named basis, never a bare %. */
export interface Goal extends BaseRecord {
	/** Stable key used by the aggregates ("communes_ntm", "communes_nang_cao", ...). */
	key: string;
	name: string;
	comparator: Comparator;
	/** The count to reach (or the share in percent when basis is hamlets / mountain_hamlets). */
	target: number;
	basis: Basis;
	/** Size of the basis the plan states (193), or null when the plan gives none. */
	basisCount: number | null;
	/** The share the plan states, in percent, for reference (80, 40, 10). */
	statedSharePct: number | null;
	/** Starting point the plan gives (112 NTM communes of 2016-2020). */
	baseline: number | null;
	baselineNote: string;
	deadline: string | null;
	planSection: string;
	notes: string;
	/** The phase the goal belongs to ('' : the 2021-2025 plan the seeds come from). */
	phase: string;
}

/** Another indicator of section II.7 (income, poverty, housing...). */
export interface Indicator extends BaseRecord {
	name: string;
	unit: string;
	baseline: string;
	target: string;
	/** Latest measured value, entered by the planner. */
	actual: string;
	deadline: string | null;
	planSection: string;
	notes: string;
}

// The list of tables, their names and record types: src/lib/schema/registry.ts.

/** A set of criteria (QĐ 318/QĐ-TTg Annex I: the 19 criteria of an NTM commune). id = a short code. */
export interface CriteriaSet extends BaseRecord {
	name: string;
	/** Units it assesses. */
	scope: UnitScope;
	/** The level it is the standard of. */
	standard: RecognitionLevel;
	/** Years it applies to ("2021-2025"). */
	phase: string;
	decisionNo: string;
	decisionDate: string | null;
	issuer: string;
	/** Number of criteria the decision lists. */
	criteriaCount: number;
	/** The criteria rows were checked against the decision's text. */
	verified: boolean;
	source: string;
	notes: string;
}

/** One criterion of a set, with its number and group ("13. Tổ chức sản xuất…", "Kinh tế và tổ chức sản xuất"). */
export interface Criterion extends BaseRecord {
	setId: string;
	number: number;
	name: string;
	group: string;
	notes: string;
}

/** Cells c1…c19 of a row of the criteria matrix: criterion n met, not met or not assessed (null). */
export type CriteriaCells = { [K in `c${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19}`]: CriterionState | null };

/** A row of the criteria matrix: one commune, one criteria set, one assessment year. */
export interface Assessment extends BaseRecord, CriteriaCells {
	communeId: string;
	/** Copied from the commune (filters). */
	districtId: string;
	setId: string;
	year: number;
	notes: string;
}

/** A recognition of a unit at a level (or a review's finding that it no longer keeps it): one record per decision. */
export interface Recognition extends BaseRecord {
	scope: UnitScope;
	/** The commune (scope commune), else empty. */
	communeId: string;
	/** The district-level unit; for a commune, its district (derived). */
	districtId: string;
	level: RecognitionLevel;
	kind: RecognitionKind;
	/** The year the standard was reached ("năm đạt chuẩn"); null = before the plan, year unknown. */
	year: number | null;
	decisionNo: string;
	decisionDate: string | null;
	issuer: string;
	notes: string;
}
