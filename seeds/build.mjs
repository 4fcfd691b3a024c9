// Builds the seed JSON files (seeds/*.json) from seeds/reference/*.csv, the plan's lists
// (seeds/plan-lists.json) and the plan (seeds/plan.txt). Plain Node ESM, no dependencies.
// Run: node seeds/build.mjs
// Source plan: Kế hoạch của Hội CCB tỉnh Quảng Nam (seeds/plan.txt), implementing KH 648/KH-UBND of 25/01/2024.
//
// Adding a table's seed (nothing here changes):
// - a module in seeds/builders/ exporting `file` (its registry entry's `seed.file`, "x.json") and
//   `build(ctx)` returning the records; `export const after = ['communes.json']` when it reads other
//   seed files, which it finds in `ctx.built['communes.json']`. Shared helpers are in builders/common.mjs.
// - when the file changes after release: rows added in seed version N carry `seedSince: N`, rows
//   corrected in version N carry `seedRevised: N` (src/lib/db/seed.ts reads these marks to sync a
//   database in use; they are never stored), and `seed.version` in the table's entry
//   (src/lib/schema/tables/<table>.ts) is raised to N.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEEDS_DIR } from './builders/common.mjs';

const BUILDERS = join(SEEDS_DIR, 'builders');
const MARKS = ['seedSince', 'seedRevised'];

/** Every builder module in seeds/builders/ (all but common.mjs), by the file it builds. */
async function loadBuilders() {
	const names = readdirSync(BUILDERS)
		.filter((n) => n.endsWith('.mjs') && n !== 'common.mjs')
		.sort();
	const byFile = new Map();
	for (const n of names) {
		const m = await import(pathToFileURL(join(BUILDERS, n)).href);
		if (typeof m.file !== 'string' || !m.file.endsWith('.json')) throw new Error(`builders/${n}: export const file = 'x.json'`);
		if (typeof m.build !== 'function') throw new Error(`builders/${n}: export function build(ctx)`);
		if (m.after !== undefined && !Array.isArray(m.after)) throw new Error(`builders/${n}: \`after\` is a list of file names`);
		if (byFile.has(m.file)) throw new Error(`builders/${n}: ${m.file} is also built by builders/${byFile.get(m.file).module}`);
		byFile.set(m.file, { module: n, file: m.file, after: m.after ?? [], build: m.build });
	}
	return byFile;
}

/** The builders in dependency order (each after the files it names in `after`), otherwise by module name. */
function ordered(byFile) {
	const order = [];
	const state = new Map(); // file -> 'visiting' | 'done'
	const visit = (b, path) => {
		if (state.get(b.file) === 'done') return;
		if (state.get(b.file) === 'visiting') throw new Error(`Seed builders depend on each other: ${[...path, b.file].join(' -> ')}`);
		state.set(b.file, 'visiting');
		for (const f of b.after) {
			const dep = byFile.get(f);
			if (!dep) throw new Error(`builders/${b.module}: \`after\` names ${f}, which no builder makes`);
			visit(dep, [...path, b.file]);
		}
		state.set(b.file, 'done');
		order.push(b);
	};
	for (const b of byFile.values()) visit(b, []);
	return order;
}

function check(name, records) {
	if (!Array.isArray(records)) throw new Error(`${name}: build(ctx) must return an array of records`);
	const ids = new Set(records.map((r) => r.id));
	if (ids.size !== records.length) throw new Error(`${name}: ids are not unique`);
	for (const r of records)
		for (const m of MARKS)
			if (m in r && !(Number.isInteger(r[m]) && r[m] >= 1))
				throw new Error(`${name}: ${r.id}: ${m} must be a seed version (an integer from 1)`);
}

function write(name, records) {
	const json = JSON.stringify(records, null, '\t').normalize('NFC') + '\n';
	writeFileSync(join(SEEDS_DIR, name), json);
	console.log(`${name}: ${records.length}`);
}

// Everything is built and checked before any file is written: a failing builder leaves all files as they were.
const builders = ordered(await loadBuilders());
const ctx = { built: {} };
for (const b of builders) {
	const records = b.build(ctx);
	check(b.file, records);
	ctx.built[b.file] = records;
}
for (const b of builders) write(b.file, ctx.built[b.file]);
