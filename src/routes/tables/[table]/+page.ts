// The texts of the association's tables load with this page (not on the first page).
export const load = async () => {
	await Promise.all([import('$lib/i18n/association-texts'), import('$lib/i18n/criteria-texts'), import('$lib/i18n/units-texts'), import('$lib/i18n/collect-texts'), import('$lib/i18n/pages-texts'), import('$lib/i18n/report-texts')]);
};
