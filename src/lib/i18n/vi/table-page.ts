// Texts of the generic table page's notices (empty states, unknown filters), on the first page.
export const tablePage = {
	'view.noMatch': 'Không có dòng nào khớp với bộ lọc và ô tìm kiếm hiện tại ({total} dòng trong bảng).',
	'view.clearAll': 'Bỏ lọc và tìm kiếm',
	'view.empty': 'Bảng này chưa có dòng nào.',
	'view.emptyHint': 'Thêm dòng bằng nút "+ Thêm…", hoặc nhập một tệp Excel ("Nhập tệp Excel…" ở đầu trang).',
	'view.badValue': 'Bộ lọc "{filter}" có giá trị không dùng được: {values}. Bộ lọc này đang không lọc gì.',
	'view.badParam': 'Địa chỉ trang có bộ lọc không có ở bảng này: {params}. Nó bị bỏ qua.',
	'view.drop': 'Bỏ khỏi địa chỉ',
	'view.showRow': 'Hiện dòng này',
	'print.action': 'In'
};
