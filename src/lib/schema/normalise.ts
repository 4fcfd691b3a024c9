// Rows read from IndexedDB or from a file are untrusted: a database written by an older release
// may lack a column added since, a newer release may have added fields this one does not know.
// A row is normalised the way Excalidraw's `restore` treats a loaded file: every column gets a
// value of its type (the table's default when missing), fields this version does not know are
// kept as they are (a newer release's data survives a round trip), and nothing is thrown.
import type { Column } from './types';
import { defOf, type TableName } from './registry';

const META = new Set(['id', 'version', 'updatedAt']);

/** The empty value of a column: '' for text, false for yes/no, null otherwise. */
export function emptyValue(col: Column<any>): unknown {
	return col.type === 'text' || col.type === 'longtext' ? '' : col.type === 'bool' ? false : null;
}

const defaultsCache = new Map<TableName, Record<string, unknown>>();
/** A new row's values: every column empty, then the table's `blank()` (without id, version, updatedAt). */
export function defaults(table: TableName): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	const def = defOf(table);
	for (const c of def.columns as Column<any>[]) if (!META.has(c.key)) out[c.key] = emptyValue(c);
	const blank = (def as { blank?: () => Record<string, unknown> }).blank;
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

/**
 * A row of `table` as this version reads it, or null when it cannot be a row (no id).
 * Returns the same object when nothing needed changing (the common case costs no copy).
 */
export function normaliseRow(table: TableName, raw: unknown): Record<string, unknown> | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	const id = typeof r.id === 'string' ? r.id : typeof r.id === 'number' ? String(r.id) : '';
	if (!id) return null;
	let out: Record<string, unknown> | null = null;
	const set = (k: string, v: unknown) => {
		out ??= { ...r };
		out[k] = v;
	};
	if (id !== r.id) set('id', id);
	if (typeof r.version !== 'number' || !Number.isFinite(r.version) || r.version < 0) set('version', 0);
	if (typeof r.updatedAt !== 'string') set('updatedAt', '');
	const { cols, fallbacks } = checked(table);
	for (let i = 0; i < cols.length; i++) {
		const col = cols[i];
		const v = r[col.key];
		const fixed = coerce(col, v, fallbacks[i]);
		if (fixed !== v) set(col.key, fixed);
	}
	return out ?? r;
}

const checkedCache = new Map<TableName, { cols: Column<any>[]; fallbacks: unknown[] }>();
/** The columns a row's values are checked against (not id, version, updatedAt) and the value each
 * takes when missing, worked out once per table (63,600 rows are read at a start). */
function checked(table: TableName) {
	let c = checkedCache.get(table);
	if (!c) {
		const d = storedDefaults(table);
		const cols = (defOf(table).columns as Column<any>[]).filter((col) => !META.has(col.key));
		checkedCache.set(table, (c = { cols, fallbacks: cols.map((col) => d[col.key] ?? emptyValue(col)) }));
	}
	return c;
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
