// The association's figures: one per district-level association, reporting period and measure.
// Entered on /association/results as a grid of units by measures; a figure nobody reported is
// absent (blank), never 0.
import type { ResultFigure } from '$lib/domain/association';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, districtRef, isOneOf, districtOptions } from '../columns';

export const results = defineTable<ResultFigure>()({
	name: 'results',
	...HEADS.results,
	title: 'table.results',
	columns: [
		id(),
		districtRef({ required: true, editable: true, pinned: true }),
		{ key: 'periodId', label: 'col.period', type: 'ref', ref: 'periods', required: true, editable: true, width: 160, aliases: ['ky', 'ky bao cao'] },
		{ key: 'measureId', label: 'col.measure', type: 'ref', ref: 'resultMeasures', required: true, editable: true, width: 320, aliases: ['chi tieu', 'noi dung'] },
		{ key: 'value', label: 'col.value', type: 'number', min: 0, max: 1e12, editable: true, width: 130, aliases: ['so lieu', 'ket qua', 'gia tri'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'r' },
	naturalKey: ['districtId', 'periodId', 'measureId'],
	unique: true,
	defaultSort: (a, b, l) => a.periodId.localeCompare(b.periodId) || l.districtName(a.districtId).localeCompare(l.districtName(b.districtId), 'vi'),
	filters: [
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId'), field: 'districtId' },
		{ param: 'period', label: 'col.period', options: (ctx) => ctx.lookup.refRows('periods').map((p) => ({ value: p.id, label: ctx.lookup.refName('periods', p.id) })), test: isOneOf('periodId'), field: 'periodId' }
	],
	rowLabel: (r, l) => `${l.districtName(r.districtId)} / ${l.refName('periods', r.periodId) || r.periodId} / ${l.refName('resultMeasures', r.measureId) || r.measureId}`,
	add: { fields: ['districtId', 'periodId', 'measureId', 'value'], label: 'action.addResult' },
	canDelete: true,
	blank: () => ({ districtId: '', periodId: '', measureId: '', value: null, notes: '' }),
});
