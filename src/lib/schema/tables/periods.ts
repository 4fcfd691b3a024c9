// Reporting periods (IV.2: every 6 months and every year). The next phase adds its own.
import { PERIOD_KINDS, type Period } from '$lib/domain/association';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes } from '../columns';

export const periods = defineTable<Period>()({
	name: 'periods',
	...HEADS.periods,
	title: 'table.periods',
	columns: [
		{ ...id(), hidden: false },
		{ key: 'name', label: 'col.name', type: 'text', required: true, editable: true, width: 200, maxLength: 100, aliases: ['ky', 'ky bao cao', 'ten ky'] },
		{ key: 'year', label: 'col.year', type: 'year', required: true, editable: true, min: 2000, max: 2100, width: 90, aliases: ['nam'] },
		{ key: 'kind', label: 'col.periodKind', type: 'enum', values: PERIOD_KINDS, enumName: 'periodKind', required: true, editable: true, width: 140, aliases: ['loai ky'] },
		{ key: 'startsOn', label: 'col.startsOn', type: 'date', required: true, editable: true, width: 120, aliases: ['tu ngay'] },
		{ key: 'endsOn', label: 'col.endsOn', type: 'date', required: true, editable: true, width: 120, aliases: ['den ngay'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'ky' },
	naturalKey: ['year', 'kind'],
	unique: true,
	defaultSort: (a, b) => a.endsOn.localeCompare(b.endsOn),
	rowLabel: (r) => r.name,
	add: { fields: ['year', 'kind', 'name', 'startsOn', 'endsOn'], label: 'action.addPeriod' },
	blank: () => ({ name: '', year: 2026, kind: 'h1', startsOn: '', endsOn: '', notes: '' }),
});
