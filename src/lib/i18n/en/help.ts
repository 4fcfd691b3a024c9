// Texts of the help page (/help), loaded with that page (en).
export const help = {
	'help.title': 'How to use the app'
};
