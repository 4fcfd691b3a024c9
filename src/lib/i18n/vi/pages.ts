// Texts of the pages that are not the first one (the table list, the plan page, the add form), loaded
// with them (vi).
export const pages = {
	'tables.title': 'Các bảng dữ liệu',
	'tables.intro': 'Mỗi bảng có trang riêng để lọc, tìm kiếm, sửa, thêm, xóa và xuất ra Excel.',
	'tables.rows': '{n} dòng',
	'tables.open': 'Mở bảng',
	'tables.canAdd': 'Thêm và xóa được dòng',
	'tables.fixed': 'Danh sách cố định theo kế hoạch: sửa được, không thêm hoặc xóa',
	'tables.notFound': 'Không có bảng "{name}". Hãy chọn một bảng trong danh sách.',
	'add.title': 'Thêm dòng mới vào bảng "{table}"',
	'plan.goals': 'Mục tiêu của tỉnh (mục II.1-6)',
	'plan.districtTargets': 'Chỉ tiêu cấp huyện (mục II.5)',
	'plan.indicators': 'Các mục tiêu khác (mục II.7)',
	'plan.districts': 'Đơn vị cấp huyện',
	'plan.basisWarning': 'Lưu ý: đang đánh dấu {flagged} xã "trong chương trình", còn kế hoạch tính trên {basis} xã. Các tỷ lệ dùng con số {basis} của kế hoạch.',
	'plan.source': 'Nguồn: Kế hoạch tuyên truyền, phối hợp thực hiện Chương trình MTQG xây dựng NTM tỉnh Quảng Nam năm 2024-2025 (Hội CCB tỉnh).'
};
