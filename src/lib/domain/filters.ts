// View filters, kept in the URL so a view can be bookmarked and reloaded.
// Values are codes; a key may hold a comma-separated list ("status=submitted,recognised").
import type { Commune, Target } from './records';
import { fold } from './text';
import { LEVEL_RANK } from './enums';
import { isLevel, reachedRank } from './reach';

export const CRITERIA_GROUPS = ['19', '15-18', '10-14', '5-9', 'lt5', 'lt15', 'unknown'] as const;
export type CriteriaGroup = (typeof CRITERIA_GROUPS)[number];

export interface TargetFilter {
	year: string[];
	level: string[];
	district: string[];
	status: string[];
	action: string[];
	commune: string[];
	q: string;
}

export interface CommuneFilter {
	district: string[];
	kind: string[];
	region: string[];
	/** Recognised level; "none" = not recognised. */
	level: string[];
	criteria: string[];
	/** "1" = only communes in the programme. */
	programme: string[];
	/** Communes the plan targets in these years ... */
	year: string[];
	/** ... at these levels. */
	target: string[];
	q: string;
	/**
	 * Reached at least this level (a level code), counting the register (recognisedLevel) and the
	 * commune's targets marked recognised (CommunePlan entries with status): the rows behind the
	 * dashboard's headline counts. Optional (added for the dashboard drill-down).
	 */
	reached?: string[];
	/** With `reached`: count recognitions up to the end of this year only (one year). */
	until?: string[];
}

const TARGET_KEYS = ['year', 'level', 'district', 'status', 'action', 'commune'] as const;
const COMMUNE_KEYS = ['district', 'kind', 'region', 'level', 'criteria', 'programme', 'year', 'target'] as const;

function list(params: URLSearchParams, key: string): string[] {
	const v = params.get(key);
	return v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

export function readTargetFilter(params: URLSearchParams): TargetFilter {
	const f = { q: params.get('q') ?? '' } as TargetFilter;
	for (const k of TARGET_KEYS) f[k] = list(params, k);
	return f;
}

export function readCommuneFilter(params: URLSearchParams): CommuneFilter {
	const f = { q: params.get('q') ?? '' } as CommuneFilter;
	for (const k of COMMUNE_KEYS) f[k] = list(params, k);
	// Optional keys: present only when the URL has them, so existing filters round-trip unchanged.
	for (const k of ['reached', 'until'] as const) {
		const v = list(params, k);
		if (v.length) f[k] = v;
	}
	return f;
}

/** Write a filter as a query string (keys in a fixed order, empty ones left out). */
export function filterToQuery(f: TargetFilter | CommuneFilter): string {
	const params = new URLSearchParams();
	for (const [k, v] of Object.entries(f)) {
		if (k === 'q') continue;
		if (Array.isArray(v) && v.length) params.set(k, v.join(','));
	}
	if (f.q.trim()) params.set('q', f.q.trim());
	const s = params.toString();
	return s ? `?${s}` : '';
}

export function emptyTargetFilter(): TargetFilter {
	return { year: [], level: [], district: [], status: [], action: [], commune: [], q: '' };
}
export function emptyCommuneFilter(): CommuneFilter {
	return { district: [], kind: [], region: [], level: [], criteria: [], programme: [], year: [], target: [], q: '' };
}

export function criteriaGroupOf(n: number | null): CriteriaGroup {
	if (n === null || n === undefined) return 'unknown';
	if (n >= 19) return '19';
	if (n >= 15) return '15-18';
	if (n >= 10) return '10-14';
	if (n >= 5) return '5-9';
	return 'lt5';
}

export function inCriteria(n: number | null, groups: string[]): boolean {
	if (!groups.length) return true;
	const g = criteriaGroupOf(n);
	return groups.some((x) => x === g || (x === 'lt15' && n !== null && n < 15));
}

const has = (sel: string[], v: unknown) => !sel.length || sel.includes(String(v));

/** Row test for the targets grid. `text` is the folded search text of the row. */
export function targetPasses(t: Target, f: TargetFilter, text: string, foldedQuery: string): boolean {
	return (
		has(f.year, t.year) &&
		has(f.level, t.level) &&
		has(f.district, t.districtId) &&
		has(f.status, t.status) &&
		has(f.action, t.action) &&
		has(f.commune, t.communeId) &&
		(!foldedQuery || text.includes(foldedQuery))
	);
}

/**
 * The plan's targets of one commune, for the year and target-level filters. `status` (optional)
 * lets the `reached` key count targets marked recognised; without it only the register counts.
 */
export type CommunePlan = { year: number; level: string; status?: string }[];

export function communePasses(
	c: Commune,
	f: CommuneFilter,
	text: string,
	foldedQuery: string,
	plan: CommunePlan = []
): boolean {
	const targeted =
		(!f.year.length && !f.target.length) ||
		plan.some((p) => has(f.year, p.year) && has(f.target, p.level));
	return (
		targeted &&
		has(f.district, c.districtId) &&
		has(f.kind, c.kind) &&
		has(f.region, c.region) &&
		has(f.level, c.recognisedLevel ?? 'none') &&
		inCriteria(c.criteriaMet, f.criteria) &&
		(!f.programme.includes('1') || c.inProgramme) &&
		inReached(c, f, plan) &&
		(!foldedQuery || text.includes(foldedQuery))
	);
}

/** The year of an `until` key (one year), or null. */
export function untilOf(until: string[] | undefined): number | null {
	const y = Number((until ?? [])[0]);
	return Number.isInteger(y) && y > 0 ? y : null;
}

/** A rank (0 none, 1 NTM, 2 nâng cao, 3 kiểu mẫu) reaches one of the `reached` levels. */
export function reachedAtLeast(rank: number, reached: string[]): boolean {
	const levels = reached.filter(isLevel);
	if (!levels.length) return true;
	return rank >= Math.min(...levels.map((l) => LEVEL_RANK[l]));
}

/** The `reached` / `until` keys of a commune filter (true when the filter has no `reached`). */
export function inReached(c: Commune, f: Pick<CommuneFilter, 'reached' | 'until'>, plan: CommunePlan = []): boolean {
	const levels = (f.reached ?? []).filter(isLevel);
	if (!levels.length) return true;
	const min = Math.min(...levels.map((l) => LEVEL_RANK[l]));
	const y = Number((f.until ?? [])[0]);
	const until = Number.isInteger(y) && y > 0 ? y : null;
	return reachedRank(c, plan, until) >= min;
}

// ------------------------------------------------------------------ dashboard filter
/** The dashboard's own filter (`/dashboard?district=506&year=2025`). */
export interface DashboardFilter {
	district: string[];
	/** One year, or null for the whole phase. */
	year: number | null;
}

export function readDashboardFilter(params: URLSearchParams): DashboardFilter {
	const y = Number(params.get('year'));
	return { district: list(params, 'district'), year: Number.isInteger(y) && y > 1900 && y < 3000 ? y : null };
}

export function dashboardFilterToQuery(f: DashboardFilter): string {
	const params = new URLSearchParams();
	if (f.district.length) params.set('district', f.district.join(','));
	if (f.year !== null) params.set('year', String(f.year));
	const s = params.toString();
	return s ? `?${s}` : '';
}

export { fold };
