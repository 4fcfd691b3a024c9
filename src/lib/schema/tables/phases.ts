// Phases of the programme: years, the map they are planned on, the criteria set, the status. The
// 2021-2025 plan is the seeded one; the next phase is started as a draft on /phases.
import { PHASE_STATUSES, type Phase } from '$lib/domain/phases';
import { dmy } from '$lib/domain/units-over-time';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes } from '../columns';

export const phases = defineTable<Phase>()({
	name: 'phases',
	...HEADS.phases,
	title: 'table.phases',
	columns: [
		{ ...id(['giai doan']), hidden: false, width: 110 },
		{ key: 'name', label: 'col.name', type: 'text', required: true, editable: true, width: 220, maxLength: 200, aliases: ['ten giai doan'] },
		{ key: 'yearFrom', label: 'col.yearFrom', type: 'year', required: true, editable: true, min: 2000, max: 2100, width: 90, aliases: ['tu nam'] },
		{ key: 'yearTo', label: 'col.yearTo', type: 'year', required: true, editable: true, min: 2000, max: 2100, width: 90, aliases: ['den nam'] },
		{ key: 'mapDate', label: 'col.mapDate', type: 'date', required: true, editable: true, width: 150, aliases: ['ban do', 'don vi hanh chinh ngay'] },
		{ key: 'criteriaSetId', label: 'col.criteriaSet', type: 'ref', ref: 'criteriaSets', editable: true, width: 260, aliases: ['bo tieu chi'] },
		{ key: 'status', label: 'col.phaseStatus', type: 'enum', values: PHASE_STATUSES, enumName: 'phaseStatus', required: true, editable: true, width: 120, aliases: ['trang thai'] },
		{ key: 'basedOn', label: 'col.basedOn', type: 'ref', ref: 'phases', editable: false, width: 120, aliases: ['lap tu'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'gd' },
	naturalKey: ['yearFrom', 'yearTo'],
	unique: true,
	defaultSort: (a, b) => a.yearFrom - b.yearFrom,
	check: (r) => (r.yearTo < r.yearFrom ? { column: 'yearTo', error: { key: 'err.phase.years', params: { from: r.yearFrom, to: r.yearTo } } } : null),
	rowLabel: (r) => r.name || `${r.yearFrom}-${r.yearTo} (${dmy(r.mapDate)})`,
});
