// Shared by the seed builders (seeds/builders/*.mjs): reading the sources in seeds/, the record
// header, and the plan's commune lists resolved to communes. Not a builder: the runner skips it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../csv.mjs';

/** The seeds/ folder: sources are read and seed files written relative to it. */
export const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const UPDATED_AT = '2024-01-25T00:00:00.000Z'; // date of KH 648/KH-UBND
const VERSION = 1;

export const nfc = (s) => String(s).normalize('NFC');
/** A text file of seeds/, NFC-normalised ("plan.txt", "reference/x.csv"). */
export const read = (name) => nfc(readFileSync(join(SEEDS_DIR, name), 'utf8'));

/** The header every seed record starts with. */
export const base = (id) => ({ id, version: VERSION, updatedAt: UPDATED_AT });

export const LEVELS = ['ntm', 'nang_cao', 'kieu_mau'];
export const ACTIONS = ['reach', 'submit_dossier', 'maintain'];

export function lookup(map, key, what) {
	if (!(key in map)) throw new Error(`Unknown ${what}: "${key}"`);
	return map[key];
}

/** Records of a seed file built before this one (the builder names it in `after`). */
export function need(ctx, file) {
	const records = ctx.built[file];
	if (!records) throw new Error(`${file} is not built yet: name it in the builder's \`after\``);
	return records;
}

const once = (f) => {
	let done = false;
	let value;
	return () => {
		if (!done) {
			value = f();
			done = true;
		}
		return value;
	};
};

// ---------------------------------------------------------------- sources
/** One row per commune-level unit: district and commune codes, names, kinds, region, 2025 note. */
export const units = once(() => parseCsv(read('reference/quang-nam-units-2024.csv')));
/** The plan's spellings of commune names and the commune each one means. */
export const nameMap = once(() => parseCsv(read('reference/plan-name-map.csv')));
/** Source plan: Kế hoạch của Hội CCB tỉnh Quảng Nam, implementing KH 648/KH-UBND of 25/01/2024. */
export const planText = once(() => read('plan.txt'));
/** The plan's commune lists (sections II.1-3), checked: known level and action, names verbatim in plan.txt. */
export const planLists = once(() => {
	const lists = JSON.parse(read('plan-lists.json'));
	const text = planText();
	for (const list of lists) {
		if (!LEVELS.includes(list.level)) throw new Error(`Bad level ${list.level}`);
		if (!ACTIONS.includes(list.action)) throw new Error(`Bad action ${list.action}`);
		list.planNames = list.planNames.map(nfc);
		for (const n of list.planNames)
			if (!text.includes(n)) throw new Error(`Plan name "${n}" does not occur in plan.txt`);
	}
	return lists;
});

// ---------------------------------------------------------------- plan names
/** A function resolving a plan spelling to exactly one commune, via plan-name-map.csv, checked against the units CSV. */
export function planNameResolver(communes, districts) {
	const districtById = new Map(districts.map((d) => [d.id, d]));
	return function resolve(planName) {
		const rows = nameMap().filter((r) => r.plan_name === planName);
		if (rows.length !== 1)
			throw new Error(`Plan name "${planName}" matches ${rows.length} rows of plan-name-map.csv`);
		const r = rows[0];
		const matches = communes.filter((c) => c.id === r.commune_code);
		if (matches.length !== 1)
			throw new Error(`Plan name "${planName}": commune code ${r.commune_code} found ${matches.length} times`);
		const c = matches[0];
		const d = districtById.get(c.districtId);
		if (c.name !== r.commune_name || d.name !== r.district_name)
			throw new Error(
				`Plan name "${planName}": map says ${r.commune_name} (${r.district_name}), units CSV says ${c.name} (${d.name})`
			);
		if (c.kind !== 'xa') throw new Error(`Plan name "${planName}" resolves to a ${c.kind}, not a xã`);
		return c;
	};
}

/** The plan's lists with each name resolved: [{ list, entries: [{ planName, commune }] }]. */
export function resolvedPlanLists(communes, districts) {
	const resolve = planNameResolver(communes, districts);
	return planLists().map((list) => ({
		list,
		entries: list.planNames.map((planName) => ({ planName, commune: resolve(planName) }))
	}));
}
