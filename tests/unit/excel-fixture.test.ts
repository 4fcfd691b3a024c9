import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION, TABLE_NAMES } from '../../src/lib/schema';
import { seedData } from '../../seeds/index';
import { buildPreview } from '../../src/lib/excel/preview';
import { parseBytes, seededDb } from './excel-helpers';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));

describe('workbooks of every schema version still import', () => {
	const files = readdirSync(dir).filter((f) => /^workbook-v\d+\.xlsx$/.test(f));

	it('there is one fixture per schema version', () => {
		const versions = files.map((f) => Number(/v(\d+)/.exec(f)![1])).sort((a, b) => a - b);
		expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
	});

	for (const f of files) {
		it(`${f} imports with 0 errors and 0 changes against the seed data`, async () => {
			const db = await seededDb();
			const p = parseBytes(new Uint8Array(readFileSync(dir + f)), f);
			expect(p.info?.datasetId).toMatch(/^fixture-v\d+$/);
			const preview = await buildPreview(db, p);
			expect(preview.errorCount).toBe(0);
			expect(preview.warningCount).toBe(0);
			// Rows a later seed version corrected (marked seedRevised) differ from the old workbook: the
			// correction here is kept, the file's older value does not overwrite it.
			const revised = new Set(
				TABLE_NAMES.flatMap((t) => (seedData[t] as unknown as Record<string, unknown>[]).filter((r) => Number(r.seedRevised ?? 1) > 1).map((r) => `${t}:${r.id}`))
			);
			for (const r of preview.rows) {
				expect(revised.has(`${r.table}:${r.id}`), `${r.table} ${r.id}`).toBe(true);
				expect(r.status).toBe('kept');
			}
			expect(preview.counts.unchanged).toBeGreaterThan(400);
		});
	}
});
