// Criteria sets as data (QĐ 318/QĐ-TTg Annex I: the 19 criteria of an NTM commune; the province's
// advanced set, QĐ 2333/QĐ-UBND; the 2026-2030 set, QĐ 51/2025/QĐ-TTg), each with its source.
import { RECOGNITION_LEVELS, UNIT_SCOPES } from '$lib/domain/enums';
import type { CriteriaSet } from '$lib/domain/records';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, decisionNo, decisionDate, enumOptions, isOneOf } from '../columns';

export const criteriaSets = defineTable<CriteriaSet>()({
	name: 'criteriaSets',
	...HEADS.criteriaSets,
	title: 'table.criteriaSets',
	columns: [
		{ ...id(['ma bo tieu chi']), hidden: false, width: 110 },
		{ key: 'name', label: 'col.name', type: 'text', required: true, editable: true, width: 300, maxLength: 300, aliases: ['bo tieu chi', 'ten bo tieu chi'] },
		{ key: 'scope', label: 'col.unitScope', type: 'enum', values: UNIT_SCOPES, enumName: 'unitScope', required: true, editable: true, width: 110, aliases: ['cap don vi'] },
		{ key: 'standard', label: 'col.standard', type: 'enum', values: RECOGNITION_LEVELS, enumName: 'recognitionLevel', required: true, editable: true, width: 150, aliases: ['chuan', 'muc chuan'] },
		{ key: 'phase', label: 'col.phase', type: 'text', required: true, editable: true, width: 100, maxLength: 20, aliases: ['giai doan'] },
		decisionNo,
		decisionDate,
		{ key: 'issuer', label: 'col.issuer', type: 'text', editable: true, width: 160, maxLength: 200, aliases: ['co quan ban hanh', 'cap ban hanh'] },
		{ key: 'criteriaCount', label: 'col.criteriaCount', type: 'int', min: 1, max: 19, required: true, editable: true, width: 100, aliases: ['so tieu chi'] },
		{ key: 'verified', label: 'col.verified', type: 'bool', editable: true, width: 140, aliases: ['da doi chieu'] },
		{ key: 'source', label: 'col.source', type: 'longtext', editable: true, width: 260, aliases: ['nguon'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'bo' },
	naturalKey: ['name'],
	unique: true,
	defaultSort: (a, b) => a.phase.localeCompare(b.phase) || a.id.localeCompare(b.id),
	filters: [
		{ param: 'scope', label: 'col.unitScope', options: enumOptions('unitScope', UNIT_SCOPES), test: isOneOf('scope'), field: 'scope' },
		{ param: 'phase', label: 'col.phase', test: isOneOf('phase') }
	],
	rowLabel: (r) => r.name,
	add: { fields: ['name', 'scope', 'standard', 'phase', 'criteriaCount'], label: 'action.addCriteriaSet' },
	blank: () => ({ name: '', scope: 'commune', standard: 'ntm', phase: '2026-2030', decisionNo: '', decisionDate: null, issuer: '', criteriaCount: 19, verified: false, source: '', notes: '' }),
});
