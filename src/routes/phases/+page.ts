// The texts of the phases, the successions and the criteria sets load with this page.
export const load = async () => {
	await Promise.all([import('$lib/i18n/units-texts'), import('$lib/i18n/criteria-texts')]);
};
