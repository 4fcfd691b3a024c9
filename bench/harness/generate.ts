// A national-scale dataset: about 10,600 communes in 700 districts, 3 levels × 2 years of targets
// each (about 64,000 target rows). Names are generated; codes are unique 5-digit strings.
import type { Commune, District, Target } from '$lib/domain/records';
import { LEVELS } from '$lib/domain/enums';
import { schemas } from '$lib/schema';
const targetsSchema = schemas.targets;

const SYL = ['An', 'Bình', 'Cẩm', 'Duy', 'Đại', 'Điện', 'Hòa', 'Hiệp', 'Quế', 'Phước', 'Sơn', 'Tam', 'Tân', 'Thăng', 'Tiên', 'Trà', 'Vĩnh', 'Xuân', 'Mỹ', 'Lộc', 'Thạnh', 'Phú', 'Trung', 'Đông', 'Tây', 'Nam', 'Bắc', 'Hưng', 'Long', 'Thành'];
const STAMP = '2024-01-25T00:00:00.000Z';

export interface Dataset {
	districts: District[];
	communes: Commune[];
	targets: Target[];
}

export function generate(communeCount = 10_600, perDistrict = 15): Dataset {
	const districts: District[] = [];
	const communes: Commune[] = [];
	const targets: Target[] = [];
	const districtCount = Math.ceil(communeCount / perDistrict);
	for (let d = 0; d < districtCount; d++) {
		districts.push({
			id: String(100 + d),
			name: `${SYL[d % SYL.length]} ${SYL[(d * 7 + 3) % SYL.length]} ${d}`,
			kind: 'huyen',
			region: d % 3 === 0 ? 'mien_nui' : 'dong_bang',
			note2025: '',
			version: 1,
			updatedAt: STAMP
		});
	}
	for (let i = 0; i < communeCount; i++) {
		const district = districts[Math.floor(i / perDistrict)];
		communes.push({
			id: String(10000 + i * 7).padStart(5, '0'),
			districtId: district.id,
			name: `${SYL[i % SYL.length]} ${SYL[(i * 11 + 5) % SYL.length]} ${i}`,
			kind: 'xa',
			region: district.region,
			inProgramme: true,
			recognisedLevel: i % 4 === 0 ? 'ntm' : null,
			recognisedYear: i % 4 === 0 ? 2020 : null,
			criteriaMet: i % 20,
			hamletsTotal: 5 + (i % 9),
			modelHamlets: i % 5,
			note2025: '',
			notes: '',
			version: 1,
			updatedAt: STAMP
		});
	}
	for (const c of communes) {
		for (const year of [2024, 2025]) {
			for (const level of LEVELS) {
				targets.push({
					...targetsSchema.blank!(),
					id: `${year}-${level}-${c.id}`,
					communeId: c.id,
					districtId: c.districtId,
					level,
					year,
					deadline: String(year),
					planSection: 'II.1.a',
					version: 1,
					updatedAt: STAMP
				});
			}
		}
	}
	return { districts, communes, targets };
}
