import { describe, it, expect } from 'vitest';
import { TABLE_NAMES } from '../../src/lib/schema/registry';
import { buildPreview } from '../../src/lib/excel/preview';
import { cloneSeed, exportBytes, parseBytes, seededDb } from './excel-helpers';

describe('export then import with no edits', () => {
	it('reports 0 changes and 0 errors against the seed data', async () => {
		const db = await seededDb();
		const p = parseBytes(exportBytes());
		expect(p.sheets.map((s) => s.table).sort()).toEqual([...TABLE_NAMES].sort());
		expect(p.sheets.every((s) => s.complete)).toBe(true);
		const preview = await buildPreview(db, p);
		expect(preview.issues.map((i) => i.message)).toEqual([]);
		expect(preview.errorCount).toBe(0);
		expect(preview.rows).toEqual([]);
		const seed = cloneSeed();
		const total = TABLE_NAMES.reduce((n, t) => n + seed[t].length, 0);
		expect(preview.counts.unchanged).toBe(total);
	});
});
