// Commendations proposed or decided for the work on NTM (IV.2).
import { COMMENDATION_FORMS, COMMENDATION_KINDS, COMMENDATION_LEVELS, COMMENDATION_STATES, type Commendation } from '$lib/domain/association';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, decisionNo, decisionDate, districtRef, isOneOf, enumOptions, districtOptions } from '../columns';

export const commendations = defineTable<Commendation>()({
	name: 'commendations',
	...HEADS.commendations,
	title: 'table.commendations',
	columns: [
		id(),
		{ key: 'kind', label: 'col.commendationKind', type: 'enum', values: COMMENDATION_KINDS, enumName: 'commendationKind', required: true, editable: true, width: 120, aliases: ['tap the ca nhan', 'loai'] },
		{ key: 'recipient', label: 'col.recipient', type: 'text', required: true, editable: true, width: 240, maxLength: 300, aliases: ['ten', 'ten tap the', 'ho ten', 'tap the ca nhan duoc khen'], pinned: true },
		districtRef({ editable: true }),
		{ key: 'achievement', label: 'col.achievement', type: 'longtext', editable: true, width: 260, aliases: ['thanh tich', 'noi dung khen'] },
		{ key: 'form', label: 'col.commendationForm', type: 'enum', values: COMMENDATION_FORMS, enumName: 'commendationForm', required: true, editable: true, width: 150, aliases: ['hinh thuc', 'hinh thuc khen thuong'] },
		{ key: 'level', label: 'col.commendationLevel', type: 'enum', values: COMMENDATION_LEVELS, enumName: 'commendationLevel', required: true, editable: true, width: 200, aliases: ['cap khen', 'cap'] },
		{ key: 'state', label: 'col.commendationState', type: 'enum', values: COMMENDATION_STATES, enumName: 'commendationState', required: true, editable: true, width: 120, aliases: ['tinh trang', 'de nghi quyet dinh'] },
		decisionNo,
		decisionDate,
		{ key: 'periodId', label: 'col.period', type: 'ref', ref: 'periods', editable: true, width: 160, aliases: ['ky', 'dot'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'kt' },
	naturalKey: ['recipient', 'form', 'decisionNo'],
	defaultSort: (a, b) => (a.decisionDate ?? '').localeCompare(b.decisionDate ?? '') || a.recipient.localeCompare(b.recipient, 'vi'),
	filters: [
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId'), field: 'districtId' },
		{ param: 'state', label: 'col.commendationState', options: enumOptions('commendationState', COMMENDATION_STATES), test: isOneOf('state'), field: 'state' },
		{ param: 'form', label: 'col.commendationForm', options: enumOptions('commendationForm', COMMENDATION_FORMS), test: isOneOf('form'), field: 'form' }
	],
	rowLabel: (r) => r.recipient,
	add: { fields: ['kind', 'recipient', 'form', 'level'], label: 'action.addCommendation' },
	canDelete: true,
	blank: () => ({ kind: 'collective', recipient: '', districtId: null, achievement: '', form: 'giay_khen', level: 'association_province', state: 'proposed', decisionNo: '', decisionDate: null, periodId: null, notes: '' }),
});
