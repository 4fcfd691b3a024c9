// The order rows first appear in (before the planner sorts a column): as the plan reads.
import { LEVEL_RANK, type Level } from '$lib/domain/enums';
import type { Lookup } from '$lib/domain/lookup';
import type { Commune, Target } from '$lib/domain/records';

export function sortTargets(rows: Target[], lookup: Lookup): Target[] {
	return [...rows].sort(
		(a, b) =>
			a.year - b.year ||
			LEVEL_RANK[a.level as Level] - LEVEL_RANK[b.level as Level] ||
			lookup.districtName(a.districtId).localeCompare(lookup.districtName(b.districtId), 'vi') ||
			lookup.communeName(a.communeId).localeCompare(lookup.communeName(b.communeId), 'vi') ||
			a.id.localeCompare(b.id)
	);
}

export function sortCommunes(rows: Commune[], lookup: Lookup): Commune[] {
	return [...rows].sort(
		(a, b) =>
			lookup.districtName(a.districtId).localeCompare(lookup.districtName(b.districtId), 'vi') ||
			a.name.localeCompare(b.name, 'vi')
	);
}
