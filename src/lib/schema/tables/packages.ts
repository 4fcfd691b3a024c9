// The packages of each reporting period: what the province sent each district and when, and when
// the district's return came back (as its file says) and was applied. The collection board
// (/collect) reads them; a return's import updates its row in the same undo step.
import { PACKAGE_ROLES, type PackageRecord } from '$lib/packages/types';
import { defineTable } from '../define';
import { id, version, updatedAt, notes, districtRef, isOneOf, districtOptions } from '../columns';

export const packages = defineTable<PackageRecord>()({
	name: 'packages',
	title: 'table.packages',
	columns: [
		id(),
		{ key: 'periodId', label: 'col.period', type: 'ref', ref: 'periods', required: true, editable: false, width: 200, aliases: ['ky', 'ky bao cao'] },
		districtRef({ required: true, pinned: true }),
		{ key: 'role', label: 'col.packageRole', type: 'enum', values: PACKAGE_ROLES, enumName: 'packageRole', required: true, editable: false, width: 110, aliases: ['chieu'] },
		{ key: 'sentAt', label: 'col.sentAt', type: 'datetime', editable: false, width: 140, aliases: ['ngay gui'] },
		{ key: 'deadline', label: 'col.returnDeadline', type: 'date', editable: true, width: 120, aliases: ['han tra', 'han gui'] },
		{ key: 'returnedAt', label: 'col.returnedAt', type: 'datetime', editable: false, width: 140, aliases: ['ngay tra ve'] },
		{ key: 'returnedBy', label: 'col.returnedBy', type: 'text', editable: true, width: 180, maxLength: 200, aliases: ['nguoi gui tra', 'nguoi gui'] },
		{ key: 'appliedAt', label: 'col.appliedAt', type: 'datetime', editable: false, width: 140, aliases: ['ngay cap nhat'] },
		{ key: 'fileName', label: 'col.fileName', type: 'text', editable: false, width: 220, maxLength: 300, aliases: ['ten tep'] },
		{ key: 'sourceDataset', label: 'col.sourceDataset', type: 'text', editable: false, hidden: true, width: 120, maxLength: 100 },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'goi' },
	naturalKey: ['periodId', 'districtId', 'role'],
	unique: true,
	sheetOrder: 40,
	seed: { file: 'packages.json', version: 1 },
	defaultSort: (a, b, l) => a.periodId.localeCompare(b.periodId) || l.districtName(a.districtId).localeCompare(l.districtName(b.districtId), 'vi'),
	filters: [
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId'), field: 'districtId' },
		{ param: 'period', label: 'col.period', options: (ctx) => ctx.lookup.refRows('periods').map((p) => ({ value: p.id, label: ctx.lookup.refName('periods', p.id) })), test: isOneOf('periodId'), field: 'periodId' }
	],
	rowLabel: (r, l) => `${l.districtName(r.districtId)} / ${l.refName('periods', r.periodId) || r.periodId}`,
	canDelete: true,
	blank: () => ({ periodId: '', districtId: '', role: 'sent', sentAt: null, deadline: null, returnedAt: null, returnedBy: '', appliedAt: null, fileName: '', sourceDataset: '', notes: '' }),
	page: { path: '/collect', nav: 'nav.collect' }
});
