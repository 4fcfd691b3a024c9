// Drill-down addresses: from a figure or a bar of the dashboard to the grid rows behind it, written
// with the shared URL filter format (domain/filters.ts). Paths are relative to the app's base.
import type { Level, Status } from '$lib/domain/enums';
import type { DashboardFilter } from '$lib/domain/filters';
import { emptyCommuneFilter, emptyTargetFilter, filterToQuery } from '$lib/domain/filters';
import type { CriteriaGroupKey } from '$lib/domain/aggregates';

/** A query string with readable commas ("district=504,510"): commas need no escaping in a query. */
const query = (f: Parameters<typeof filterToQuery>[0]) => filterToQuery(f).replace(/%2C/gi, ',');

function targetsLink(f: DashboardFilter, extra: { level?: Level; year?: number; status?: Status; district?: string }): string {
	const tf = emptyTargetFilter();
	const year = extra.year ?? f.year;
	if (year !== null && year !== undefined) tf.year = [String(year)];
	if (extra.level) tf.level = [extra.level];
	tf.district = extra.district ? [extra.district] : [...f.district];
	if (extra.status) tf.status = [extra.status];
	return `/targets${query(tf)}`;
}

/** A bar of "targeted vs recognised per level and year". */
export function levelYearLink(f: DashboardFilter, level: Level, year: number, recognisedOnly: boolean): string {
	return targetsLink(f, { level, year, status: recognisedOnly ? 'recognised' : undefined });
}

/** A segment of "targets per district, by status". */
export function districtStatusLink(f: DashboardFilter, district: string, status: Status): string {
	return targetsLink(f, { district, status });
}

/** Communes of the programme in the dashboard's districts, with more keys. */
function communesLink(f: DashboardFilter, more: { criteria?: string; reached?: Level; district?: string[] }): string {
	const cf = emptyCommuneFilter();
	cf.district = more.district ?? [...f.district];
	if (more.criteria) cf.criteria = [more.criteria];
	cf.programme = ['1'];
	if (more.reached) {
		cf.reached = [more.reached];
		if (f.year !== null) cf.until = [String(f.year)];
	}
	return `/communes${query(cf)}`;
}

/** A bar of "communes by number of criteria met". */
export function criteriaLink(f: DashboardFilter, group: CriteriaGroupKey | 'lt15'): string {
	return communesLink(f, { criteria: group });
}

/** The headline "communes recognised at level L". */
export function reachedLink(f: DashboardFilter, level: Level): string {
	return communesLink(f, { reached: level });
}

/** The communes of some districts (e.g. the districts with no NTM commune). */
export function districtsLink(f: DashboardFilter, districts: string[]): string {
	return communesLink(f, { district: districts });
}

/** All programme communes in the filter (e.g. for the hamlet counts). */
export function programmeLink(f: DashboardFilter): string {
	return communesLink(f, {});
}

/** The headline "district-level units recognised": the districts table, units that reached NTM / hoàn thành. */
export function unitsLink(f: DashboardFilter): string {
	const params = new URLSearchParams({ reached: '1' });
	if (f.year !== null) params.set('until', String(f.year));
	return `/tables/districts?${params.toString()}`;
}
