// Communes (xã, phường, thị trấn) from the units CSV; their recognised levels are inferred from
// the plan's lists.
import { base, lookup, need, resolvedPlanLists, units } from './common.mjs';

export const file = 'communes.json';
export const after = ['districts.json'];

const COMMUNE_KIND = { xã: 'xa', phường: 'phuong', 'thị trấn': 'thi_tran' };

export function build(ctx) {
	const districts = need(ctx, 'districts.json');
	const districtById = new Map(districts.map((d) => [d.id, d]));
	const communes = units().map((u) => {
		const kind = lookup(COMMUNE_KIND, u.commune_kind, 'commune kind');
		return {
			...base(u.commune_code),
			districtId: u.district_code,
			name: u.commune_name,
			kind,
			region: districtById.get(u.district_code).region,
			inProgramme: kind === 'xa',
			recognisedLevel: null,
			recognisedYear: null,
			criteriaMet: null,
			hamletsTotal: null,
			modelHamlets: null,
			note2025: u.note_2025,
			notes: ''
		};
	});
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
	return communes;
}
