// What goes into a district's package (pure): the district's own rows of every table that has a
// district (its communes, targets, registers, criteria matrix, recognitions), the period's results
// to fill — a row for every measure, empty where nothing was reported yet — and the lists the rows
// name (the period, the measures, the campaigns, the criteria). Province-level tables (goals,
// indicators) and the packages themselves stay out.
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
