// Whole-record checks built from the column definitions.
import type { Lookup } from '$lib/domain/lookup';
import type { Column, ParseError } from './types';
import { parseValue, refErrorKey } from './values';
import { schemas, type TableName, type TableRecords } from './registry';
import { tvi } from '$lib/i18n/translate';

/** Check one stored value against its column (the type is right, the range and list hold). */
export function checkValue(col: Column<any>, value: unknown, lookup?: Lookup): ParseError | null {
	if (value === null || value === undefined || value === '') {
		return col.required ? { key: 'err.required', params: { column: tvi(col.label), value: '' } } : null;
	}
	if (col.type === 'ref') {
		// A reference must point at an existing row (when the rows of that table are known here).
		const table = col.ref ?? '';
		if (lookup && lookup.refRows(table).length && !lookup.refRow(table, value)) {
			return { key: refErrorKey(table), params: { value: String(value), suggest: '', names: '', column: tvi(col.label) } };
		}
		return null;
	}
	if (col.type === 'datetime') return null;
	// Round-trip through the parser: a stored value must read back as itself.
	const r = parseValue(col, value, lookup);
	return r.ok ? null : r.error;
}

/**
 * Checks of values already made, per column (for many records checked against one lookup: an
 * import's rows repeat their values). Only text, numbers and yes/no are remembered.
 */
export type CheckMemo = Map<Column<any>, Map<unknown, ParseError | null>>;

/** The first problem of a whole record, with its column, or null. `memo`: see CheckMemo. */
export function checkRecord<T extends TableName>(
	table: T,
	record: TableRecords[T],
	lookup?: Lookup,
	memo?: CheckMemo
): { column: Column<any>; error: ParseError } | null {
	for (const col of schemas[table].columns as Column<any>[]) {
		if (col.key === 'id' || col.key === 'version' || col.key === 'updatedAt') continue;
		const value = (record as any)[col.key];
		let error: ParseError | null;
		if (memo && (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
			let seen = memo.get(col);
			if (!seen) memo.set(col, (seen = new Map()));
			// (An answer is an error or null, never undefined: one look-up per value seen before.)
			let known = seen.get(value);
			if (known === undefined) {
				known = checkValue(col, value, lookup);
				if (seen.size < 50_000) seen.set(value, known);
			}
			error = known;
		} else error = checkValue(col, value, lookup);
		if (error) return { column: col, error };
	}
	const rule = lookup ? (schemas[table].check as ((r: unknown, l: Lookup) => { column: string; error: ParseError } | null) | undefined)?.(record, lookup) : null;
	if (rule) {
		const column = (schemas[table].columns as Column<any>[]).find((c) => c.key === rule.column);
		if (column) return { column, error: rule.error };
	}
	return null;
}
