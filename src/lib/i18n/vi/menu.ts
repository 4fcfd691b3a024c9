// Vietnamese text of the Excel menu in the app's header and toolbars (on the first page; the
// rest of the Excel texts load with the Excel code, see excel.ts).
export const menu = {
	'excel.ui.busy': 'Đang nhập một tệp khác; hãy xong hoặc hủy lần nhập đó trước.',
	'excel.ui.dropHere': 'Thả tệp vào đây để nhập',
	'excel.ui.dropHint': 'Tệp .xlsx, .xls, .ods hoặc .csv, tối đa {max} MB. Bạn sẽ xem trước các thay đổi trước khi dữ liệu bị sửa.',
	'excel.ui.exportAll': 'Xuất toàn bộ (.xlsx)',
	'excel.ui.exportAllTitle': 'Tải toàn bộ dữ liệu về thành một tệp Excel để gửi đi hoặc sửa ngoài ứng dụng',
	'excel.ui.exportError': 'Không xuất được tệp: {detail}. Dữ liệu không bị thay đổi.',
	'excel.ui.exportView': 'Xuất bảng đang xem',
	'excel.ui.exportViewTitle': 'Tải về các dòng đang hiện (theo bộ lọc và thứ tự sắp xếp), với các cột đang hiện, dạng {format}',
	'excel.ui.exported': 'Đã xuất tệp "{file}".',
	'excel.ui.exporting': 'Đang xuất…',
	'excel.ui.formatCsv': '.csv',
	'excel.ui.formatXlsx': '.xlsx',
	'excel.ui.group': 'Excel',
	'excel.ui.importFile': 'Nhập tệp Excel…',
	'excel.ui.importTitle': 'Chọn tệp .xlsx, .xls, .ods hoặc .csv (hoặc kéo thả tệp vào trang). Bạn xem trước rồi mới áp dụng.'
};
