// Issue 12, item 9: random and hostile workbooks through the import code (read.ts parse, then
// preview.ts against a seeded database). Every case must be previewed or refused with a Vietnamese
// message; nothing may throw; nothing is written (only applyPreview writes, and it is not called).
//
// Cases come from fast-check generators with a fixed seed (the same cases every run). `npm test`
// runs FUZZ_RUNS=150 by default; the full run is `node tests/tools/fuzz.mjs` (1,000 cases, or
// FUZZ_RUNS=n), which prints the counts the README gives.
import { it, expect } from 'vitest';
import fc from 'fast-check';
import { parseWorkbookBytes } from '../../src/lib/excel/read';
import { buildPreview } from '../../src/lib/excel/preview';
import { translate } from '../../src/lib/i18n/translate';
import { TABLE_NAMES } from '../../src/lib/schema';
import { seededDb } from './excel-helpers';
import type { NtmDatabase } from '../../src/lib/db/database';
import { VIETNAMESE, caseArb, caseFile, small } from './fuzz-cases';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

// ---- The run -------------------------------------------------------------------------------------

async function snapshot(db: NtmDatabase): Promise<string> {
	const parts: unknown[] = [await db.history.count(), await db.meta.toArray()];
	for (const t of TABLE_NAMES) parts.push(await db.table(t).toArray());
	return JSON.stringify(parts);
}

it(`${RUNS} random and hostile workbooks are each previewed or refused with a Vietnamese message, nothing thrown, nothing written`, async () => {
	// The small dataset of the export above: each preview reads the whole database, so a small one
	// keeps the run quick (the full seed is previewed by the other Excel tests).
	const db = await seededDb(structuredClone(small));
	const before = await snapshot(db);
	const cases = fc.sample(caseArb, { seed: SEED, numRuns: RUNS });
	const counts = { total: 0, previewed: 0, previewedWithErrors: 0, previewedWithWarnings: 0, refused: {} as Record<string, number>, uncaught: 0, notWritten: 0 };
	const byKind: Record<string, number> = {};
	const refusedBy: Record<string, number> = {};
	const msByKind: Record<string, number> = {};
	const failures: string[] = [];
	let slowest = 0;
	const t0 = Date.now();
	for (const [i, c] of cases.entries()) {
		counts.total++;
		byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
		let file: { bytes: Uint8Array; name: string };
		try {
			file = caseFile(c);
		} catch (e) {
			// SheetJS refused to write this combination: the case is its error text instead (still a file).
			counts.notWritten++;
			if (process.env.FUZZ_DEBUG) console.log('NOTWRITTEN', c.kind, String((e as Error)?.stack).slice(0, 300));
			file = { bytes: new TextEncoder().encode(String(e)), name: 'viet-hong.xlsx' };
		}
		const started = Date.now();
		try {
			const r = parseWorkbookBytes(file.bytes, file.name);
			if ('error' in r) {
				counts.refused[r.error.key] = (counts.refused[r.error.key] ?? 0) + 1;
				refusedBy[`${c.kind}:${file.name.split(".").pop()}:${r.error.key}`] = (refusedBy[`${c.kind}:${file.name.split(".").pop()}:${r.error.key}`] ?? 0) + 1;
				if (r.error.message !== translate('vi', r.error.key, r.error.params) || !VIETNAMESE.test(r.error.message) || /\n\s+at /.test(r.error.message)) {
					failures.push(`case ${i} (${c.kind}): refusal not a Vietnamese message: ${r.error.message}`);
				}
			} else {
				const p = await buildPreview(db, r);
				counts.previewed++;
				if (p.errorCount) counts.previewedWithErrors++;
				if (p.warningCount) counts.previewedWithWarnings++;
				for (const issue of p.issues) {
					if (typeof issue.message !== 'string' || !VIETNAMESE.test(issue.message) || /\n\s+at /.test(issue.message)) {
						failures.push(`case ${i} (${c.kind}): issue not a Vietnamese message: ${issue.message}`);
					}
				}
				for (const row of p.rows) if (row.status === 'error' && row.issues.length === 0 && p.issues.length < 1000) failures.push(`case ${i}: an error row without its message`);
				if ((await db.history.count()) !== 0) failures.push(`case ${i}: the preview wrote history`);
			}
		} catch (e) {
			counts.uncaught++;
			failures.push(`case ${i} (${c.kind}, ${file.name}): uncaught ${String((e as Error)?.stack ?? e).slice(0, 400)}`);
		}
		const ms = Date.now() - started;
		slowest = Math.max(slowest, ms);
		msByKind[c.kind] = (msByKind[c.kind] ?? 0) + ms;
		if (process.env.FUZZ_DEBUG && ms > 200) console.log('SLOW', i, c.kind, file.name, file.bytes.length, ms);
	}
	const summary = { seed: SEED, ...counts, byKind, msByKind, slowestCaseMs: slowest, totalMs: Date.now() - t0 };
	console.log('FUZZ ' + JSON.stringify(summary));
	console.log('FUZZ refused by case ' + JSON.stringify(refusedBy));
	expect(failures.slice(0, 10)).toEqual([]);
	expect(counts.uncaught).toBe(0);
	expect(counts.total).toBe(RUNS);
	// Both outcomes are exercised, and nothing was written by reading and previewing.
	expect(counts.previewed).toBeGreaterThan(RUNS / 10);
	expect(Object.values(counts.refused).reduce((a, b) => a + b, 0)).toBeGreaterThan(RUNS / 10);
	expect(await snapshot(db)).toBe(before);
}, 600_000);
