// The full import fuzz run: `node tests/tools/fuzz.mjs [runs] [seed]` (default 1,000 cases, the fixed
// seed of tests/unit/fuzz-import.test.ts). Runs that test with FUZZ_RUNS / FUZZ_SEED and prints its
// counts: total, previewed, refused by message kind, uncaught (must be 0). Exit code: the test's.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '1000';
const seed = process.argv[3] ?? process.env.FUZZ_SEED;
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
const t0 = Date.now();
const r = spawnSync('npx', ['vitest', 'run', 'tests/unit/fuzz-import.test.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const out = (r.stdout ?? '') + (r.stderr ?? '');
const lines = out.split('\n').filter((l) => l.includes('FUZZ '));
for (const l of lines) console.log(l.replace(/\x1b\[[0-9;]*m/g, '').trim());
const summary = lines.map((l) => /FUZZ (\{.*\})/.exec(l.replace(/\x1b\[[0-9;]*m/g, ''))?.[1]).find(Boolean);
if (summary) {
	const s = JSON.parse(summary);
	const refused = Object.values(s.refused).reduce((a, b) => a + b, 0);
	console.log(`\n${s.total} cases (seed ${s.seed}): ${s.previewed} previewed (${s.previewedWithErrors} with errors listed), ${refused} refused (${Object.entries(s.refused).map(([k, n]) => `${k} ${n}`).join(', ')}), ${s.uncaught} uncaught; slowest case ${s.slowestCaseMs} ms, ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
}
if (r.status !== 0) {
	console.log(out.split('\n').slice(-60).join('\n'));
	console.log('\nThe fuzz run FAILED (see above).');
}
process.exit(r.status ?? 1);
