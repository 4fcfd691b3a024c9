// The menu entry of the "Dữ liệu & sao lưu" page (on the first page). Every other text of storage,
// backups and snapshots is in backup.ts, registered by the code that shows it when that loads
// (db/storage-failure.ts, ui/storage/*).
export const storage = {
	'nav.data': 'Dữ liệu & sao lưu'
};
