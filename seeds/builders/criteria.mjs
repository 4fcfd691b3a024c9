// The criteria of each seeded set, numbered as in the decisions (ntm-domain.md §1.2, §1.3;
// SOURCES.md "The 2026-2030 phase").
import { base } from './common.mjs';

export const file = 'criteria.json';
export const after = ['criteria-sets.json'];

const HT = 'Hạ tầng kinh tế - xã hội';
const KT = 'Kinh tế và tổ chức sản xuất';
const VH = 'Văn hóa - Xã hội - Môi trường';

/** QĐ 318/QĐ-TTg Annex I: 19 criteria in 5 groups (the group of 18-19 differs between sources). */
const QD318 = [
	['Quy hoạch', 'Quy hoạch'],
	['Giao thông', HT],
	['Thủy lợi và phòng, chống thiên tai', HT],
	['Điện', HT],
	['Trường học', HT],
	['Cơ sở vật chất văn hóa', HT],
	['Cơ sở hạ tầng thương mại nông thôn', HT],
	['Thông tin và Truyền thông', HT],
	['Nhà ở dân cư', HT],
	['Thu nhập', KT],
	['Nghèo đa chiều', KT],
	['Lao động', KT],
	['Tổ chức sản xuất và phát triển kinh tế nông thôn', KT],
	['Giáo dục và Đào tạo', VH],
	['Y tế', VH],
	['Văn hóa', VH],
	['Môi trường và an toàn thực phẩm', VH],
	['Hệ thống chính trị và tiếp cận pháp luật', 'Hệ thống chính trị'],
	['Quốc phòng và An ninh', 'Hệ thống chính trị']
];

/** The advanced set: names as QĐ 318 Annex II is remembered, not checked against QĐ 2333 (see the set's notes). */
const NANG_CAO = [
	'Quy hoạch',
	'Giao thông',
	'Thủy lợi và phòng, chống thiên tai',
	'Điện',
	'Giáo dục',
	'Văn hóa',
	'Cơ sở hạ tầng thương mại nông thôn',
	'Thông tin và Truyền thông',
	'Nhà ở dân cư',
	'Thu nhập',
	'Nghèo đa chiều',
	'Lao động',
	'Tổ chức sản xuất và phát triển kinh tế nông thôn',
	'Y tế',
	'Hành chính công',
	'Tiếp cận pháp luật',
	'Môi trường',
	'Chất lượng môi trường sống',
	'Quốc phòng và An ninh'
];

/** QĐ 51/2025/QĐ-TTg Annex I: 10 criteria (47 indicators, not entered). */
const QD51 = [
	'Quy hoạch',
	'Hạ tầng kinh tế - xã hội',
	'Phát triển kinh tế nông thôn',
	'Đào tạo nguồn nhân lực',
	'Văn hóa, giáo dục, y tế',
	'Giảm nghèo và an sinh xã hội',
	'Khoa học, công nghệ và chuyển đổi số',
	'Môi trường và cảnh quan',
	'Hệ thống chính trị và hành chính công',
	'Tiếp cận pháp luật và an ninh, quốc phòng'
];

const row = (setId, number, name, group, notes = '') => ({ ...base(`${setId}.${number}`), setId, number, name, group, notes });

export function build() {
	return [
		...QD318.map(([name, group], i) => row('qd318-xa', i + 1, name, group, i >= 17 ? 'Có nguồn xếp vào nhóm Văn hóa - Xã hội - Môi trường' : '')),
		...NANG_CAO.map((name, i) => row('qd2333-nc', i + 1, name, '', 'Chưa đối chiếu QĐ 2333/QĐ-UBND')),
		...QD51.map((name, i) => row('qd51-xa', i + 1, name, ''))
	];
}
