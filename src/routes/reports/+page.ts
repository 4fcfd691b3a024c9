// The reports' texts load with this page (not on the first page).
export const load = async () => {
	await import('$lib/i18n/report-texts');
};
