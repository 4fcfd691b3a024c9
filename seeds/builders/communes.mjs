// Communes (xã, phường, thị trấn) from the units CSV; their recognised levels are inferred from
// the plan's lists.
import { base, lookup, need, resolvedPlanLists, units, JAN_2025, JUL_2025, JAN_NEW, JAN_DISTRICT, NQ1241, NQ1659, newUnitId, newUnits } from './common.mjs';

export const file = 'communes.json';
export const after = ['districts.json'];

const COMMUNE_KIND = { xã: 'xa', phường: 'phuong', 'thị trấn': 'thi_tran' };

/** One commune-level unit, as the seed writes it (every xã in the programme of its phase). */
function unitRecord(districtById, id, districtId, name, kind, note2025, validFrom) {
	return {
		...base(id),
		districtId,
		name,
		kind,
		region: districtById.get(districtId).region,
		inProgramme: kind === 'xa',
		recognisedLevel: null,
		recognisedYear: null,
		criteriaMet: null,
		hamletsTotal: null,
		modelHamlets: null,
		note2025,
		validFrom,
		notes: ''
	};
}

export function build(ctx) {
	const districts = need(ctx, 'districts.json');
	const districtById = new Map(districts.map((d) => [d.id, d]));
	const communes = units().map((u) =>
		unitRecord(districtById, u.commune_code, u.district_code, u.commune_name, lookup(COMMUNE_KIND, u.commune_kind, 'commune kind'), u.note_2025, null)
	);
	const ids = new Set();
	for (const c of communes) {
		if (ids.has(c.id)) throw new Error(`Duplicate commune code ${c.id}`);
		ids.add(c.id);
	}

	// Bình Minh (Thăng Bình) left the NTM programme on 01/3/2021 (CV 1008/UBND-KTN).
	{
		const bm = communes.filter((c) => c.name === 'Bình Minh' && c.kind === 'xa');
		if (bm.length !== 1) throw new Error('Bình Minh not found exactly once');
		bm[0].inProgramme = false;
		bm[0].notes = 'Không thuộc Chương trình NTM từ 01/3/2021 (CV 1008/UBND-KTN)';
	}

	// ------------------------------------------------------------ recognised levels (inferred)
	// The plan does not list the communes already recognised: a commune it names for a higher
	// level (nâng cao, kiểu mẫu) but not for NTM has reached NTM; Đại Hiệp (Đại Lộc) is the
	// kiểu mẫu commune of 2016-2020 (II.3.a). The lists are the ones targets.json is built from.
	const inNtmList = new Set();
	const inHigherList = new Set();
	for (const { list, entries } of resolvedPlanLists(communes, districts))
		for (const { commune } of entries) (list.level === 'ntm' ? inNtmList : inHigherList).add(commune.id);
	for (const c of communes) {
		if (c.name === 'Đại Hiệp' && districtById.get(c.districtId).name === 'Đại Lộc') {
			c.recognisedLevel = 'kieu_mau';
			c.notes = 'Xã NTM kiểu mẫu giai đoạn 2016-2020 (KH mục II.3.a)';
		} else if (inHigherList.has(c.id) && !inNtmList.has(c.id)) {
			c.recognisedLevel = 'ntm';
			c.notes = 'Đã đạt chuẩn NTM (suy ra từ danh sách phấn đấu của kế hoạch)';
		}
	}
	return [...communes, ...unitsOf2025(communes, districtById)];
}

/**
 * Seed version 2: the commune-level units formed by the 2025 reforms, after the 2024 units. Their
 * `districtId` is the former district they lie in (the grouping kept for continuity: there is no
 * district level after 01/07/2025; their parent is then TP Đà Nẵng).
 */
function unitsOf2025(communes, districtById) {
	const byId = new Map(communes.map((c) => [c.id, c]));
	// Every xã of the new map is in the national programme 2026-2030 (QĐ 51/2025/QĐ-TTg); views of
	// the 2021-2025 plan show the units of its own map, so these do not count there.
	const unit = (id, name, kind, districtId, validFrom, note) => ({ ...unitRecord(districtById, id, districtId, name, kind, note, validFrom), seedSince: 2 });
	const jan = JAN_NEW.map((u) =>
		unit(newUnitId(u.code, JAN_2025), u.name, u.kind, u.district, JAN_2025, `Thành lập từ 01/01/2025 (${NQ1241})`)
	);
	const jul = newUnits().map((u) => {
		const first = u.old_commune_codes_2024.split(';')[0].trim();
		const old = byId.get(first);
		if (!old) throw new Error(`units 2025: ${u.new_unit_name}: unknown predecessor ${first}`);
		const districtId = old.districtId === JAN_DISTRICT.from ? JAN_DISTRICT.into : old.districtId;
		const kind = lookup({ xã: 'xa', phường: 'phuong' }, u.new_unit_kind, 'kind of a 2025 unit');
		return unit(newUnitId(u.new_unit_code_2025, JUL_2025), u.new_unit_name, kind, districtId, JUL_2025, `Thành lập từ 01/07/2025 (${NQ1659}, ${u.nq1659_clause}); thuộc TP Đà Nẵng`);
	});
	return [...jan, ...jul];
}
