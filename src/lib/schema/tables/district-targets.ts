// District-level targets of section II.5 (a district reaches NTM, completes the task, advanced).
import { DISTRICT_LEVELS, STATUSES } from '$lib/domain/enums';
import type { DistrictTarget } from '$lib/domain/records';
import { tvi } from '$lib/i18n/translate';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, status, deadline, decisionNo, decisionDate, planSection, districtRef, isOneOf, enumOptions, districtOptions, yearOptions } from '../columns';

export const districtTargets = defineTable<DistrictTarget>()({
	name: 'districtTargets',
	...HEADS.districtTargets,
	title: 'table.districtTargets',
	columns: [
		id(),
		districtRef({ required: true, editable: true, aliases: ['huyen', 'ten huyen', 'huyen thi xa thanh pho', 'huyen thi xa tp', 'huyen tx tp', 'huyen thi xa', 'don vi cap huyen'] }),
		{ key: 'level', label: 'col.level', type: 'enum', values: DISTRICT_LEVELS, enumName: 'districtLevel', editable: true, required: true, width: 190, aliases: ['muc dat chuan', 'muc do dat chuan', 'cap do dat chuan', 'muc tieu', 'muc phan dau'] },
		{ key: 'year', label: 'col.year', type: 'year', min: 2000, max: 2100, editable: true, required: true, width: 95, aliases: ['nam', 'nam dat chuan', 'nam phan dau', 'nam hoan thanh'] },
		{ ...deadline, width: 170 },
		status,
		decisionNo,
		decisionDate,
		notes,
		{ key: 'planText', label: 'col.planText', type: 'longtext', editable: false, width: 320 },
		planSection,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'dt' },
	naturalKey: ['districtId', 'level', 'year'],
	unique: true,
	defaultSort: (a, b, lookup) =>
		a.year - b.year || lookup.districtName(a.districtId).localeCompare(lookup.districtName(b.districtId), 'vi') || a.id.localeCompare(b.id),
	filters: [
		{ param: 'year', label: 'filter.year', options: yearOptions(), test: isOneOf('year'), field: 'year' },
		{ param: 'level', label: 'filter.level', options: enumOptions('districtLevel', DISTRICT_LEVELS), test: isOneOf('level'), field: 'level' },
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId'), field: 'districtId' },
		{ param: 'status', label: 'filter.status', options: enumOptions('status', STATUSES), test: isOneOf('status'), field: 'status' }
	],
	rowLabel: (r, lookup) => `${lookup.districtName(r.districtId)} / ${tvi(`enum.districtLevel.${r.level}`)} ${r.year}`,
	add: { fields: ['districtId', 'level', 'year'], label: 'action.addDistrictTarget', fill: (r) => ({ deadline: r.deadline ?? String(r.year) }) },
	canDelete: true,
	blank: () => ({
		districtId: '',
		level: 'ntm',
		year: new Date().getFullYear(),
		deadline: null,
		status: 'not_started',
		decisionNo: '',
		decisionDate: null,
		notes: '',
		planText: '',
		planSection: ''
	}),
});
