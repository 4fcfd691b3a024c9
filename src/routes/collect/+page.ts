// The collection board's texts (and the measures' names) load with this page, not on the first page.
export const load = async () => {
	await Promise.all([import('$lib/i18n/collect-texts'), import('$lib/i18n/association-texts')]);
};
