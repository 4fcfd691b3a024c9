import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../../src/lib/schema';
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
			expect(preview.rows).toEqual([]);
			expect(preview.counts.unchanged).toBeGreaterThan(400);
		});
	}
});
