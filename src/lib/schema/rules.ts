// Rules a row must keep whichever way it comes in (typed, pasted, added, imported): a reference
// points at a row the table pointed at allows to be chosen, and a unique natural key is not
// taken by another row. Checked by the write path and by the import preview.
import type { Lookup } from '$lib/domain/lookup';
import { foldUnitName } from '$lib/domain/lookup';
import { tvi } from '$lib/i18n/translate';
import type { Column, ParseError } from './types';
import { schemas, tableDef, rowLabelOf, type TableName } from './registry';

type Row = Record<string, unknown>;

/** Fields of each table's natural key, and which are names to compare folded (codes and numbers are not). */
const keyFields = new Map<TableName, { key: string; folded: boolean; optional: boolean }[]>();
function fieldsOf(table: TableName) {
	let f = keyFields.get(table);
	if (!f) {
		const cols = schemas[table].columns as Column<any>[];
		const optional = (schemas[table].naturalKeyOptional ?? []) as string[];
		f = (schemas[table].naturalKey as string[]).map((key) => {
			const type = cols.find((c) => c.key === key)?.type;
			return { key, folded: type === 'text' || type === 'longtext', optional: optional.includes(key) };
		});
		keyFields.set(table, f);
	}
	return f;
}

/** The natural key of a row ("20527|ntm|2024"), names folded; null when a part is empty. */
export function naturalKeyOf(table: TableName, row: Row): string | null {
	const parts: string[] = [];
	for (const { key, folded, optional } of fieldsOf(table)) {
		const v = row[key];
		if (v === null || v === undefined || v === '') {
			if (optional) {
				parts.push('');
				continue;
			}
			return null;
		}
		parts.push(folded ? foldUnitName(String(v)) : String(v));
	}
	return parts.join('|');
}

/** Does a change touch the fields of the natural key (a new row always does)? */
export function touchesKey(table: TableName, before: Row | null, after: Row): boolean {
	if (!before) return true;
	return (schemas[table].naturalKey as string[]).some((k) => before[k] !== after[k]);
}

/** A reference to a row that may not be chosen there (a target on a phường), with the reason. */
export function checkChoices(
	table: TableName,
	next: Row,
	before: Row | null,
	lookup: Lookup,
	memo?: Map<Column<any>, Map<unknown, ParseError | null>>
): { column: Column<any>; error: ParseError } | null {
	for (const col of schemas[table].columns as Column<any>[]) {
		if (col.type !== 'ref' || !col.choice || !col.ref) continue;
		const value = next[col.key];
		if (before && before[col.key] === value) continue; // only what changes is checked
		// `memo`: answers already given for a value (many records checked against one lookup).
		let seen = memo?.get(col);
		let error = seen?.get(value);
		if (error === undefined) {
			const row = lookup.refRow(col.ref, value);
			const check = tableDef(col.ref)?.choices?.[col.choice];
			error = row && check ? check(row as never, lookup) : null;
			if (memo && (typeof value === 'string' || typeof value === 'number')) {
				if (!seen) memo.set(col, (seen = new Map()));
				if (seen.size < 50_000) seen.set(value, error);
			}
		}
		if (error) return { column: col, error };
	}
	return null;
}

/** Natural keys of a table's rows, to refuse a second row with the same key. */
export class UniqueKeys {
	private byKey = new Map<string, Row>();
	private keyOfId = new Map<string, string>();
	constructor(
		readonly table: TableName,
		rows: Iterable<Row>
	) {
		for (const r of rows) this.set(r);
	}
	static applies(table: TableName): boolean {
		return !!schemas[table].unique;
	}
	/** How many keys are held. */
	get size(): number {
		return this.byKey.size;
	}
	/** The error for `row` when another row holds its key, naming that row. */
	check(row: Row, lookup: Lookup, key: string | null = naturalKeyOf(this.table, row)): ParseError | null {
		if (key === null) return null;
		const other = this.byKey.get(key);
		if (!other || other.id === row.id) return null;
		const def = schemas[this.table];
		const fields = (def.naturalKey as string[])
			.map((k) => (def.columns as Column<any>[]).find((c) => c.key === k))
			.map((c) => (c ? tvi(c.label) : ''))
			.join(', ');
		return { key: 'err.unique', params: { row: rowLabelOf(this.table, other, lookup, String(other.id)), table: tvi(def.title), fields } };
	}
	/** Record a row's (new) key. */
	set(row: Row, key: string | null = naturalKeyOf(this.table, row)) {
		this.remove(String(row.id));
		if (key === null) return;
		if (!this.byKey.has(key)) this.byKey.set(key, row);
		this.keyOfId.set(String(row.id), key);
	}
	remove(id: string) {
		const key = this.keyOfId.get(id);
		if (key === undefined) return;
		if (this.byKey.get(key)?.id === id) this.byKey.delete(key);
		this.keyOfId.delete(id);
	}
	/** Check a row and, when its key is free, record it (the key is worked out once). */
	claim(row: Row, lookup: Lookup): ParseError | null {
		const key = naturalKeyOf(this.table, row);
		const taken = this.check(row, lookup, key);
		if (!taken) this.set(row, key);
		return taken;
	}
	/** The row holding a key, if any. */
	get(key: string): Row | undefined {
		return this.byKey.get(key);
	}
}
