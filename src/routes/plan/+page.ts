// The plan page's texts load with it (not on the first page).
export const load = async () => {
	await import('$lib/i18n/pages-texts');
};
