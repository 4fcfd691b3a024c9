// The scope of a return (pure): only the rows of the unit that sent it may change — a district's
// rows for a district's return, one level down a commune's rows for a commune's return. Used by the
// import preview (excel/preview.ts, option `scope`): a row of another unit, a row of the level above
// (a province-level row in a district's return, a district-level row in a commune's), or a change
// to a table not divided at that level (the lists the province keeps; for a commune, also the
// tables kept per district) is refused with a message naming the sheet, the row and the units; the
// rest of the file is imported as usual.
import type { TableName } from '$lib/schema';
import type { DictKey, Params } from '$lib/i18n/translate';
import { hasCommune, hasDistrict } from './contents';

export interface PreviewScope {
	/** The district whose rows may change (for a commune's return: the commune's district). */
	districtId: string;
	/** Its name, for messages. */
	districtName: string;
	/** A commune's return (a district to its communes): only this commune's rows may change. */
	communeId?: string;
	/** Its name, for messages. */
	communeName?: string;
}

/** A level of the collection: the province collects from districts, a district from its communes. */
export type ScopeLevel = 'district' | 'commune';

/**
 * The unit a row belongs to at a level: its district or commune id; '' for a row of the level above
 * (a province-level row with no district; a district-level row with no commune, such as the
 * recognition of a district); null for a table not divided at that level.
 */
export function unitOfRow(level: ScopeLevel, table: TableName, row: Record<string, unknown> | null | undefined): string | null {
	if (!row) return null;
	if (level === 'district') {
		if (table === 'districts') return String(row.id ?? '');
		if (!hasDistrict(table)) return null;
		return row.districtId == null ? '' : String(row.districtId);
	}
	if (table === 'communes') return String(row.id ?? '');
	if (!hasCommune(table)) return null;
	return row.communeId == null ? '' : String(row.communeId);
}

/** The district a row belongs to ('' for a province-level row, null for a table without districts). */
export const districtOfRow = (table: TableName, row: Record<string, unknown> | null | undefined) => unitOfRow('district', table, row);

/** Names of units by id, for messages. */
export interface UnitNames {
	district: (id: string) => string;
	commune?: (id: string) => string;
}

/**
 * Why a row may not be changed or added under the scope (a dictionary key and its parameters), or
 * null when it may. `before`: the stored row (none for a new one); `after`: the row as the file has
 * it. `names` names districts and communes by id (a function: districts only).
 */
export function scopeRefusal(
	table: TableName,
	before: Record<string, unknown> | undefined,
	after: Record<string, unknown>,
	scope: PreviewScope,
	names: UnitNames | ((districtId: string) => string),
	tableTitle: string
): { key: DictKey; params: Params } | null {
	const nameOf: UnitNames = typeof names === 'function' ? { district: names } : names;
	const level: ScopeLevel = scope.communeId ? 'commune' : 'district';
	const unit = level === 'commune' ? scope.communeId! : scope.districtId;
	const merged = { ...before, ...after, id: before?.id ?? after.id };
	const was = unitOfRow(level, table, before);
	const now = unitOfRow(level, table, merged);
	if (level === 'district') {
		if (now === null && was === null) return { key: 'collect.err.sharedTable', params: { table: tableTitle, district: scope.districtName } };
		for (const d of [was, now]) {
			if (d === null || d === unit) continue;
			return {
				key: d === '' ? 'collect.err.provinceRow' : 'collect.err.otherDistrict',
				params: { other: d === '' ? '' : nameOf.district(d) || d, district: scope.districtName }
			};
		}
		return null;
	}
	const commune = scope.communeName || unit;
	if (now === null && was === null) {
		// A list the province keeps, or a table a district keeps without a commune column.
		const key: DictKey = hasDistrict(table) || table === 'districts' ? 'collect.err.districtTable' : 'collect.err.sharedTableCommune';
		return { key, params: { table: tableTitle, commune, district: scope.districtName } };
	}
	for (const c of [was, now]) {
		if (c === null || c === unit) continue;
		return c === ''
			? { key: 'collect.err.districtRow', params: { commune, district: scope.districtName } }
			: { key: 'collect.err.otherCommune', params: { other: nameOf.commune?.(c) || c, commune } };
	}
	return null;
}
