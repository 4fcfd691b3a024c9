// The plan's indicators (section II.7), targets kept as the plan writes them.
import { base } from './common.mjs';

export const file = 'indicators.json';

const ind = (id, name, unit, target, baseline = '') => ({
	...base(id),
	name,
	unit,
	baseline,
	target,
	actual: '',
	deadline: '2025',
	planSection: 'II.7',
	notes: ''
});
export function build() {
	return [
		// Seed version 2: the baseline is the value it is (1 time the 2020 income), not the year "2020";
		// the plan gives no income figure for 2020, and the note says so.
		{
			...ind('ind-income', 'Thu nhập bình quân đầu người khu vực nông thôn', 'lần so với 2020', '≥1,5', '1'),
			notes: 'Mức xuất phát: thu nhập năm 2020 (= 1 lần); kế hoạch không nêu số tiền.',
			seedRevised: 2
		},
		ind('ind-poverty', 'Mức giảm tỷ lệ hộ nghèo đa chiều toàn tỉnh', '%/năm', '0,3-0,4'),
		ind('ind-poverty-ethnic', 'Mức giảm tỷ lệ nghèo đồng bào dân tộc thiểu số', '%/năm', '>3'),
		ind('ind-poverty-poor-districts', 'Mức giảm tỷ lệ hộ nghèo ở các huyện nghèo', '%/năm', '4-5'),
		ind('ind-poor-districts-exit', 'Huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn', 'huyện', '02/06 (30%)'),
		ind('ind-temporary-houses', 'Nhà tạm, nhà dột nát ở địa bàn nông thôn', 'nhà', '0'),
		ind('ind-water-hygienic', 'Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh', '%', '≥96'),
		ind('ind-water-clean', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch', '%', '≥60'),
		ind('ind-health-insurance', 'Tỷ lệ dân số ở nông thôn tham gia BHYT', '%', '≥96'),
		ind('ind-trained-workers', 'Tỷ lệ lao động khu vực nông thôn có bằng cấp, chứng chỉ', '%', '≥30'),
		ind('ind-mobile-coverage', 'Tỷ lệ thôn được phủ sóng thông tin di động 3G, 4G', '%', '100'),
		ind('ind-fibre-model-hamlets', 'Tỷ lệ thôn NTM kiểu mẫu có mạng cáp quang', '%', '100'),
		ind('ind-digital-communes', 'Tỷ lệ xã đạt chuẩn NTM đạt Bộ tiêu chí chuyển đổi số cấp xã', '% xã đạt chuẩn NTM', '≥70'),
		ind('ind-flower-roads', 'Đường hoa', 'km', '≥200'),
		ind('ind-flower-roads-per-commune', 'Đường hoa bình quân mỗi xã', 'km/xã', '≥1'),
		ind('ind-tree-roads', 'Đường cây xanh bóng mát', 'km', '≥1.000'),
		ind('ind-models', 'Mô hình điển hình, tiên tiến được nhân rộng giai đoạn 2021-2025', 'mô hình', '≥300'),
		ind('ind-ocop-upgraded', 'Sản phẩm OCOP đã có được củng cố, nâng cấp', 'sản phẩm', '>200'),
		ind('ind-ocop-new', 'Sản phẩm OCOP phát triển mới', 'sản phẩm', '≥200'),
		ind('ind-ocop-total', 'Tổng số sản phẩm OCOP đến cuối năm 2025', 'sản phẩm', '≥400'),
		ind('ind-ocop-5star', 'Sản phẩm chủ lực cấp tỉnh đạt 5 sao', 'sản phẩm', '≥5'),
		ind('ind-cadre-training', 'Tỷ lệ cán bộ làm công tác xây dựng NTM được bồi dưỡng, tập huấn', '%', '100')
	];
}
