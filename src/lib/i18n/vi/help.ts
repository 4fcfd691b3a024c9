// Texts of the help page (/help), loaded with that page (vi). {placeholders} are the app's own
// button names, filled in by the page so that the guide always names them as the header does.
export const help = {
	'help.title': 'Hướng dẫn sử dụng',
	'help.intro':
		'Ứng dụng giúp cán bộ Hội Cựu chiến binh tỉnh Quảng Nam theo dõi kế hoạch xây dựng nông thôn mới 2024-2025 như một bảng tính: lọc, sửa, chia sẻ tệp Excel với đồng nghiệp và xem tiến độ so với mục tiêu. Trang này đi qua các việc thường làm, theo thứ tự.',
	'help.toc': 'Nội dung',
	'help.back': 'Mở bảng Chỉ tiêu xã',
	'help.open.title': 'Mở ứng dụng lần đầu',
	'help.open.p1':
		'Không cần cài đặt hay tài khoản. Lần mở đầu tiên, ứng dụng tự nạp toàn bộ kế hoạch: các xã, phường, thị trấn của tỉnh với huyện của từng đơn vị; chỉ tiêu của từng xã (cấp độ, năm, nhiệm vụ); chỉ tiêu và thời hạn của các huyện; các mục tiêu của tỉnh và các chỉ tiêu khác ở mục II.7.',
	'help.open.p2':
		'Trang mở ra là "Chỉ tiêu xã": mỗi dòng là một chỉ tiêu của một xã. Các trang khác nằm trên thanh trên cùng: Danh sách xã, Mục tiêu kế hoạch, Hội CCB, Tổng quan, Tất cả bảng và Hướng dẫn. Nút "{lang}" ở góc phải chuyển sang tiếng Anh.',
	'help.open.p3':
		'Dùng bàn phím: nhấn Tab một lần ở đầu trang sẽ hiện liên kết "Bỏ qua đến bảng dữ liệu"; nhấn Enter để vào thẳng ô đầu tiên của bảng, rồi di chuyển bằng các phím mũi tên.',
	'help.open.alt':
		'Trang Chỉ tiêu xã: thanh trên cùng với các trang và các nút Excel, Hoàn tác, Làm lại; hàng bộ lọc Năm, Cấp độ, Huyện, Trạng thái, ô tìm kiếm; bên dưới là bảng chỉ tiêu với các cột Huyện, Xã, Cấp độ, Năm, Nhiệm vụ, Trạng thái, Thời hạn.',
	'help.find.title': 'Tìm và lọc',
	'help.find.p1':
		'Các ô chọn phía trên bảng (Năm, Cấp độ, Huyện, Trạng thái…) lọc ngay và kết hợp với nhau. Ô "Tìm kiếm" không phân biệt chữ hoa, chữ thường và dấu: gõ "dai loc" vẫn tìm được "Đại Lộc". Bấm vào tiêu đề cột để sắp xếp; biểu tượng phễu ở tiêu đề mở bộ lọc riêng của cột. Dòng chữ "số dòng đang hiện / tổng số dòng" luôn cho biết bộ lọc giữ lại bao nhiêu dòng; "Bỏ lọc" trả về toàn bộ.',
	'help.find.p2':
		'Bộ lọc được ghi vào địa chỉ trang, ví dụ …/targets?year=2025&district=506 là các chỉ tiêu năm 2025 của huyện Đại Lộc. Lưu địa chỉ đó vào dấu trang (Ctrl+D) để lần sau mở lại đúng góc nhìn này.',
	'help.find.alt': 'Bảng Chỉ tiêu xã đã lọc theo năm 2025 và huyện Đại Lộc; bộ đếm dòng cho biết số dòng đang hiện trên tổng số.',
	'help.edit.title': 'Sửa trong bảng',
	'help.edit.s1': 'Nhấp đúp vào ô, hoặc chọn ô rồi gõ luôn.',
	'help.edit.s2':
		'Cột có danh sách (Cấp độ, Trạng thái, Xã…) mở danh sách để chọn; cột ngày nhận dạng dd/mm/yyyy và có nút lịch; cột Ghi chú mở ô chữ lớn.',
	'help.edit.s3': 'Nhấn Enter (hoặc Tab) để lưu, Esc để bỏ. Giá trị được ghi ngay vào máy, không có nút "Lưu".',
	'help.edit.p1':
		'Giá trị không hợp lệ bị từ chối kèm lời giải thích ngay cạnh ô, ví dụ số tiêu chí 25 trong khi một xã chỉ có 19 tiêu chí, hay một ngày không có thật; ô giữ nguyên giá trị cũ. Cột chữ xám là cột tính sẵn, không sửa được.',
	'help.edit.p2':
		'"{undo}" (Ctrl+Z) và "{redo}" (Ctrl+Y hoặc Ctrl+Shift+Z) áp dụng cho mọi thay đổi: sửa ô, dán, thêm, xóa dòng, cả một lần nhập tệp. Lịch sử 500 bước gần nhất được giữ cả khi tải lại trang hay tắt máy.',
	'help.edit.alt': 'Một ô số tiêu chí vừa nhập giá trị 25: ứng dụng từ chối và ghi lý do ngay dưới ô, giá trị cũ được giữ.',
	'help.rows.title': 'Thêm và xóa dòng',
	'help.rows.p1':
		'Bấm "+ {add}" (hoặc "+ Thêm dòng" ở các bảng khác) rồi điền biểu mẫu; ô Xã tìm được khi gõ không dấu, và các giá trị đang lọc được điền sẵn. Ứng dụng từ chối, và nói rõ lý do, một chỉ tiêu thứ hai cho cùng xã, cấp độ và năm, hay một chỉ tiêu cho phường, thị trấn hoặc xã ngoài chương trình.',
	'help.rows.p2':
		'Để xóa: đánh dấu các dòng ở cột ô vuông, bấm "{delete}" rồi xác nhận. Xóa nhầm thì Hoàn tác. Danh sách xã, huyện và các mục tiêu của tỉnh là số liệu chính thức: chỉ sửa, không thêm hay xóa.',
	'help.rows.alt': 'Biểu mẫu thêm chỉ tiêu xã mở phía trên bảng, với ô chọn xã tìm không dấu, cấp độ, năm và nhiệm vụ.',
	'help.paste.title': 'Sao chép và dán với Excel',
	'help.paste.p1':
		'Ctrl+C chép ô đang chọn, hoặc các dòng đã đánh dấu, thành dạng dán được vào Excel. Chiều ngược lại: chép một vùng ô trong Excel hay LibreOffice, chọn ô trên cùng bên trái của chỗ cần dán trong bảng rồi nhấn Ctrl+V; vùng được dán xuống dưới và sang phải.',
	'help.paste.p2':
		'Mỗi giá trị dán được kiểm tra như khi gõ. Chỉ một giá trị sai là cả lần dán bị từ chối, kèm ô và lý do: không có gì bị dán dở. Một lần dán là một bước Hoàn tác.',
	'help.share.title': 'Gửi tệp Excel và nhập bản của đồng nghiệp',
	'help.share.p1':
		'"{export}" tải về một tệp gồm mọi bảng, mỗi bảng một trang tính với tiêu đề tiếng Việt. Gửi tệp đó cho đồng nghiệp; họ sửa bằng Excel hoặc LibreOffice rồi gửi lại. Xin đừng đổi tên trang tính, đừng xóa cột "Mã" và trang ẩn "_goc": nhờ chúng ứng dụng gộp được từng ô.',
	'help.share.p2': '"{exportView}" trên thanh công cụ của mỗi bảng chỉ xuất các dòng và cột đang hiện (.xlsx hoặc .csv), tiện để in hay báo cáo nhanh.',
	'help.share.how': 'Nhập bản của đồng nghiệp, từng bước:',
	'help.share.s1': 'Bấm "{import}" và chọn tệp (.xlsx, .xls, .ods hoặc .csv, tối đa 20 MB), hoặc kéo thả tệp vào trang.',
	'help.share.s2': 'Với bảng tự lập có cột ứng dụng chưa nhận ra: ghép từng cột với trường dữ liệu, hoặc chọn "Bỏ qua".',
	'help.share.s3':
		'Xem trước: số dòng mới, thay đổi, không đổi, xung đột và lỗi; mỗi lỗi ghi rõ trang, dòng, cột và cách sửa. Đến đây dữ liệu chưa bị thay đổi gì.',
	'help.share.s4':
		'Xung đột là ô mà cả bạn và người gửi cùng sửa từ lúc xuất tệp: với từng ô, chọn "Của tôi" hay "Trong tệp" (giá trị "Lúc xuất" hiện bên cạnh để so).',
	'help.share.s5': 'Bấm "Áp dụng": cả lần nhập được ghi một lần và hoàn tác được trong một bước. Bấm "Hủy" thì không có gì thay đổi.',
	'help.share.p3':
		'Cách nhập "Gộp" (mặc định) giữ các dòng không có trong tệp; "Thay thế" xóa các dòng đó, và phần xem trước liệt kê từng dòng sẽ bị xóa.',
	'help.share.alt':
		'Hộp thoại nhập tệp: số dòng mới, thay đổi, xung đột; phần Xung đột liệt kê từng ô với giá trị Của tôi, Trong tệp và Lúc xuất để chọn.',
	'help.assoc.title': 'Sổ theo dõi của Hội CCB và kết quả theo kỳ',
	'help.assoc.p1':
		'Trang "Hội CCB" mở các sổ của Hội theo mục III, IV của kế hoạch: danh mục phong trào, mô hình; mô hình Hội quản lý ở từng xã; hộ hội viên (nghèo, cận nghèo) và nhà ở; sản phẩm OCOP của hội viên; khen thưởng. Mỗi sổ lọc, tìm, sửa, thêm, xóa, dán từ Excel và xuất như bảng chỉ tiêu. Tên hộ hội viên là thông tin cá nhân: chỉ nằm trên máy này và trong tệp bạn tự xuất.',
	'help.assoc.p2':
		'"Nhập kết quả theo kỳ" là bảng các Hội cấp huyện × các chỉ tiêu của một kỳ báo cáo (6 tháng hoặc cả năm): chọn kỳ, gõ hoặc dán số liệu; dòng tổng của tỉnh tự cộng. Ô trống nghĩa là chưa báo cáo, khác với số 0; xóa số trong ô là xóa số liệu đó.',
	'help.assoc.alt': 'Bảng nhập kết quả theo kỳ: mỗi dòng một Hội cấp huyện, mỗi cột một chỉ tiêu, dòng tổng toàn tỉnh ở cuối.',
	'help.recog.title': 'Công nhận đạt chuẩn và 19 tiêu chí',
	'help.recog.p1':
		'Mỗi quyết định công nhận là một dòng của trang "Công nhận" (xã hoặc đơn vị cấp huyện, mức đạt chuẩn, năm, số và ngày quyết định). Khi bạn đặt một chỉ tiêu xã là "Đã công nhận", ứng dụng hỏi số quyết định và ghi vào sổ; cấp đã công nhận của xã, tổng quan và tệp Excel đều theo sổ này. Chưa có số quyết định vẫn ghi được, và sổ đánh dấu để bổ sung sau. Danh sách xã đã đạt chuẩn trước năm 2021 nhập một lần bằng cách dán từ Excel vào ô "Dán danh sách".',
	'help.recog.p2':
		'Trang "Ma trận tiêu chí": bấm "Tạo bảng đánh giá" để có một dòng cho mỗi xã của năm đánh giá, rồi dán cả khối Đạt / Chưa đạt từ Excel. Số tiêu chí đạt của xã ở mọi bảng lấy từ ma trận (ô màu xanh có dấu ↳, chỉ xem); di chuột lên ô để biết số liệu lấy từ đâu.',
	'help.dash.title': 'Tổng quan tiến độ',
	'help.dash.p1':
		'"Tổng quan" so kết quả với mục tiêu của kế hoạch, cho toàn tỉnh hoặc một huyện, một năm: xã đạt chuẩn NTM, NTM nâng cao, NTM kiểu mẫu, xã dưới 15 tiêu chí, thôn kiểu mẫu, và phần việc của Hội CCB. Số liệu đổi ngay khi bạn sửa bảng. Bấm một con số hay một cột biểu đồ để mở đúng các dòng đứng sau nó; nút in cho trang khổ A4 ngang.',
	'help.dash.alt': 'Trang Tổng quan: các thẻ số xã đạt chuẩn so với mục tiêu và biểu đồ tiến độ theo năm, theo huyện.',
	'help.data.title': 'Dữ liệu nằm ở đâu',
	'help.data.p1':
		'Mọi dữ liệu chỉ nằm trong trình duyệt này, trên máy này; ứng dụng không gửi gì lên mạng. Máy khác, trình duyệt khác hay cửa sổ ẩn danh không thấy dữ liệu của bạn, và xóa dữ liệu duyệt web là xóa luôn dữ liệu của ứng dụng.',
	'help.data.p2':
		'Vì vậy hãy "{export}" thường xuyên, ví dụ cuối mỗi buổi làm việc, để giữ một bản. Muốn làm tiếp ở máy khác, nhập tệp đó ở máy mới.',
	'help.data.p3':
		'"{reset}" xóa mọi thay đổi và cả lịch sử hoàn tác để trở về đúng kế hoạch ban đầu; ứng dụng hỏi lại trước khi làm. Hãy xuất một bản trước.',
	'help.tabs.title': 'Mở ứng dụng ở hai thẻ',
	'help.tabs.p1':
		'Hai thẻ (tab) của cùng một trình duyệt dùng chung dữ liệu: sửa ở thẻ này, thẻ kia cập nhật theo. Nếu cả hai thẻ cùng sửa một dòng, thay đổi đến sau bị từ chối kèm thông báo thay vì ghi đè: hãy xem giá trị mới rồi sửa lại. Khi ứng dụng được cập nhật, thẻ cũ hiện một dải báo màu vàng: bấm "Tải lại trang".',
	'help.phone.title': 'Trên điện thoại',
	'help.phone.p1':
		'Thanh trên cùng gọn lại: tên ứng dụng, nút đổi ngôn ngữ và nút "{menu}". Nút "{menu}" mở các trang và các nút Excel, Hoàn tác, Làm lại. Các bộ lọc nằm trên một hàng, vuốt ngang để xem hết; trong bảng, cột Huyện và Xã đứng yên, các cột khác vuốt ngang.',
	'help.phone.alt': 'Ứng dụng trên điện thoại với menu đang mở: danh sách các trang, rồi các nút Xuất, Nhập tệp Excel, Hoàn tác, Làm lại.'
};
