// What the association reports each period (land donated, working days, roads, entrusted loans…):
// a list a planner can extend, seeded from the plan and from real association reports.
import { MEASURE_GROUPS, type ResultMeasure } from '$lib/domain/association';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, isOneOf, enumOptions } from '../columns';

export const resultMeasures = defineTable<ResultMeasure>()({
	name: 'resultMeasures',
	...HEADS.resultMeasures,
	title: 'table.resultMeasures',
	columns: [
		id(),
		{ key: 'name', label: 'col.name', type: 'text', required: true, editable: true, width: 360, maxLength: 300, aliases: ['chi tieu', 'noi dung', 'ten chi tieu'] },
		{ key: 'unit', label: 'col.unit', type: 'text', required: true, editable: true, width: 120, maxLength: 50, aliases: ['don vi tinh', 'dvt'] },
		{ key: 'group', label: 'col.measureGroup', type: 'enum', values: MEASURE_GROUPS, enumName: 'measureGroup', required: true, editable: true, width: 180, aliases: ['nhom'] },
		{ key: 'order', label: 'col.order', type: 'int', min: 0, max: 10000, editable: true, width: 90, aliases: ['thu tu', 'stt'] },
		{ key: 'source', label: 'col.source', type: 'longtext', editable: true, width: 260, aliases: ['nguon'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'kq' },
	naturalKey: ['name'],
	unique: true,
	defaultSort: (a, b) => (a.order ?? 0) - (b.order ?? 0) || a.name.localeCompare(b.name, 'vi'),
	filters: [{ param: 'group', label: 'col.measureGroup', options: enumOptions('measureGroup', MEASURE_GROUPS), test: isOneOf('group'), field: 'group' }],
	rowLabel: (r) => `${r.name} (${r.unit})`,
	add: { fields: ['name', 'unit', 'group'], label: 'action.addMeasure' },
	canDelete: true,
	blank: () => ({ name: '', unit: '', group: 'contribution', order: 1000, source: '', notes: '' }),
});
