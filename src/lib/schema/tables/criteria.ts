// The criteria of each set, with their numbers and groups (QĐ 318 Annex I: 1 Quy hoạch … 19 Quốc
// phòng và An ninh). The criteria matrix's cell c<n> is criterion n of the row's set.
import type { Criterion } from '$lib/domain/records';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, isOneOf } from '../columns';

export const criteria = defineTable<Criterion>()({
	name: 'criteria',
	...HEADS.criteria,
	title: 'table.criteria',
	columns: [
		id(),
		{ key: 'setId', label: 'col.criteriaSet', type: 'ref', ref: 'criteriaSets', required: true, editable: true, width: 220, pinned: true, aliases: ['bo tieu chi'] },
		{ key: 'number', label: 'col.criterionNo', type: 'int', min: 1, max: 19, required: true, editable: true, width: 80, pinned: true, aliases: ['tt', 'so tt tieu chi', 'tieu chi so'] },
		{ key: 'name', label: 'col.criterionName', type: 'text', required: true, editable: true, width: 320, maxLength: 300, aliases: ['ten tieu chi', 'tieu chi'] },
		{ key: 'group', label: 'col.criterionGroup', type: 'text', editable: true, width: 240, maxLength: 200, aliases: ['nhom', 'nhom tieu chi'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'tc' },
	naturalKey: ['setId', 'number'],
	unique: true,
	defaultSort: (a, b) => a.setId.localeCompare(b.setId) || a.number - b.number,
	filters: [{ param: 'set', label: 'col.criteriaSet', options: (ctx) => ctx.lookup.refRows('criteriaSets').map((s) => ({ value: s.id, label: ctx.lookup.refName('criteriaSets', s.id) })), test: isOneOf('setId'), field: 'setId' }],
	rowLabel: (r) => `${r.number}. ${r.name}`,
	add: { fields: ['setId', 'number', 'name'], label: 'action.addCriterion' },
	canDelete: true,
	blank: () => ({ setId: 'qd318-xa', number: 1, name: '', group: '', notes: '' }),
});
