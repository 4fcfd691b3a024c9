// Texts of the first-visit hint, the help menu entry, the header menu and the skip link (vi), on the first page.
export const onboarding = {
	'nav.help': 'Hướng dẫn',
	'nav.menu': 'Menu',
	'nav.pages': 'Các trang',
	'skip.grid': 'Bỏ qua đến bảng dữ liệu',
	'skip.main': 'Bỏ qua đến nội dung chính',
	'hint.title': 'Bắt đầu nhanh',
	'hint.edit': 'Sửa một ô: nhấp đúp hoặc gõ luôn vào ô, nhấn Enter để lưu (Esc để bỏ).',
	'hint.undo': 'Lỡ tay: Ctrl+Z để hoàn tác, Ctrl+Y để làm lại, kể cả sau khi tải lại trang.',
	'hint.import': 'Nhận bảng của đồng nghiệp: bấm "{button}", xem trước rồi mới áp dụng.',
	'hint.export': 'Gửi đi hoặc giữ một bản: bấm "{button}". Dữ liệu chỉ nằm trong trình duyệt này.',
	'hint.ok': 'Đã hiểu',
	'hint.more': 'Xem hướng dẫn đầy đủ'
};
