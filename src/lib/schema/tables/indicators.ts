// Other indicators of section II.7 (income, poverty, housing...), with the latest measured value.
import type { Indicator } from '$lib/domain/records';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, deadline, planSection } from '../columns';

export const indicators = defineTable<Indicator>()({
	name: 'indicators',
	...HEADS.indicators,
	title: 'table.indicators',
	columns: [
		id(),
		{ key: 'name', label: 'col.name', type: 'longtext', editable: true, required: true, width: 360 },
		{ key: 'unit', label: 'col.unit', type: 'text', editable: true, width: 110 },
		{ key: 'baseline', label: 'col.baseline', type: 'text', editable: true, width: 100 },
		{ key: 'target', label: 'col.target', type: 'text', editable: true, width: 110 },
		{ key: 'actual', label: 'col.actual', type: 'text', editable: true, width: 110 },
		deadline,
		planSection,
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'ind' },
	naturalKey: ['name'],
	defaultSort: (a, b) => a.planSection.localeCompare(b.planSection) || a.id.localeCompare(b.id),
	rowLabel: (r) => r.name,
	add: { fields: ['name'], label: 'action.addIndicator' },
	canDelete: true,
});
