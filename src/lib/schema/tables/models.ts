// The models the association runs in each commune-level unit (III.3: at least one in every xã).
import { MODEL_STATES, RUN_BY, type AssociationModel } from '$lib/domain/association';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, districtRef, isOneOf, enumOptions, districtOptions, unitRef, districtOfCommune } from '../columns';

export const models = defineTable<AssociationModel>()({
	name: 'models',
	...HEADS.models,
	title: 'table.models',
	columns: [
		id(),
		districtRef({ pinned: true }),
		// Every unit (xã, phường, thị trấn) has an association branch, so any unit may be chosen.
		unitRef({ pinned: true }),
		{ key: 'name', label: 'col.modelName', type: 'text', required: true, editable: true, width: 260, maxLength: 300, aliases: ['ten mo hinh', 'mo hinh', 'ten'] },
		{ key: 'campaignId', label: 'col.campaign', type: 'ref', ref: 'campaigns', editable: true, width: 220, aliases: ['loai mo hinh', 'thuoc phong trao', 'danh muc'] },
		{ key: 'runBy', label: 'col.runBy', type: 'enum', values: RUN_BY, enumName: 'runBy', required: true, editable: true, width: 150, aliases: ['hinh thuc', 'quan ly', 'hinh thuc quan ly', 'do hoi quan ly'] },
		{ key: 'startedOn', label: 'col.startedOn', type: 'date', editable: true, width: 120, aliases: ['ngay bat dau', 'bat dau', 'thanh lap'] },
		{ key: 'participants', label: 'col.participants', type: 'int', min: 0, max: 1000000, editable: true, width: 120, aliases: ['so ho tham gia', 'so thanh vien', 'tham gia'] },
		{ key: 'state', label: 'col.modelState', type: 'enum', values: MODEL_STATES, enumName: 'modelState', required: true, editable: true, width: 130, aliases: ['tinh trang', 'trang thai'] },
		{ key: 'result', label: 'col.result', type: 'longtext', editable: true, width: 220, aliases: ['ket qua', 'hieu qua'] },
		{ key: 'summary', label: 'col.summaryModel', type: 'bool', editable: true, width: 150, aliases: ['tong ket', 'mo hinh tong ket'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'mh' },
	naturalKey: ['communeId', 'name'],
	unique: true,
	defaultSort: (a, b, l) =>
		l.districtName(a.districtId).localeCompare(l.districtName(b.districtId), 'vi') ||
		l.communeName(a.communeId).localeCompare(l.communeName(b.communeId), 'vi') ||
		a.name.localeCompare(b.name, 'vi'),
	filters: [
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId') },
		{ param: 'runBy', label: 'col.runBy', options: enumOptions('runBy', RUN_BY), test: isOneOf('runBy'), field: 'runBy' },
		{ param: 'state', label: 'col.modelState', options: enumOptions('modelState', MODEL_STATES), test: isOneOf('state'), field: 'state' },
		{ param: 'campaign', label: 'col.campaign', test: isOneOf('campaignId') },
		{ param: 'commune', label: 'col.communeUnit', test: isOneOf('communeId') }
	],
	rowLabel: (r, l) => `${r.name} (${l.communeName(r.communeId) || '?'})`,
	add: { fields: ['communeId', 'name', 'runBy'], label: 'action.addModel' },
	canDelete: true,
	derive: districtOfCommune,
	blank: () => ({ communeId: '', districtId: '', name: '', campaignId: null, runBy: 'association', startedOn: null, participants: null, state: 'running', result: '', summary: false, notes: '' }),
});
