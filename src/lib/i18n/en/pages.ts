// Texts of the pages that are not the first one (the table list, the plan page, the add form), loaded
// with them (en).
export const pages = {
	'tables.title': 'Data tables',
	'tables.intro': 'Each table has its own page to filter, search, edit, add, delete and export to Excel.',
	'tables.rows': '{n} rows',
	'tables.open': 'Open table',
	'tables.canAdd': 'Rows can be added and deleted',
	'tables.fixed': 'A fixed list from the plan: edit it, rows are not added or deleted',
	'tables.notFound': 'There is no table "{name}". Choose a table from the list.',
	'add.title': 'Add a row to table "{table}"',
	'plan.goals': 'Province goals (sections II.1-6)',
	'plan.districtTargets': 'District-level targets (section II.5)',
	'plan.indicators': 'Other goals (section II.7)',
	'plan.districts': 'District-level units',
	'plan.basisWarning': 'Note: {flagged} communes are flagged "in the programme", while the plan counts {basis}. Shares use the plan\'s {basis}.',
	'plan.source': 'Source: the Quảng Nam Veterans\' Association plan for the National Target Programme on New Rural Development, 2024-2025.'
};
