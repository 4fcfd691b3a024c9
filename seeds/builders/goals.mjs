// The plan's goals (sections II.1-6): counts and shares to reach by 2025.
import { base } from './common.mjs';

export const file = 'goals.json';

// The plan's 40% (nâng cao) and 10% (kiểu mẫu) are shares of the communes that reached NTM, not of
// the 193 programme communes: the two goals say so in their notes.
const SHARE_NOTE = 'Tỷ lệ 40%/10% tính trên số xã đạt chuẩn NTM (khoảng 155), không phải trên 193 xã';
const goal = (g) => ({
	...base(g.key),
	key: g.key,
	name: g.name,
	comparator: g.comparator ?? '>=',
	target: g.target,
	basis: g.basis,
	basisCount: g.basisCount ?? null,
	statedSharePct: g.statedSharePct ?? null,
	baseline: g.baseline ?? null,
	baselineNote: g.baselineNote ?? '',
	deadline: g.deadline ?? '2025',
	planSection: g.planSection,
	notes: g.notes ?? ''
});
export function build() {
	return [
		goal({
			key: 'communes_ntm',
			name: 'Tổng số xã đạt chuẩn NTM',
			target: 154,
			basis: 'programme_communes',
			basisCount: 193,
			statedSharePct: 80,
			baseline: 112,
			baselineNote: '112 xã đạt chuẩn NTM giai đoạn 2016-2020',
			planSection: 'II.1',
			notes: 'Kế hoạch: nâng tổng số xã đạt chuẩn NTM lên ít nhất 154 xã/193 xã, chiếm tỷ lệ 80%'
		}),
		goal({
			key: 'communes_ntm_new',
			name: 'Số xã đạt chuẩn NTM mới giai đoạn 2021-2025',
			target: 42,
			basis: 'none',
			planSection: 'II.1',
			notes: 'Kế hoạch: có thêm ít nhất 42 xã đạt chuẩn nông thôn mới'
		}),
		goal({
			key: 'communes_nang_cao',
			name: 'Tổng số xã đạt chuẩn NTM nâng cao',
			target: 64,
			basis: 'ntm_communes',
			statedSharePct: 40,
			baseline: 6,
			baselineNote: '06 xã đạt chuẩn NTM nâng cao giai đoạn 2016-2020',
			planSection: 'II.2',
			notes: SHARE_NOTE
		}),
		goal({
			key: 'communes_nang_cao_new',
			name: 'Số xã đạt chuẩn NTM nâng cao mới giai đoạn 2021-2025',
			target: 58,
			basis: 'none',
			planSection: 'II.2',
			notes: 'Kế hoạch: có thêm ít nhất 58 xã đạt chuẩn NTM nâng cao'
		}),
		goal({
			key: 'communes_kieu_mau',
			name: 'Tổng số xã đạt chuẩn NTM kiểu mẫu',
			target: 16,
			basis: 'ntm_communes',
			statedSharePct: 10,
			baseline: 1,
			baselineNote: '01 xã đạt chuẩn NTM kiểu mẫu giai đoạn 2016-2020 (Đại Hiệp)',
			planSection: 'II.3',
			notes: SHARE_NOTE
		}),
		goal({
			key: 'communes_kieu_mau_new',
			name: 'Số xã đạt chuẩn NTM kiểu mẫu mới giai đoạn 2021-2025',
			target: 15,
			basis: 'none',
			planSection: 'II.3',
			notes: 'Kế hoạch: có thêm ít nhất 15 xã đạt chuẩn NTM kiểu mẫu'
		}),
		goal({
			key: 'communes_under_15',
			name: 'Số xã dưới 15 tiêu chí',
			comparator: '<=',
			target: 0,
			basis: 'programme_communes',
			basisCount: 193,
			planSection: 'II.4',
			notes: 'Kế hoạch: không còn xã dưới 15 tiêu chí'
		}),
		goal({
			key: 'districts_without_ntm',
			name: 'Số huyện không có xã đạt chuẩn NTM',
			comparator: '<=',
			target: 0,
			basis: 'district_units',
			basisCount: 18,
			baseline: 1,
			baselineNote: 'Nam Giang chưa có xã đạt chuẩn NTM',
			planSection: 'II.4',
			notes: 'Kế hoạch: không còn huyện không có xã đạt chuẩn NTM'
		}),
		// Seed version 2: the starting point the plan implies. It sends "thêm 04 huyện … và thành phố
		// Hội An" (Quế Sơn and Nông Sơn count as one district after their merger) to reach 08-09, so
		// 03-04 units had reached NTM or completed the task before 2024.
		{
			...goal({
				key: 'district_units_ntm',
				name: 'Số đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ NTM',
				target: 8,
				basis: 'district_units',
				basisCount: 18,
				baseline: 3,
				baselineNote: '03-04 đơn vị đã đạt chuẩn/hoàn thành nhiệm vụ trước năm 2024 (08-09 đơn vị sau khi có thêm 04 huyện và thành phố Hội An)',
				planSection: 'II.5.a',
				notes: 'Kế hoạch: 08-09 đơn vị cấp huyện'
			}),
			seedRevised: 2
		},
		goal({
			key: 'model_hamlets',
			name: 'Tỷ lệ thôn đạt chuẩn thôn NTM kiểu mẫu',
			target: 60,
			basis: 'hamlets',
			statedSharePct: 60,
			planSection: 'II.6',
			notes: 'Kế hoạch: tổng số thôn đạt chuẩn thôn NTM kiểu mẫu đạt tỷ lệ ít nhất 60%'
		}),
		goal({
			key: 'model_hamlets_mountain',
			name: 'Tỷ lệ thôn miền núi đạt chuẩn thôn NTM kiểu mẫu',
			target: 50,
			basis: 'mountain_hamlets',
			statedSharePct: 50,
			planSection: 'II.6',
			notes: 'Kế hoạch: miền núi đạt ít nhất 50% số thôn đạt chuẩn thôn NTM kiểu mẫu'
		})
	];
}
