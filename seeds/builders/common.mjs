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

// ---------------------------------------------------------------- the 2025 reforms
// Sources: reference/units-2024-to-2025.csv and units-2025-da-nang-from-quang-nam.csv
// (NQ 1241/NQ-UBTVQH15 from 01/01/2025; NQ 1659/NQ-UBTVQH15, NQ 202 and 203/2025/QH15 from 01/07/2025).


export const JAN_2025 = '2025-01-01';
export const JUL_2025 = '2025-07-01';
export const NQ1241 = 'NQ 1241/NQ-UBTVQH15 (24/10/2024)';
export const NQ1659 = 'NQ 1659/NQ-UBTVQH15 (16/06/2025)';
export const NQ203 = 'NQ 202/2025/QH15, NQ 203/2025/QH15 (06/2025)';

/** Id of a unit formed by a reform: its official code and the month it starts ("20341-2507"), since
 * a new unit reuses the code of one of its predecessors. */
export const newUnitId = (code, date) => `${code}-${date.slice(2, 4)}${date.slice(5, 7)}`;

/** The 01/01/2025 mergers (NQ 1241): merged unit code -> the code it went into, and the two new xã. */
export const JAN_MERGES = [
	{ from: '20338', into: '20347' }, // Phước Hòa -> An Xuân (phường, Tam Kỳ)
	{ from: '20602', into: '20608' }, // Duy Thu -> Duy Tân
	{ from: '20830', into: '20827' }, // Bình Chánh -> Bình Phú
	{ from: '20863', into: '20857' }, // Tiên Cẩm -> Tiên Sơn
	{ from: '20383', into: '20364' }, // Tam Vinh -> thị trấn Phú Thịnh
	{ from: '20672', into: '20671' }, // Sơn Viên -> Quế Lộc
	{ from: '20758', into: 'new:20758' }, // Hiệp Hòa -> Quế Tân (new, code 20758)
	{ from: '20761', into: 'new:20758' }, // Hiệp Thuận -> Quế Tân
	{ from: '20821', into: 'new:20821' }, // Bình Định Bắc -> Bình Định (new, code 20821)
	{ from: '20822', into: 'new:20821' } // Bình Định Nam -> Bình Định
];
export const JAN_NEW = [
	{ code: '20758', name: 'Quế Tân', kind: 'xa', district: '512' },
	{ code: '20821', name: 'Bình Định', kind: 'xa', district: '513' }
];
/** Nông Sơn (519) merged into Quế Sơn (509) on 01/01/2025. */
export const JAN_DISTRICT = { from: "519", into: "509" };

export const oldToNew = once(() => parseCsv(read("reference/units-2024-to-2025.csv")));
export const newUnits = once(() => parseCsv(read("reference/units-2025-da-nang-from-quang-nam.csv")));
