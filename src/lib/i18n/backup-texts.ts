// Importing this module registers the Vietnamese texts of backups, restores and snapshots (the
// "Dữ liệu & sao lưu" page and the "data is gone" panel): loaded with that code, not on the first page.
import { backup } from './vi/backup';
import { registerDictionary } from './translate';

registerDictionary('vi', backup);
