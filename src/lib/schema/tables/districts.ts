// District-level units (huyện / thị xã / thành phố) of 2024, with their official codes.
import { DISTRICT_KINDS, REGIONS } from '$lib/domain/enums';
import type { District } from '$lib/domain/records';
import { defineTable } from '../define';
import { id, version, updatedAt } from '../columns';

export const districts = defineTable<District>()({
	name: 'districts',
	title: 'table.districts',
	columns: [
		{ ...id(['ma huyen']), hidden: false, width: 80 },
		{ key: 'name', label: 'col.name', type: 'text', editable: false, required: true, width: 140, aliases: ['huyen', 'ten huyen'] },
		{ key: 'kind', label: 'col.kind', type: 'enum', values: DISTRICT_KINDS, enumName: 'districtKind', editable: false, required: true, width: 110 },
		{ key: 'region', label: 'col.region', type: 'enum', values: REGIONS, enumName: 'region', editable: true, required: true, width: 110, aliases: ['vung', 'mien nui dong bang'] },
		{ key: 'poorDistrict', label: 'col.poorDistrict', type: 'bool', editable: true, width: 130, aliases: ['huyen ngheo'] },
		{ key: 'regionSource', label: 'col.regionSource', type: 'longtext', editable: true, width: 260, aliases: ['nguon'] },
		{ key: 'note2025', label: 'col.note2025', type: 'longtext', editable: false, width: 260 },
		updatedAt,
		version
	],
	id: { kind: 'official', prefix: 'd' },
	naturalKey: ['name'],
	unique: true,
	sheetOrder: 6,
	// Version 2 adds the poor-district flag and the source of each district's region (rows marked seedRevised 2).
	seed: { file: 'districts.json', version: 2 },
	defaultSort: (a, b) => a.name.localeCompare(b.name, 'vi'),
	rowLabel: (r) => r.name,
	page: {}
});
