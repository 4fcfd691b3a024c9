// Districts (huyện, thị xã, thành phố) of Quảng Nam, from the units CSV.
import { base, lookup, units } from './common.mjs';

export const file = 'districts.json';

const DISTRICT_KIND = { huyện: 'huyen', 'thị xã': 'thi_xa', 'thành phố': 'thanh_pho' };
const REGION = { 'miền núi': 'mien_nui', 'đồng bằng': 'dong_bang' };

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
			note2025: DISTRICT_NOTES[u.district_name] ?? ''
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
	return districts;
}
