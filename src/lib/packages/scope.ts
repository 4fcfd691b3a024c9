// The scope of a district's return (pure): only that district's rows may change. Used by the import
// preview (excel/preview.ts, option `scope`): a row of another district, or a change to a list the
// province keeps (periods, measures, goals…), is refused with a message naming the sheet, the row
// and the district; the rest of the file is imported as usual.
import type { TableName } from '$lib/schema';
import type { DictKey, Params } from '$lib/i18n/translate';
import { hasDistrict } from './contents';

export interface PreviewScope {
	/** The district whose rows may change. */
	districtId: string;
	/** Its name, for messages. */
	districtName: string;
}

/** The district a row belongs to ('' for a province-level row, null for a table without districts). */
export function districtOfRow(table: TableName, row: Record<string, unknown> | null | undefined): string | null {
	if (!row) return null;
	if (table === 'districts') return String(row.id ?? '');
	if (!hasDistrict(table)) return null;
	return row.districtId == null ? '' : String(row.districtId);
}

/**
 * Why a row may not be changed or added under the scope (a dictionary key and its parameters), or
 * null when it may. `before`: the stored row (none for a new one); `after`: the row as the file has
 * it. `nameOf` names a district by its id.
 */
export function scopeRefusal(
	table: TableName,
	before: Record<string, unknown> | undefined,
	after: Record<string, unknown>,
	scope: PreviewScope,
	nameOf: (districtId: string) => string,
	tableTitle: string
): { key: DictKey; params: Params } | null {
	const was = districtOfRow(table, before);
	const now = districtOfRow(table, { ...before, ...after, id: before?.id ?? after.id });
	if (now === null && was === null) return { key: 'collect.err.sharedTable', params: { table: tableTitle, district: scope.districtName } };
	for (const d of [was, now]) {
		if (d === null || d === scope.districtId) continue;
		return {
			key: d === '' ? 'collect.err.provinceRow' : 'collect.err.otherDistrict',
			params: { other: d === '' ? '' : nameOf(d) || d, district: scope.districtName }
		};
	}
	return null;
}
