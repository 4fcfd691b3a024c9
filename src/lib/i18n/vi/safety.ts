// Vietnamese texts of the reliability work: formula cells read from files, edits made in two tabs
// at once, and undo per tab. On the first page (the grid and the undo keys use them); small.
export const safety = {
	'excel.warn.formulaNoValue':
		'ô có công thức nhưng tệp không lưu kết quả của nó (tệp do một chương trình khác tạo ra), nên ô được đọc là trống. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại nếu cần giá trị này.',
	'excel.warn.formulaNoValueMore': 'Trang "{sheet}": còn {n} ô công thức khác không có kết quả lưu sẵn, cũng được đọc là trống.',
	'tabs.stale':
		'Ô "{column}" của dòng "{row}" vừa được sửa ở thẻ khác thành "{theirs}". Giá trị bạn nhập ("{mine}") chưa được lưu.',
	'tabs.applyMine': 'Vẫn lưu giá trị của tôi',
	'tabs.empty': '(trống)',
	'tabs.undoChanged':
		'Không hoàn tác được "{label}": dòng "{row}" đã được thay đổi sau đó (ở thẻ khác hoặc bằng thao tác khác). Dữ liệu không bị thay đổi.',
	'tabs.redoChanged':
		'Không làm lại được "{label}": dòng "{row}" đã được thay đổi sau đó (ở thẻ khác hoặc bằng thao tác khác). Dữ liệu không bị thay đổi.'
};
