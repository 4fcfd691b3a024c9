// Enumerations of the domain. Codes are stable (stored in IndexedDB and written as ids);
// their labels live in the language dictionaries under `enum.<name>.<code>`.

export const LEVELS = ['ntm', 'nang_cao', 'kieu_mau'] as const;
export type Level = (typeof LEVELS)[number];

/** What the plan asks of a commune target. */
export const ACTIONS = ['reach', 'submit_dossier', 'maintain'] as const;
export type Action = (typeof ACTIONS)[number];

export const STATUSES = ['not_started', 'in_progress', 'submitted', 'recognised', 'failed'] as const;
export type Status = (typeof STATUSES)[number];

export const COMMUNE_KINDS = ['xa', 'phuong', 'thi_tran'] as const;
export type CommuneKind = (typeof COMMUNE_KINDS)[number];

export const DISTRICT_KINDS = ['huyen', 'thi_xa', 'thanh_pho'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

export const REGIONS = ['mien_nui', 'dong_bang'] as const;
export type Region = (typeof REGIONS)[number];

/** District-level targets of section II.5. */
export const DISTRICT_LEVELS = ['ntm', 'hoan_thanh', 'nang_cao'] as const;
export type DistrictLevel = (typeof DISTRICT_LEVELS)[number];

/** What a province goal's share is measured against. */
export const BASES = [
	'programme_communes', // communes in the NTM programme (193)
	'ntm_communes', // communes recognised NTM (about 155 at the end of the phase)
	'district_units', // district-level units (18)
	'hamlets', // all hamlets
	'mountain_hamlets', // hamlets in mountainous districts
	'none' // an absolute count with no share
] as const;
export type Basis = (typeof BASES)[number];

export const COMPARATORS = ['>=', '<=', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Ordering of levels: a commune recognised at a higher level also counts at the lower ones. */
export const LEVEL_RANK: Record<Level, number> = { ntm: 1, nang_cao: 2, kieu_mau: 3 };

/** A criterion of a commune in the criteria matrix: met or not met (empty: not assessed). */
export const CRITERION_STATES = ['dat', 'chua_dat'] as const;
export type CriterionState = (typeof CRITERION_STATES)[number];

/** The kind of unit a recognition or a criteria set is about. */
export const UNIT_SCOPES = ['commune', 'district'] as const;
export type UnitScope = (typeof UNIT_SCOPES)[number];

/** Levels a unit can be recognised at: communes NTM / nâng cao / kiểu mẫu; district-level units
 * NTM, "hoàn thành nhiệm vụ" (a thị xã or thành phố) and nâng cao. */
export const RECOGNITION_LEVELS = ['ntm', 'nang_cao', 'kieu_mau', 'hoan_thanh'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

/** A recognition, or the finding of a review (Điều 29 QĐ 3387/QĐ-UBND) that a level is no longer maintained. */
export const RECOGNITION_KINDS = ['recognised', 'not_maintained'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];
