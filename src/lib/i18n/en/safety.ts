// English texts of the reliability work (formula cells from files, two tabs, undo per tab).
import type { safety as vi } from '../vi/safety';

export const safety: Record<keyof typeof vi, string> = {
	'excel.warn.formulaNoValue':
		'the cell holds a formula but the file keeps no result for it (the file was made by another program), so the cell is read as empty. Open the file in Excel or LibreOffice, save it and import it again if you need this value.',
	'excel.warn.formulaNoValueMore': 'Sheet "{sheet}": {n} more formula cells have no stored result and are read as empty too.',
	'tabs.stale': 'Cell "{column}" of row "{row}" was just changed in another tab to "{theirs}". Your value ("{mine}") was not saved.',
	'tabs.applyMine': 'Save my value anyway',
	'tabs.empty': '(empty)',
	'tabs.undoChanged': 'Cannot undo "{label}": row "{row}" was changed since (in another tab or by another step). Nothing was changed.',
	'tabs.redoChanged': 'Cannot redo "{label}": row "{row}" was changed since (in another tab or by another step). Nothing was changed.'
};
