// The page's texts load with it (they are not on the first page).
export const load = async () => {
	await import('$lib/i18n/backup-texts');
};
