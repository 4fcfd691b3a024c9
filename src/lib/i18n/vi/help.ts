// Texts of the help page (/help), loaded with that page (vi).
export const help = {
	'help.title': 'Hướng dẫn sử dụng'
};
