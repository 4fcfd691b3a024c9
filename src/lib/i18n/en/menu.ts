// English text of the Excel menu (keys mirror vi/menu.ts).
import type { menu as viMenu } from '../vi/menu';

export const menu: Record<keyof typeof viMenu, string> = {
	'excel.ui.busy': 'Another file is being imported; finish or cancel that import first.',
	'excel.ui.dropHere': 'Drop the file here to import it',
	'excel.ui.dropHint': '.xlsx, .xls, .ods or .csv, at most {max} MB. You will see a preview of the changes before any data changes.',
	'excel.ui.exportAll': 'Export all (.xlsx)',
	'excel.ui.exportAllTitle': 'Download the whole dataset as one Excel file, to send or edit outside the app',
	'excel.ui.exportError': 'Could not export the file: {detail}. Nothing was changed.',
	'excel.ui.exportView': 'Export current view',
	'excel.ui.exportViewTitle': 'Download the rows shown (as filtered and sorted), with the columns shown, as {format}',
	'excel.ui.exported': 'File "{file}" exported.',
	'excel.ui.exporting': 'Exporting…',
	'excel.ui.formatCsv': '.csv',
	'excel.ui.formatXlsx': '.xlsx',
	'excel.ui.group': 'Excel',
	'excel.ui.importFile': 'Import Excel file…',
	'excel.ui.importTitle': 'Choose a .xlsx, .xls, .ods or .csv file (or drop it on the page). You see a preview before anything is applied.'
};
