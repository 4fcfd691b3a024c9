// English texts of the association's results entry page (/association/results).
export const resultsEntry = {
	'results.title': "The association's results by reporting period",
	'results.intro': 'Figures the district, town and city associations report each period. Type into a cell, or paste a block from Excel (Ctrl+V) from the focused cell.',
	'results.period': 'Reporting period',
	'results.unit': 'Unit',
	'results.total': 'Province',
	'results.reported': 'Districts reported',
	'results.reportedOf': '{n}/{total}',
	'results.blankNote': 'A blank cell means no figure was reported, not 0; the "Province" row adds only the figures entered.',
	'results.measuresAt': 'The list of measures (editable, extendable):',
	'results.periodsAt': 'the reporting periods:',
	'results.noPeriods': 'There is no reporting period yet. Add one in the "Reporting periods" table.',
	'results.noMeasures': 'There is no measure yet. Add one in the "Association\'s report measures" table.',
	'results.rowLabel': '{district} / {period}'
};
