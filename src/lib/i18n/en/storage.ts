// English: the menu entry of the "Data & backup" page (the other texts are in backup.ts).
import type { storage as vi } from '../vi/storage';

export const storage: Record<keyof typeof vi, string> = {
	'nav.data': 'Data & backup'
};
