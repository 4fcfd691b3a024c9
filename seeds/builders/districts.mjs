// Districts (huyện, thị xã, thành phố) of Quảng Nam, from the units CSV, with the six poor districts
// of 2021-2025 (plan II.7: "02 huyện/06 huyện"; list in QĐ 353/QĐ-TTg of 15/3/2022).
// Seed version 2 added poorDistrict and regionSource: every row carries seedRevised 2 (the app
// replaces rows a planner never changed); version and updatedAt stay as released.
import { base, lookup, units } from './common.mjs';

export const file = 'districts.json';

const DISTRICT_KIND = { huyện: 'huyen', 'thị xã': 'thi_xa', 'thành phố': 'thanh_pho' };
const REGION = { 'miền núi': 'mien_nui', 'đồng bằng': 'dong_bang' };

const REGION_SOURCE = 'Danh mục đơn vị hành chính 2024 (seeds/reference/quang-nam-units-2024.csv, cột district_region)';
const POOR_SOURCE = 'huyện nghèo theo QĐ 353/QĐ-TTg ngày 15/3/2022';
/** Quảng Nam's poor districts 2021-2025 (QĐ 353/QĐ-TTg of 15/3/2022). */
const POOR_DISTRICTS = ['Đông Giang', 'Tây Giang', 'Nam Giang', 'Phước Sơn', 'Bắc Trà My', 'Nam Trà My'];
const REVISED = 2;

const DISTRICT_NOTES = {
	'Nông Sơn': 'Sáp nhập vào huyện Quế Sơn từ 01/01/2025 (NQ 1241/NQ-UBTVQH15)',
	'Quế Sơn': 'Nhận huyện Nông Sơn sáp nhập từ 01/01/2025 (NQ 1241/NQ-UBTVQH15)'
};

export function build() {
	const districts = [];
	const districtById = new Map();
	for (const u of units()) {
		if (districtById.has(u.district_code)) {
			const d = districtById.get(u.district_code);
			if (d.name !== u.district_name) throw new Error(`District ${u.district_code} has two names`);
			continue;
		}
		const d = {
			...base(u.district_code),
			name: u.district_name,
			kind: lookup(DISTRICT_KIND, u.district_kind, 'district kind'),
			region: lookup(REGION, u.district_region, 'region'),
			poorDistrict: POOR_DISTRICTS.includes(u.district_name),
			regionSource: POOR_DISTRICTS.includes(u.district_name) ? `${REGION_SOURCE}; ${POOR_SOURCE}` : REGION_SOURCE,
			note2025: DISTRICT_NOTES[u.district_name] ?? '',
			seedRevised: REVISED
		};
		districts.push(d);
		districtById.set(d.id, d);
	}
	districts.sort((a, b) => a.id.localeCompare(b.id));
	const names = new Set();
	for (const d of districts) {
		if (names.has(d.name)) throw new Error(`Duplicate district name ${d.name}`);
		names.add(d.name);
	}
	for (const n of POOR_DISTRICTS) {
		const d = districts.find((x) => x.name === n);
		if (!d) throw new Error(`Poor district ${n} is not in the units CSV`);
		if (d.region !== 'mien_nui') throw new Error(`Poor district ${n} is not a mountain district`);
	}
	return districts;
}
