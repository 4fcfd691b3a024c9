// Vietnamese text of Excel import and export. Sheet names and info labels are part of the
// workbook's public format (src/lib/excel/README.md): change them only with a schema version.
export const excel = {
	'excel.fileBase': 'ntm-quang-nam',
	'excel.sheet.info': 'Thông tin',
	'excel.sheet.base': '_goc',
	'excel.sheet.lists': '_ds',

	'excel.info.title': 'Dữ liệu Kế hoạch xây dựng nông thôn mới tỉnh Quảng Nam',
	'excel.info.item': 'Mục',
	'excel.info.value': 'Giá trị',
	'excel.info.datasetId': 'Mã bộ dữ liệu',
	'excel.info.schemaVersion': 'Phiên bản cấu trúc',
	'excel.info.exportedAt': 'Thời điểm xuất',
	'excel.info.appVersion': 'Phiên bản ứng dụng',
	'excel.info.filters': 'Bộ lọc đã dùng',
	'excel.info.noFilter': 'Không lọc (toàn bộ dữ liệu)',
	'excel.info.sheets': 'Các trang dữ liệu',
	'excel.info.note':
		'Có thể sửa, thêm dòng rồi gửi lại tệp để nhập. Không sửa cột "Mã" và "Phiên bản", không đổi tên các trang. Trang ẩn "_goc" lưu giá trị lúc xuất để gộp các bản sửa; đừng xóa trang này.',
	'excel.base.table': 'Bảng',
	'excel.base.values': 'Giá trị lúc xuất (JSON)',
	'excel.validation.title': 'Giá trị không hợp lệ',
	'excel.validation.message': 'Hãy chọn một giá trị trong danh sách.',

	'excel.err.notSpreadsheet':
		'Tệp "{file}" không phải là bảng tính Excel (.xlsx, .xls), LibreOffice (.ods) hay CSV. Hãy lưu tệp dưới một trong các dạng này rồi nhập lại. Dữ liệu không bị thay đổi.',
	'excel.err.tooLarge':
		'Tệp "{file}" nặng {size} MB, vượt giới hạn {max} MB. Hãy xóa các trang không cần thiết hoặc chia nhỏ tệp rồi nhập lại. Dữ liệu không bị thay đổi.',
	'excel.err.empty': 'Tệp "{file}" không có dữ liệu: không trang tính nào có nội dung. Dữ liệu không bị thay đổi.',
	'excel.err.encrypted':
		'Tệp "{file}" được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc), lưu lại rồi nhập lại. Dữ liệu không bị thay đổi.',
	'excel.err.corrupt':
		'Không đọc được tệp "{file}": tệp bị hỏng hoặc không đúng định dạng ({detail}). Hãy mở và lưu lại tệp bằng Excel rồi nhập lại. Dữ liệu không bị thay đổi.',
	'excel.err.tooManyRows':
		'Trang "{sheet}" có hơn {max} dòng; mỗi trang chỉ nhận tối đa {max} dòng. Hãy xóa các dòng thừa (kể cả dòng trống đã định dạng) hoặc chia thành nhiều trang rồi nhập lại.',
	'excel.err.duplicate':
		'Dòng này trùng với dòng {first} của cùng trang ({what}). Hãy xóa một trong hai dòng hoặc sửa cho khác nhau.',
	'excel.err.newNeedsId': 'Dòng mới của bảng "{table}" cần có mã ở cột "{column}". Hãy điền mã chính thức rồi nhập lại.',
	'excel.err.moreIssues': '… và {n} lỗi khác (không liệt kê hết).',
	'excel.err.unresolved': 'Còn {n} ô xung đột chưa chọn giữ giá trị nào. Hãy chọn cho từng ô rồi áp dụng lại. Dữ liệu không bị thay đổi.',
	'excel.err.cannotApply': 'Không áp dụng được: {detail}',

	'excel.issue.cell': 'Trang "{sheet}", dòng {row}, cột {letter} ("{column}"): {detail}',
	'excel.issue.row': 'Trang "{sheet}", dòng {row}: {detail}',
	'excel.issue.sheet': 'Trang "{sheet}": {detail}',

	'excel.sheet.unknownTable':
		'Không nhận ra trang "{sheet}" thuộc bảng nào (các cột: {headers}). Hãy chọn bảng và ghép cột, hoặc bỏ qua trang này.',
	'excel.sheet.noHeader': 'Trang "{sheet}" không có dòng tiêu đề cột nhận ra được nên bị bỏ qua.',
	'excel.sheet.unmatched': 'Trang "{sheet}": chưa nhận ra các cột {columns}. Hãy ghép các cột này với một trường hoặc chọn "Bỏ qua".',
	'excel.sheet.newerSchema':
		'Tệp được xuất với cấu trúc phiên bản {file}, mới hơn phiên bản {app} của ứng dụng; một số cột có thể không được nhận.',
	'excel.sheet.filtered': 'Tệp này được xuất có lọc ({filters}). Ở chế độ "Thay thế", mọi dòng không có trong tệp sẽ bị xóa.',
	'excel.sheet.readonly': 'Cột "{column}" không sửa được bằng tệp; các giá trị khác trong cột này được bỏ qua.',

	'excel.status.new': 'Mới',
	'excel.status.changed': 'Thay đổi',
	'excel.status.unchanged': 'Không đổi',
	'excel.status.kept': 'Giữ bản của bạn',
	'excel.status.conflict': 'Xung đột',
	'excel.status.error': 'Lỗi',
	'excel.status.delete': 'Sẽ xóa',
	'excel.mode.merge': 'Gộp (giữ các dòng không có trong tệp)',
	'excel.mode.replace': 'Thay thế (xóa các dòng không có trong tệp)',
	'excel.resolve.mine': 'Giữ giá trị của tôi',
	'excel.resolve.theirs': 'Lấy giá trị trong tệp',
	'excel.resolve.base': 'Trả về giá trị lúc xuất',
	'excel.summary': 'Đã nhập tệp: {added} dòng mới, {updated} dòng cập nhật, {deleted} dòng xóa, {unchanged} dòng không đổi, {skipped} dòng bỏ qua.',
	'excel.ignore': 'Bỏ qua',

	'excel.ui.import': 'Nhập từ Excel',
	'excel.ui.export': 'Xuất Excel',
	'excel.ui.chooseFile': 'Chọn tệp (.xlsx, .xls, .ods, .csv; tối đa {max} MB)',
	'excel.ui.reading': 'Đang đọc tệp… {done}/{total}',
	'excel.ui.sheet': 'Trang',
	'excel.ui.table': 'Bảng',
	'excel.ui.sourceColumn': 'Cột trong tệp',
	'excel.ui.field': 'Trường dữ liệu',
	'excel.ui.rememberMapping': 'Ghi nhớ cách ghép cột này',
	'excel.ui.preview': 'Xem trước',
	'excel.ui.apply': 'Áp dụng',
	'excel.ui.counts': '{new} mới · {changed} thay đổi · {unchanged} không đổi · {conflict} xung đột · {error} lỗi · {delete} sẽ xóa',
	'excel.ui.mine': 'Của tôi',
	'excel.ui.theirs': 'Trong tệp',
	'excel.ui.base': 'Lúc xuất',
	'excel.ui.deletions': 'Các dòng sẽ bị xóa',
	'excel.ui.issues': 'Lỗi và cảnh báo',
	'excel.ui.noChanges': 'Tệp không có thay đổi nào so với dữ liệu hiện tại.'
};
