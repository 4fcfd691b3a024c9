// Texts of the first-visit hint, the help menu entry, the header menu and the skip link (en), on the first page.
export const onboarding = {
	'nav.help': 'Help',
	'nav.menu': 'Menu',
	'nav.pages': 'Pages',
	'skip.grid': 'Skip to the data grid',
	'skip.main': 'Skip to the main content',
	'hint.title': 'Getting started',
	'hint.edit': 'To edit a cell, double-click it or just start typing; Enter saves (Esc cancels).',
	'hint.undo': 'Made a mistake? Ctrl+Z undoes, Ctrl+Y redoes, even after a reload.',
	'hint.import': 'To take in a colleague\'s workbook, click "{button}": you see a preview before anything changes.',
	'hint.export': 'To send or keep a copy, click "{button}". The data lives only in this browser.',
	'hint.ok': 'Got it',
	'hint.more': 'Read the full guide'
};
