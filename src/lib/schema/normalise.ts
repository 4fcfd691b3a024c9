// Rows read from IndexedDB or from a file are untrusted: a database written by an older release
// may lack a column added since, a newer release may have added fields this one does not know.
// A row is normalised the way Excalidraw's `restore` treats a loaded file: every column gets a
// value of its type (the table's default when missing), fields this version does not know are
// kept as they are (a newer release's data survives a round trip), and nothing is thrown.
import type { Column } from './types';
import { schemas, type TableName } from './registry';

const META = new Set(['id', 'version', 'updatedAt']);

/** The empty value of a column: '' for text, false for yes/no, null otherwise. */
export function emptyValue(col: Column<any>): unknown {
	return col.type === 'text' || col.type === 'longtext' ? '' : col.type === 'bool' ? false : null;
}

const defaultsCache = new Map<TableName, Record<string, unknown>>();
/** A new row's values: every column empty, then the table's `blank()` (without id, version, updatedAt). */
export function defaults(table: TableName): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const c of schemas[table].columns as Column<any>[]) if (!META.has(c.key)) out[c.key] = emptyValue(c);
	const blank = (schemas[table] as { blank?: () => Record<string, unknown> }).blank;
	return blank ? { ...out, ...blank() } : out;
}

/** Defaults of the columns a stored row may lack (cached: `blank()` may read the clock). */
function storedDefaults(table: TableName): Record<string, unknown> {
	let d = defaultsCache.get(table);
	if (!d) defaultsCache.set(table, (d = defaults(table)));
	return d;
}

function coerce(col: Column<any>, v: unknown, fallback: unknown): unknown {
	if (v === undefined) return fallback;
	switch (col.type) {
		case 'text':
		case 'longtext':
			return typeof v === 'string' ? v : v === null ? '' : String(v);
		case 'int':
		case 'number':
		case 'year': {
			if (v === null || (typeof v === 'number' && Number.isFinite(v))) return v;
			const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
			return Number.isFinite(n) ? n : fallback;
		}
		case 'bool':
			return typeof v === 'boolean' ? v : v === 1 || v === 'true' ? true : v === 0 || v === 'false' || v === null ? false : fallback;
		case 'ref':
			return v === null || typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback;
		default:
			// Dates, deadlines and enumeration codes are strings; an unknown code is kept, not lost.
			return v === null || typeof v === 'string' ? v : fallback;
	}
}

/** How a stored value of a column is checked: 0 text, 1 number, 2 yes/no, 3 text or null. */
type Kind = 0 | 1 | 2 | 3;
interface Check {
	col: Column<any>;
	key: string;
	kind: Kind;
	fallback: unknown;
}
const checksCache = new Map<TableName, Check[]>();
/** A table's columns (without id, version, updatedAt) with what a value of each must be, worked out once. */
function checksOf(table: TableName): Check[] {
	let list = checksCache.get(table);
	if (list) return list;
	const d = storedDefaults(table);
	list = (schemas[table].columns as Column<any>[])
		.filter((col) => !META.has(col.key))
		.map((col) => {
			const t = col.type;
			const kind: Kind = t === 'text' || t === 'longtext' ? 0 : t === 'int' || t === 'number' || t === 'year' ? 1 : t === 'bool' ? 2 : 3;
			return { col, key: col.key, kind, fallback: d[col.key] ?? emptyValue(col) };
		});
	checksCache.set(table, list);
	return list;
}

/** True when `coerce` would keep the value as it is (the check of a stored row, one value at a time). */
function kept(kind: Kind, v: unknown): boolean {
	switch (kind) {
		case 0:
			return typeof v === 'string';
		case 1:
			return v === null || (typeof v === 'number' && Number.isFinite(v));
		case 2:
			return typeof v === 'boolean';
		default:
			return v === null || typeof v === 'string';
	}
}

/**
 * A row of `table` as this version reads it, or null when it cannot be a row (no id).
 * Returns the same object when nothing needed changing (the common case costs no copy, and a value
 * of the right type costs one test).
 */
export function normaliseRow(table: TableName, raw: unknown): Record<string, unknown> | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	const id = typeof r.id === 'string' ? r.id : typeof r.id === 'number' ? String(r.id) : '';
	if (!id) return null;
	let out: Record<string, unknown> | null = null;
	if (id !== r.id) (out ??= { ...r }).id = id;
	if (typeof r.version !== 'number' || !Number.isFinite(r.version) || r.version < 0) (out ??= { ...r }).version = 0;
	if (typeof r.updatedAt !== 'string') (out ??= { ...r }).updatedAt = '';
	for (const c of checksOf(table)) {
		const v = r[c.key];
		if (kept(c.kind, v)) continue;
		const fixed = coerce(c.col, v, c.fallback);
		if (fixed !== v) (out ??= { ...r })[c.key] = fixed;
	}
	return out ?? r;
}

/** Normalise a list of rows, leaving out what cannot be a row. */
export function normaliseRows<R = Record<string, unknown>>(table: TableName, rows: readonly unknown[]): R[] {
	const out: R[] = [];
	for (const raw of rows) {
		const r = normaliseRow(table, raw);
		if (r) out.push(r as R);
	}
	return out;
}
