// Vietnamese texts of the association's results entry page (/association/results).
export const resultsEntry = {
	'results.title': 'Kết quả của Hội theo kỳ báo cáo',
	'results.intro': 'Số liệu Hội CCB các huyện, thị xã, thành phố báo cáo mỗi kỳ. Gõ vào ô, hoặc dán một khối từ Excel (Ctrl+V) từ ô đang chọn.',
	'results.period': 'Kỳ báo cáo',
	'results.unit': 'Đơn vị',
	'results.total': 'Toàn tỉnh',
	'results.reported': 'Số huyện đã báo cáo',
	'results.reportedOf': '{n}/{total}',
	'results.blankNote': 'Ô để trống là chưa có số liệu báo cáo, không phải 0; dòng "Toàn tỉnh" chỉ cộng các số đã nhập.',
	'results.measuresAt': 'Danh sách chỉ tiêu (sửa, thêm được):',
	'results.periodsAt': 'các kỳ báo cáo:',
	'results.noPeriods': 'Chưa có kỳ báo cáo nào. Hãy thêm một kỳ ở bảng "Kỳ báo cáo".',
	'results.noMeasures': 'Chưa có chỉ tiêu nào. Hãy thêm chỉ tiêu ở bảng "Chỉ tiêu báo cáo của Hội".',
	'results.rowLabel': '{district} / {period}'
};
