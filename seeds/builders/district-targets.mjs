// District-level targets (section II.5): the plan's sentences for districts, kept verbatim.
import { base, need, nfc, planText } from './common.mjs';

export const file = 'district-targets.json';
export const after = ['districts.json'];

const DT_TEXT = {
	tienPhuoc:
		'Huyện Tiên Phước: Hoàn thành hồ sơ trình cấp có thẩm quyền công nhận huyện đạt chuẩn NTM năm 2024 trước tháng 10/2024',
	nuiThanhDaiLoc:
		'Huyện: Núi Thành, Đại Lộc: Hoàn thành hồ sơ trình cấp có thẩm quyền công nhận huyện đạt chuẩn NTM năm 2025 trước tháng 6/2025',
	queSonNongSon:
		'Huyện Quế Sơn, Nông Sơn: Huyện mới sau khi sáp nhập phần đấu hoàn thánh hồ sơ trình cấp có thẩm quyền công nhận huyện đạt chuẩn NTM năm 2025 trước tháng 10/2025.',
	hoiAn:
		'Thành phố Hội An: Hoàn thành hồ sơ trình cấp có thẩm quyền công nhận thành phố hoàn thành nhiệm vụ NTM năm 2025 trước tháng 06/2025',
	phuNinhDuyXuyen:
		'Huyện Phú Ninh, Duy Xuyên: Hoàn thành hồ sơ trình cấp có thẩm quyền công nhận huyện đạt chuẩn NTM nâng cao năm 2025'
};
const DISTRICT_TARGETS = [
	['Tiên Phước', 'ntm', 2024, '2024-10', 'tienPhuoc', 'II.5.a'],
	['Núi Thành', 'ntm', 2025, '2025-06', 'nuiThanhDaiLoc', 'II.5.a'],
	['Đại Lộc', 'ntm', 2025, '2025-06', 'nuiThanhDaiLoc', 'II.5.a'],
	['Quế Sơn', 'ntm', 2025, '2025-10', 'queSonNongSon', 'II.5.a'],
	['Nông Sơn', 'ntm', 2025, '2025-10', 'queSonNongSon', 'II.5.a'],
	['Hội An', 'hoan_thanh', 2025, '2025-06', 'hoiAn', 'II.5.a'],
	['Phú Ninh', 'nang_cao', 2025, '2025', 'phuNinhDuyXuyen', 'II.5.b'],
	['Duy Xuyên', 'nang_cao', 2025, '2025', 'phuNinhDuyXuyen', 'II.5.b']
];
export function build(ctx) {
	const districtByName = new Map(need(ctx, 'districts.json').map((d) => [d.name, d]));
	return DISTRICT_TARGETS.map(([name, level, year, deadline, textKey, section]) => {
		const d = districtByName.get(name);
		if (!d) throw new Error(`District ${name} not found`);
		const text = nfc(DT_TEXT[textKey]);
		if (!planText().includes(text)) throw new Error(`District target text for ${name} is not verbatim in plan.txt`);
		return {
			...base(`${year}-${level}-${d.id}`),
			districtId: d.id,
			level,
			year,
			deadline,
			status: 'not_started',
			decisionNo: '',
			decisionDate: null,
			notes: '',
			planText: text,
			planSection: section
		};
	});
}
