// Texts of the first-visit hint, the help menu entry and the skip link (en), on the first page.
export const onboarding = {
	'nav.help': 'Help'
};
