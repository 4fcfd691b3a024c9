// Vietnamese texts of the browser storage that may be needed on any page: a write refused for lack
// of space, the backup reminder, the menu entry. The "Dữ liệu & sao lưu" page's and the "data is
// gone" panel's texts are in backup.ts, loaded with that code.
export const storage = {
	'nav.data': 'Dữ liệu & sao lưu',
	'storage.noRoom':
		'Không đủ chỗ trong bộ nhớ của trình duyệt: việc này cần khoảng {need} MB, chỉ còn {free} MB. Chưa có gì bị thay đổi. Hãy giải phóng dung lượng ổ đĩa (xóa tệp không cần, dọn thùng rác) rồi thử lại.',
	'storage.full':
		'Bộ nhớ của trình duyệt đã đầy nên thay đổi này không lưu được. Không có gì bị thay đổi: đã đọc lại {checked} dòng liên quan, tất cả vẫn như trước. Hãy giải phóng dung lượng ổ đĩa rồi thử lại, và tạo một bản sao lưu (trang "Dữ liệu & sao lưu").',
	'storage.fullChanged':
		'Bộ nhớ của trình duyệt đã đầy nên thay đổi này không lưu trọn được, và khi đọc lại thì dữ liệu có vẻ đã khác trước. Hãy tải lại trang (F5) và kiểm tra; nếu thiếu, hãy khôi phục từ bản sao lưu.',
	'storage.fullUnknown':
		'Bộ nhớ của trình duyệt đã đầy nên thay đổi này không lưu được, và không đọc lại được dữ liệu để kiểm tra. Hãy giải phóng dung lượng ổ đĩa rồi tải lại trang (F5).',
	'storage.details': 'Chi tiết kỹ thuật',
	'backup.remind': 'Bản sao lưu gần nhất đã cũ ({days} ngày, {changes} thay đổi từ đó). Nên tải một bản sao lưu mới.',
	'backup.remindNever': 'Bạn chưa tải bản sao lưu nào ({changes} thay đổi trong {days} ngày). Nên tải một bản để giữ ở nơi khác.',
	'backup.remindAction': 'Sao lưu ngay'
};
