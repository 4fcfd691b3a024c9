// Province goals of sections II.1-6, each a count against a named basis (never a bare %).
// The dashboard reads them by `key`, so rows are the plan's: edited, not added or deleted.
import { BASES, COMPARATORS } from '$lib/domain/enums';
import type { Goal } from '$lib/domain/records';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, deadline, planSection } from '../columns';

export const goals = defineTable<Goal>()({
	name: 'goals',
	...HEADS.goals,
	title: 'table.goals',
	columns: [
		id(),
		{ key: 'key', label: 'col.key', type: 'text', editable: false, required: true, hidden: true, width: 140 },
		{ key: 'name', label: 'col.name', type: 'text', editable: false, required: true, width: 300 },
		{ key: 'comparator', label: 'col.comparator', type: 'enum', values: COMPARATORS, enumName: 'comparator', editable: false, required: true, width: 100 },
		{ key: 'target', label: 'col.target', type: 'number', editable: true, required: true, min: 0, max: 100000, width: 105 },
		{ key: 'basis', label: 'col.basis', type: 'enum', values: BASES, enumName: 'basis', editable: false, required: true, width: 170 },
		{ key: 'basisCount', label: 'col.basisCount', type: 'int', min: 0, max: 100000, editable: true, width: 140 },
		{ key: 'statedSharePct', label: 'col.statedSharePct', type: 'number', min: 0, max: 100, editable: false, width: 150 },
		{ key: 'baseline', label: 'col.baseline', type: 'number', editable: true, width: 130 },
		{ key: 'baselineNote', label: 'col.baselineNote', type: 'longtext', editable: true, width: 220 },
		deadline,
		planSection,
		// Empty: the 2021-2025 plan's; a drafted phase's goals carry its id (their key ends "@<phase>").
		{ key: 'phase', label: 'col.goalPhase', type: 'text', editable: false, width: 100, maxLength: 20, aliases: ['giai doan'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'g' },
	naturalKey: ['key'],
	unique: true,
	defaultSort: (a, b) => a.planSection.localeCompare(b.planSection) || a.id.localeCompare(b.id),
	rowLabel: (r) => r.name,
});
