// Texts of the generic table page's notices (empty states, unknown filters), on the first page.
export const tablePage = {
	'view.noMatch': 'No row matches the current filters and search ({total} rows in the table).',
	'view.clearAll': 'Clear filters and search',
	'view.empty': 'This table has no rows yet.',
	'view.emptyHint': 'Add a row with "+ Add…", or import an Excel file ("Import Excel file…" at the top).',
	'view.badValue': 'The filter "{filter}" has a value that cannot be used: {values}. It filters nothing.',
	'view.badParam': 'The address has a filter this table does not have: {params}. It is ignored.',
	'view.drop': 'Remove from the address',
	'view.showRow': 'Show this row',
	'print.action': 'Print'
};
