// Remembered column mappings, keyed by the header signature of a sheet (Dexie `meta` table).
import type { NtmDatabase } from '$lib/db/database';
import { TABLE_NAMES, type TableName } from '$lib/schema';
import { schemas, type Column } from '$lib/schema';
import type { SheetMapping } from './types';

export const mappingKey = (signature: string) => `mapping:${signature}`;

/** Keep only known tables and fields (a stored mapping is input too). */
export function sanitizeMapping(m: unknown, width: number): SheetMapping | null {
	if (!m || typeof m !== 'object') return null;
	const raw = m as { table?: unknown; fields?: unknown };
	const table = TABLE_NAMES.includes(raw.table as TableName) ? (raw.table as TableName) : null;
	if (!Array.isArray(raw.fields)) return null;
	const keys = new Set(table ? (schemas[table].columns as Column<any>[]).map((c) => c.key) : []);
	const fields: (string | null)[] = [];
	for (let i = 0; i < width; i++) {
		const f = raw.fields[i];
		fields.push(typeof f === 'string' && keys.has(f) ? f : null);
	}
	return { table, fields };
}

export async function saveMapping(db: NtmDatabase, signature: string, mapping: SheetMapping): Promise<void> {
	await db.meta.put({ key: mappingKey(signature), value: { table: mapping.table, fields: [...mapping.fields] } });
}

export async function loadMapping(db: NtmDatabase, signature: string, width: number): Promise<SheetMapping | null> {
	const row = await db.meta.get(mappingKey(signature));
	return row ? sanitizeMapping(row.value, width) : null;
}
