// English texts of the browser storage, the "data is gone" panel, backups and snapshots.
import type { storage as vi } from '../vi/storage';

export const storage: Record<keyof typeof vi, string> = {
	'nav.data': 'Data & backup',
	'storage.noRoom':
		'Not enough room in the browser’s storage: this needs about {need} MB, only {free} MB are free. Nothing was changed. Free some disk space (delete files you do not need, empty the bin) and try again.',
	'storage.full':
		'The browser’s storage is full, so this change could not be saved. Nothing was changed: the {checked} rows concerned were read again and are all as before. Free some disk space and try again, and make a backup (page "Data & backup").',
	'storage.fullChanged':
		'The browser’s storage is full, so this change could not be saved whole, and reading the data again shows it differs from before. Reload the page (F5) and check; if something is missing, restore a backup.',
	'storage.fullUnknown':
		'The browser’s storage is full, so this change could not be saved, and the data could not be read again to check. Free some disk space, then reload the page (F5).',
	'storage.details': 'Technical details',
	'backup.remind': 'The last backup is old ({days} days, {changes} changes since). Download a new backup.',
	'backup.remindNever': 'You have not downloaded a backup yet ({changes} changes in {days} days). Download one to keep elsewhere.',
	'backup.remindAction': 'Back up now'
};
