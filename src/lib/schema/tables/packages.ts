// The packages of each reporting period: what the province sent each district and when, and when
// the district's return came back (as its file says) and was applied; one level down, what a
// district sent each of its communes (the commune column set). The collection board (/collect)
// reads them; a return's import updates its row in the same undo step. Kept short: the registry is
// on the first page.
import { PACKAGE_ROLES, type PackageRecord } from '$lib/packages/types';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, districtRef } from '../columns';
import type { Column } from '../types';
import type { DictKey } from '$lib/i18n/translate';

const stamp = (key: 'sentAt' | 'returnedAt' | 'appliedAt', label: DictKey): Column<PackageRecord> => ({ key, label, type: 'datetime', editable: false, width: 140 });

export const packages = defineTable<PackageRecord>()({
	name: 'packages',
	...HEADS.packages,
	title: 'table.packages',
	columns: [
		id(),
		{ key: 'periodId', label: 'col.period', type: 'ref', ref: 'periods', required: true, editable: false, width: 200 },
		districtRef({ required: true, pinned: true }),
		{ key: 'communeId', label: 'col.commune', type: 'ref', ref: 'communes', editable: false, width: 130 },
		{ key: 'role', label: 'col.packageRole', type: 'enum', values: PACKAGE_ROLES, enumName: 'packageRole', required: true, editable: false, width: 110 },
		stamp('sentAt', 'col.sentAt'),
		{ key: 'deadline', label: 'col.returnDeadline', type: 'date', editable: true, width: 120 },
		stamp('returnedAt', 'col.returnedAt'),
		{ key: 'returnedBy', label: 'col.returnedBy', type: 'text', editable: true, width: 180, maxLength: 200 },
		stamp('appliedAt', 'col.appliedAt'),
		{ key: 'fileName', label: 'col.fileName', type: 'text', editable: false, width: 220, maxLength: 300 },
		{ key: 'sourceDataset', label: 'col.sourceDataset', type: 'text', editable: false, hidden: true, maxLength: 100 },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'goi' },
	// A district's package has no commune: like a recognition of a district, its key is then not checked.
	naturalKey: ['periodId', 'districtId', 'communeId', 'role'],
	unique: true,
	rowLabel: (r, l) => `${r.communeId ? `${l.communeName(r.communeId)}, ` : ''}${l.districtName(r.districtId)} / ${l.refName('periods', r.periodId) || r.periodId}`,
	canDelete: true,
});
