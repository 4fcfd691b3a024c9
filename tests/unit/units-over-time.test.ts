// Units over time: the successions seeded from the reference files, the map on a date, roll-ups
// checked by hand for merged units, the lookup on two maps, and the draft of the 2026-2030 phase.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import '$lib/i18n/units-texts';
import { parseCsv } from '../../seeds/csv.mjs';
import { seedData } from '../../seeds/index';
import { UnitMap, MAP_2024, MAP_2025, communesOnMap, dayBefore } from '$lib/domain/units-over-time';
import { RecognitionIndex } from '$lib/domain/recognitions';
import { mapSummary } from '$lib/domain/map-summary';
import { lookupOf } from '$lib/schema';
import { buildPhaseDraft } from '$lib/ui/phase-draft';

const csv = (name: string) => parseCsv(readFileSync(new URL(`../../../shared/reference/${name}`, import.meta.url), 'utf8').normalize('NFC'));
const ref = (name: string) => {
	try {
		return csv(name);
	} catch {
		// A clean clone has the copies the seeds are built from.
		return parseCsv(readFileSync(new URL(`../../seeds/reference/${name}`, import.meta.url), 'utf8').normalize('NFC'));
	}
};
const oldToNew = ref('units-2024-to-2025.csv');
const newUnits = ref('units-2025-da-nang-from-quang-nam.csv');
const { communes, districts, successions, targets, recognitions, districtTargets } = seedData;
const map = new UnitMap(communes, districts, successions);
const index = new RecognitionIndex(recognitions, targets, districtTargets);
const byName = (name: string, from?: string) => communes.find((c) => c.name === name && (from === undefined ? !c.validFrom : c.validFrom === from))!;

describe('the successions against the reference files', () => {
	it('takes every 2024 unit to exactly one unit of 01/07/2025, the one the reference names', () => {
		expect(oldToNew).toHaveLength(241);
		for (const r of oldToNew) {
			const to = map.successorAt(r.commune_code_2024, MAP_2025);
			expect(to, r.commune_name_2024).toBe(`${r.new_unit_code_2025}-2507`);
			expect(map.communeById.get(to!)!.name, r.commune_name_2024).toBe(r.new_unit_name_2025);
		}
	});

	it('forms each of the 78 units from the 2024 units the resolution lists', () => {
		expect(newUnits).toHaveLength(78);
		for (const u of newUnits) {
			const want = u.old_commune_codes_2024.split(';').map((s) => s.trim()).sort();
			expect(map.roots(`${u.new_unit_code_2025}-2507`).sort(), u.new_unit_name).toEqual(want);
		}
	});

	it('gives the maps of 31/12/2024 (241 units, 18 districts), 01/01/2025 (233, 17) and 01/07/2025 (78, none)', () => {
		expect(map.unitsAt(MAP_2024)).toHaveLength(241);
		expect(districts.filter((d) => map.districtAt(d.id, MAP_2024) === d.id)).toHaveLength(18);
		expect(map.unitsAt('2025-01-01')).toHaveLength(233);
		expect(districts.filter((d) => map.districtAt(d.id, '2025-01-01') === d.id)).toHaveLength(17);
		expect(map.unitsAt(MAP_2025)).toHaveLength(78);
		expect(map.hasDistricts(dayBefore(MAP_2025))).toBe(true);
		expect(map.hasDistricts(MAP_2025)).toBe(false);
		// Without the successions, only the start days are known: the plan's map is still right.
		expect(communesOnMap(communes, undefined)).toHaveLength(241);
	});

	it('dates every unit: Duy Thu ends on 31/12/2024, Quế Tân lives six months, Nông Sơn joins Quế Sơn', () => {
		expect(map.validTo(byName('Duy Thu').id)).toBe('2024-12-31');
		expect(map.validTo(byName('Duy Tân').id)).toBe('2025-06-30');
		const queTan = byName('Quế Tân', '2025-01-01');
		expect([queTan.validFrom, map.validTo(queTan.id)]).toEqual(['2025-01-01', '2025-06-30']);
		expect(map.predecessors(queTan.id).map((id) => map.communeById.get(id)!.name).sort()).toEqual(['Hiệp Hòa', 'Hiệp Thuận']);
		const nongSon = districts.find((d) => d.name === 'Nông Sơn')!;
		const queSon = districts.find((d) => d.name === 'Quế Sơn')!;
		expect(map.districtAt(nongSon.id, '2024-12-31')).toBe(nongSon.id);
		expect(map.districtAt(nongSon.id, '2025-01-01')).toBe(queSon.id);
		expect(map.districtAt(queSon.id, MAP_2025)).toBeNull();
		// A unit before it begins is itself; an unknown id is nothing.
		expect(map.successorAt(byName('An Mỹ').id, '2024-06-01')).toBe(byName('An Mỹ').id);
		expect(map.successorAt('99999', MAP_2025)).toBeNull();
	});
});

describe('roll-ups, checked by hand', () => {
	it('xã Thu Bồn: Duy Tân, Duy Thu (merged into Duy Tân on 01/01/2025), Duy Phú, Duy Hòa, Duy Châu', () => {
		const thuBon = byName('Thu Bồn', MAP_2025);
		expect(map.roots(thuBon.id).map((id) => map.communeById.get(id)!.name).sort()).toEqual(['Duy Châu', 'Duy Hòa', 'Duy Phú', 'Duy Thu', 'Duy Tân']);
		// The plan (II.2, II.3): nâng cao 2025 for Duy Tân, Duy Thu, Duy Phú and Duy Châu; kiểu mẫu 2025 for Duy Hòa.
		const rolled = map.rollUp(targets, (t) => t.communeId, '2025-08-01').get(thuBon.id)!;
		expect(rolled).toHaveLength(5);
		expect(rolled.filter((t) => t.level === 'nang_cao')).toHaveLength(4);
		expect(rolled.filter((t) => t.level === 'kieu_mau').map((t) => t.communeId)).toEqual([byName('Duy Hòa').id]);
		// The rows keep their commune: nothing is rewritten.
		expect(new Set(rolled.map((t) => t.communeId)).has(thuBon.id)).toBe(false);
		// Before 01/07/2025 they are still under their own units.
		expect(map.rollUp(targets, (t) => t.communeId, '2025-03-01').get(thuBon.id)).toBeUndefined();
		expect(map.rollUp(targets, (t) => t.communeId, '2025-03-01').get(byName('Duy Tân').id)).toHaveLength(2);
	});

	it('phường Quảng Phú: An Phú, Tam Thanh, Tam Phú', () => {
		const s = mapSummary(map, '2025-08-01', targets, index);
		const row = s.rows.find((r) => r.unit.name === 'Quảng Phú')!;
		expect(row.roots.map((id) => map.communeById.get(id)!.name).sort()).toEqual(['An Phú', 'Tam Phú', 'Tam Thanh']);
		// Tam Thanh: nâng cao 2024 and kiểu mẫu 2025; Tam Phú: nâng cao 2025.
		expect(row.targets).toHaveLength(3);
		// Tam Thanh and Tam Phú are recognised NTM in the register (context); the ward has no record of its own.
		expect(row.rootsNtm).toBe(2);
		expect(row.ownRank).toBe(0);
		expect(s.units).toBe(78);
		expect(s.byKind).toEqual({ xa: 67, phuong: 11, thi_tran: 0 });
		expect(s.targets).toBe(targets.length);
	});
});

describe('names on two maps', () => {
	it('"Tam Hải" is the 2024 xã on the plan\'s map and the xã of 01/07/2025 on the new one', () => {
		const lookup = lookupOf(seedData);
		const r1 = lookup.resolveCommune('Tam Hải', 'Núi Thành');
		expect(r1.ok && r1.record.id).toBe('20992');
		lookup.mapDate = '2025-08-01';
		const r2 = lookup.resolveCommune('Tam Hải', 'Núi Thành');
		expect(r2.ok && r2.record.id).toBe('20992-2507');
	});
});

describe('the draft of the 2026-2030 phase', () => {
	const lookup = lookupOf(seedData);
	const draft = buildPhaseDraft(seedData, lookup, new Date('2026-03-01T00:00:00Z'))!;

	it('is the next phase on the map of 01/07/2025 with the criteria of QĐ 51', () => {
		expect(draft.phase).toMatchObject({ id: '2026-2030', yearFrom: 2026, yearTo: 2030, mapDate: MAP_2025, criteriaSetId: 'qd51-xa', status: 'draft', basedOn: '2021-2025' });
		expect(draft.units).toBe(67);
	});

	it('moves the targets not yet reached onto the xã of the new map, once per level', () => {
		const ts = draft.changes.filter((c) => c.op === 'insert' && c.table === 'targets').map((c) => (c as { record: Record<string, unknown> }).record);
		expect(ts).toHaveLength(draft.targets);
		const onNew = new Set(map.unitsAt(MAP_2025).filter((c) => c.kind === 'xa').map((c) => c.id));
		for (const t of ts) {
			expect(onNew.has(String(t.communeId)), String(t.communeId)).toBe(true);
			expect(t.year).toBe(2026);
		}
		const thuBon = byName('Thu Bồn', MAP_2025).id;
		expect(ts.filter((t) => t.communeId === thuBon).map((t) => t.level)).toEqual(['nang_cao', 'kieu_mau']);
		expect(String(ts.find((t) => t.communeId === thuBon)!.notes)).toContain('Duy Tân');
		// Hiệp Đức (from Quế Tân, Tân Bình, Quế Lưu): Quế Lưu's NTM 2025.
		expect(ts.filter((t) => t.communeId === byName('Hiệp Đức', MAP_2025).id).map((t) => t.level)).toEqual(['ntm']);
		// No phường gets one.
		expect(ts.some((t) => map.communeById.get(String(t.communeId))!.kind !== 'xa')).toBe(false);
	});

	it('copies the goals under keys of their own, leaving the plan\'s as they are', () => {
		const gs = draft.changes.filter((c) => c.op === 'insert' && c.table === 'goals').map((c) => (c as { record: Record<string, unknown> }).record);
		expect(gs).toHaveLength(seedData.goals.length);
		for (const g of gs) {
			expect(String(g.key)).toMatch(/@2026-2030$/);
			expect(g.phase).toBe('2026-2030');
		}
		expect(gs.find((g) => g.key === 'communes_ntm@2026-2030')!.basisCount).toBe(67);
		expect(draft.changes.every((c) => c.op === 'insert')).toBe(true);
	});

	it('after it, the next draft would be 2031-2035, never 2026-2030 again', () => {
		expect(buildPhaseDraft({ ...seedData, phases: [...seedData.phases, draft.phase] }, lookup)?.phase.id).toBe('2031-2035');
	});
});
