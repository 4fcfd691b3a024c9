// Members' temporary or dilapidated houses to build or repair (III.4: none left by the end of 2025).
// Household names are personal data: they stay on this device and in the workbooks the planner exports.
import { HOUSE_CONDITIONS, HOUSE_WORKS, SUPPORT_SOURCES, WORK_STATES, type MemberHouse } from '$lib/domain/association';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, districtRef, isOneOf, enumOptions, districtOptions, unitRef, districtOfCommune } from '../columns';

export const memberHouses = defineTable<MemberHouse>()({
	name: 'memberHouses',
	...HEADS.memberHouses,
	title: 'table.memberHouses',
	columns: [
		id(),
		districtRef({ pinned: true }),
		unitRef({ pinned: true }),
		{ key: 'household', label: 'col.household', type: 'text', required: true, editable: true, width: 200, maxLength: 200, aliases: ['ho', 'chu ho', 'ho ten', 'ten ho'] },
		{ key: 'condition', label: 'col.houseCondition', type: 'enum', values: HOUSE_CONDITIONS, enumName: 'houseCondition', required: true, editable: true, width: 130, aliases: ['hien trang', 'loai nha'] },
		{ key: 'work', label: 'col.houseWork', type: 'enum', values: HOUSE_WORKS, enumName: 'houseWork', required: true, editable: true, width: 120, aliases: ['xay moi sua chua', 'hinh thuc'] },
		{ key: 'support', label: 'col.support', type: 'number', min: 0, max: 100000, editable: true, width: 150, aliases: ['kinh phi', 'ho tro', 'so tien ho tro'] },
		{ key: 'source', label: 'col.supportSource', type: 'enum', values: SUPPORT_SOURCES, enumName: 'supportSource', editable: true, width: 220, aliases: ['nguon', 'nguon ho tro'] },
		{ key: 'state', label: 'col.workState', type: 'enum', values: WORK_STATES, enumName: 'workState', required: true, editable: true, width: 130, aliases: ['tinh trang', 'tien do'] },
		{ key: 'completedOn', label: 'col.completedOn', type: 'date', editable: true, width: 130, aliases: ['ngay hoan thanh', 'hoan thanh'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'nh' },
	naturalKey: ['communeId', 'household'],
	unique: true,
	defaultSort: (a, b, l) =>
		l.districtName(a.districtId).localeCompare(l.districtName(b.districtId), 'vi') ||
		l.communeName(a.communeId).localeCompare(l.communeName(b.communeId), 'vi') ||
		a.household.localeCompare(b.household, 'vi'),
	filters: [
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId') },
		{ param: 'state', label: 'col.workState', options: enumOptions('workState', WORK_STATES), test: isOneOf('state'), field: 'state' },
		{ param: 'work', label: 'col.houseWork', options: enumOptions('houseWork', HOUSE_WORKS), test: isOneOf('work'), field: 'work' }
	],
	rowLabel: (r, l) => `${r.household} (${l.communeName(r.communeId) || '?'})`,
	add: { fields: ['communeId', 'household', 'condition', 'work'], label: 'action.addHouse' },
	canDelete: true,
	derive: districtOfCommune,
	blank: () => ({ household: '', communeId: '', districtId: '', condition: 'temporary', work: 'build', support: null, source: null, state: 'planned', completedOn: null, notes: '' }),
});
