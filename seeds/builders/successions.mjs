// Successions of units (which unit a unit became, from when, by which resolution): the 01/01/2025
// mergers (NQ 1241), the 01/07/2025 units of the former Quảng Nam (NQ 1659) and the end of the
// district level (NQ 202, 203/2025/QH15). Checked against seeds/reference/units-2024-to-2025.csv.
import { base, need, JAN_2025, JUL_2025, JAN_MERGES, JAN_DISTRICT, NQ1241, NQ1659, NQ203, newUnitId, oldToNew, newUnits } from './common.mjs';

export const file = 'successions.json';
export const after = ['communes.json', 'districts.json'];

export function build(ctx) {
	const communes = need(ctx, 'communes.json');
	const districts = need(ctx, 'districts.json');
	const byId = new Map(communes.map((c) => [c.id, c]));
	const out = [];
	const row = (date, level, fromId, toId, kind, basis, clause) => ({
		...base(`kt-${date.slice(2, 4)}${date.slice(5, 7)}-${fromId}`),
		date,
		level,
		fromId,
		toId,
		kind,
		basis,
		clause,
		notes: ''
	});
	// 01/01/2025, commune level.
	const janInto = new Map();
	for (const m of JAN_MERGES) {
		const to = m.into.startsWith('new:') ? newUnitId(m.into.slice(4), JAN_2025) : m.into;
		if (!byId.has(m.from) || !byId.has(to)) throw new Error(`successions: unknown unit in ${JSON.stringify(m)}`);
		janInto.set(m.from, to);
		out.push(row(JAN_2025, 'commune', m.from, to, 'merged', NQ1241, ''));
	}
	// 01/01/2025, district level.
	out.push(row(JAN_2025, 'district', JAN_DISTRICT.from, JAN_DISTRICT.into, 'merged', NQ1241, ''));
	// 01/07/2025: every unit of 30/06/2025 -> its new unit.
	const clauseOf = new Map(newUnits().map((u) => [u.new_unit_code_2025, u.nq1659_clause]));
	const julTo = new Map();
	for (const r of oldToNew()) {
		const from = janInto.get(r.commune_code_2024) ?? r.commune_code_2024;
		const to = newUnitId(r.new_unit_code_2025, JUL_2025);
		if (!byId.has(to)) throw new Error(`successions: no 2025 unit ${to} (${r.new_unit_name_2025})`);
		const seen = julTo.get(from);
		if (seen && seen !== to) throw new Error(`successions: ${from} goes to both ${seen} and ${to}`);
		if (seen) continue;
		julTo.set(from, to);
		// One predecessor: kept as it was (Tam Hải, Tân Hiệp), or the same place as another kind of unit.
		const alone = newUnits().find((u) => u.new_unit_code_2025 === r.new_unit_code_2025)?.old_commune_codes_2024.split(';').length === 1;
		const kind = !alone ? 'merged' : byId.get(from).kind === byId.get(to).kind ? 'kept' : 'converted';
		out.push(row(JUL_2025, 'commune', from, to, kind, NQ1659, clauseOf.get(r.new_unit_code_2025) ?? ''));
	}
	// 01/07/2025: the district level ends.
	for (const d of districts) if (d.id !== JAN_DISTRICT.from) out.push(row(JUL_2025, 'district', d.id, null, 'abolished', NQ203, ''));
	if (julTo.size !== 233) throw new Error(`successions: ${julTo.size} units of 30/06/2025, expected 233`);
	return out;
}
