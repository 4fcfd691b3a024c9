// What goes into a package (pure). A district's: the district's own rows of every table that has a
// district (its communes, targets, registers, criteria matrix, recognitions), the period's results
// to fill — a row for every measure, empty where nothing was reported yet — and the lists the rows
// name (the period, the measures, the campaigns, the criteria). Province-level tables (goals,
// indicators) and the packages themselves stay out.
// One level down, a commune's (a district to its communes): the commune's own rows of every table
// that has a commune column (the commune itself, its targets, criteria matrix, recognitions, and the
// registers kept per commune: models, members' houses, OCOP products), its district's row (which
// those rows name) and the same lists. Tables kept per district without a commune column (the
// results of a period, members' households per year, commendations, district targets) are not in a
// commune's package: the district fills them (COMMUNE_LEVEL_OUT, said on the package's guide sheet).
import { schemas, TABLE_NAMES, type Dataset, type TableName } from '$lib/schema';
import type { Column } from '$lib/schema';

/** Lists a district's rows point at, sent whole so the package can be read on its own. */
export const PACKAGE_LISTS: readonly TableName[] = ['periods', 'resultMeasures', 'campaigns', 'criteriaSets', 'criteria'];

/** Tables never sent: the province's own goals and indicators, and the packages' bookkeeping. */
export const PACKAGE_EXCLUDED: readonly TableName[] = ['goals', 'indicators', 'packages'];

/** Does the table's row belong to one district (it has a district column)? */
export function hasDistrict(table: TableName): boolean {
	return (schemas[table].columns as Column<any>[]).some((c) => c.key === 'districtId');
}

/** Does the table's row belong to one commune (it has a commune column; the communes table is one
 * row per commune)? */
export function hasCommune(table: TableName): boolean {
	return table === 'communes' || (schemas[table].columns as Column<any>[]).some((c) => c.key === 'communeId' && c.ref === 'communes');
}

/** Tables a district keeps that a commune's package leaves out: kept per district, no commune column. */
export const COMMUNE_LEVEL_OUT: readonly TableName[] = TABLE_NAMES.filter(
	(t) => hasDistrict(t) && !hasCommune(t) && !PACKAGE_EXCLUDED.includes(t)
);

/** The id of a result row made empty for a package: the same for every package of the period, so
 * making packages twice, or two returns of one district, name the same row. */
export function emptyResultId(periodId: string, districtId: string, measureId: string): string {
	return `r-${periodId}-${districtId}-${measureId}`;
}

type Row = Record<string, unknown> & { id: string };

/** The rows of one district's package for a period. */
export function packageDataset(data: Dataset, districtId: string, periodId: string, now: string): Dataset {
	const out = {} as Record<TableName, Row[]>;
	for (const t of TABLE_NAMES) {
		const rows = data[t] as unknown as Row[];
		if (PACKAGE_EXCLUDED.includes(t)) out[t] = [];
		else if (t === 'districts') out[t] = rows.filter((r) => r.id === districtId);
		else if (t === 'periods') out[t] = rows.filter((r) => r.id === periodId);
		else if (t === 'results') out[t] = rows.filter((r) => r.districtId === districtId && r.periodId === periodId);
		else if (PACKAGE_LISTS.includes(t)) out[t] = [...rows];
		else if (hasDistrict(t)) out[t] = rows.filter((r) => r.districtId === districtId);
		else out[t] = [];
	}
	// A row to fill for every measure the district has no row for yet.
	const have = new Set(out.results.map((r) => String(r.measureId)));
	for (const m of data.resultMeasures as unknown as Row[]) {
		if (have.has(m.id)) continue;
		out.results.push({ id: emptyResultId(periodId, districtId, m.id), version: 0, updatedAt: now, districtId, periodId, measureId: m.id, value: null, notes: '' });
	}
	return out as unknown as Dataset;
}

/** The rows of one commune's package for a period (a district to its communes). */
export function communePackageDataset(data: Dataset, communeId: string, periodId: string): Dataset {
	const commune = (data.communes as unknown as Row[]).find((c) => c.id === communeId);
	const districtId = String(commune?.districtId ?? '');
	const out = {} as Record<TableName, Row[]>;
	for (const t of TABLE_NAMES) {
		const rows = data[t] as unknown as Row[];
		if (PACKAGE_EXCLUDED.includes(t)) out[t] = [];
		else if (t === 'districts') out[t] = rows.filter((r) => r.id === districtId);
		else if (t === 'communes') out[t] = rows.filter((r) => r.id === communeId);
		else if (t === 'periods') out[t] = rows.filter((r) => r.id === periodId);
		else if (PACKAGE_LISTS.includes(t)) out[t] = [...rows];
		else if (hasCommune(t)) out[t] = rows.filter((r) => r.communeId === communeId);
		else out[t] = [];
	}
	return out as unknown as Dataset;
}
