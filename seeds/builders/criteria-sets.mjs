// Criteria sets as data, each with its decision and source (see ../shared reference notes,
// ntm-domain.md §1 and SOURCES.md "The 2026-2030 phase").
import { base } from './common.mjs';

export const file = 'criteria-sets.json';

export const SETS = [
	{
		id: 'qd318-xa',
		name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025',
		scope: 'commune',
		standard: 'ntm',
		phase: '2021-2025',
		decisionNo: '318/QĐ-TTg',
		decisionDate: '2022-03-08',
		issuer: 'Thủ tướng Chính phủ',
		criteriaCount: 19,
		verified: true,
		source:
			'QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục I. https://dantocmiennui.baotintuc.vn/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025-post317608.html ; https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025',
		notes: 'Số tiêu chí đạt của xã (mục II.4: không còn xã dưới 15 tiêu chí) tính theo bộ này. Nhóm của tiêu chí 18-19: nguồn ghi khác nhau.'
	},
	{
		id: 'qd2333-nc',
		name: 'Bộ tiêu chí xã NTM nâng cao tỉnh Quảng Nam giai đoạn 2022-2025',
		scope: 'commune',
		standard: 'nang_cao',
		phase: '2022-2025',
		decisionNo: '2333/QĐ-UBND',
		decisionDate: '2022-09-08',
		issuer: 'UBND tỉnh Quảng Nam',
		criteriaCount: 19,
		verified: false,
		source: 'QĐ 2333/QĐ-UBND ngày 08/9/2022 (trích dẫn trong QĐ 2428/QĐ-UBND và baoquangnam.vn/nong-thon-moi/quy-dinh-xa-nong-thon-moi-kieu-mau-giai-doan-2022-2025-132175.html).',
		notes: 'Danh mục tiêu chí chưa đối chiếu được với văn bản: tên các tiêu chí ghi theo Phụ lục II QĐ 318/QĐ-TTg, cần kiểm tra lại trước khi dùng.'
	},
	{
		id: 'qd51-xa',
		name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030',
		scope: 'commune',
		standard: 'ntm',
		phase: '2026-2030',
		decisionNo: '51/2025/QĐ-TTg',
		decisionDate: '2025-12-29',
		issuer: 'Thủ tướng Chính phủ',
		criteriaCount: 10,
		verified: true,
		source:
			'QĐ 51/2025/QĐ-TTg ngày 29/12/2025, hiệu lực 15/02/2026, Phụ lục I (10 tiêu chí, 47 chỉ tiêu). https://xaydungchinhsach.chinhphu.vn/toan-van-quyet-dinh-51-2025-qd-ttg-ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-119251230104614909.htm',
		notes: 'Mức chỉ tiêu theo 3 nhóm xã chưa được nhập. Không có bộ tiêu chí cấp huyện.'
	}
];

export function build() {
	return SETS.map((s) => ({ ...base(s.id), ...s }));
}
