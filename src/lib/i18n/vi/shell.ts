// Texts of the app shell's reliability parts (vi), on the first page: the new-version banner, the
// message for a part of the app that could not be loaded, and the error / not-found page.
export const shell = {
	'shell.update': 'Có phiên bản mới — tải lại để dùng. Dữ liệu đã lưu vẫn còn nguyên.',
	'shell.updateReload': 'Tải lại',
	'shell.chunkError':
		'Không tải được một phần của ứng dụng (có thể do mất mạng, hoặc ứng dụng vừa được cập nhật). Hãy kết nối mạng rồi tải lại trang; dữ liệu đã lưu không bị mất.',
	'shell.offlineReady': 'Ứng dụng đã sẵn sàng dùng khi không có mạng.',
	'error.notFoundTitle': 'Không tìm thấy trang',
	'error.notFound': 'Ứng dụng không có trang "{path}". Có thể địa chỉ bị gõ sai hoặc đã cũ. Hãy chọn một trang ở thanh trên cùng.',
	'error.title': 'Không mở được trang này',
	'error.text': 'Đã có lỗi khi mở trang "{path}". Hãy tải lại trang; dữ liệu đã lưu không bị mất. Nếu lỗi lặp lại, hãy báo cho người quản trị.',
	'error.chunk': 'Không tải được trang "{path}" (có thể do mất mạng, hoặc ứng dụng vừa được cập nhật). Hãy kết nối mạng rồi tải lại trang; dữ liệu đã lưu không bị mất.',
	'error.home': 'Về trang Chỉ tiêu xã',
	'error.reload': 'Tải lại trang'
};
