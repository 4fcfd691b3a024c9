// The plan page's texts load with it (not on the first page).
export const load = async () => {
	await Promise.all([import('$lib/i18n/pages-texts'), import('$lib/i18n/criteria-texts')]);
};
