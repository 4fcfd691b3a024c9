// Members' households per district-level association and year (III.4): 2023 is the baseline.
import type { MemberHouseholds } from '$lib/domain/association';
import { tvi } from '$lib/i18n/translate';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, districtRef, isOneOf, districtOptions, yearOptions } from '../columns';

const count = (key: keyof MemberHouseholds & string, label: Parameters<typeof tvi>[0], aliases: string[]) =>
	({ key, label, type: 'int', min: 0, max: 1000000, editable: true, width: 130, aliases }) as const;

export const memberHouseholds = defineTable<MemberHouseholds>()({
	name: 'memberHouseholds',
	...HEADS.memberHouseholds,
	title: 'table.memberHouseholds',
	columns: [
		id(),
		districtRef({ required: true, editable: true, pinned: true }),
		{ key: 'year', label: 'col.year', type: 'year', required: true, editable: true, min: 2000, max: 2100, width: 90, aliases: ['nam'] },
		count('households', 'col.households', ['so ho hoi vien', 'ho hoi vien', 'tong so ho']),
		count('poor', 'col.poor', ['ho ngheo', 'so ho ngheo', 'ho ccb ngheo']),
		count('nearPoor', 'col.nearPoor', ['ho can ngheo', 'so ho can ngheo']),
		count('poorEthnic', 'col.poorEthnic', ['ho ngheo dtts', 'ho ngheo dan toc thieu so']),
		count('poorHouses', 'col.poorHouses', ['nha tam', 'nha dot nat', 'nha tam nha dot nat']),
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'hh' },
	naturalKey: ['districtId', 'year'],
	unique: true,
	defaultSort: (a, b, l) => l.districtName(a.districtId).localeCompare(l.districtName(b.districtId), 'vi') || a.year - b.year,
	filters: [
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId'), field: 'districtId' },
		{ param: 'year', label: 'filter.year', options: yearOptions(), test: isOneOf('year'), field: 'year' }
	],
	rowLabel: (r, l) => `${l.districtName(r.districtId)} / ${r.year}`,
	add: { fields: ['districtId', 'year'], label: 'action.addHouseholds' },
	canDelete: true,
	blank: () => ({ districtId: '', year: 2024, households: null, poor: null, nearPoor: null, poorEthnic: null, poorHouses: null, notes: '' }),
});
