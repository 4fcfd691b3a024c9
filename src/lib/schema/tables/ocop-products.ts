// OCOP products of members who own businesses (III.3, III.4; the province's goals: II.7).
import { OCOP_NOVELTY, OCOP_OWNERS, OCOP_STARS, type OcopProduct } from '$lib/domain/association';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, districtRef, isOneOf, enumOptions, districtOptions, yearOptions, unitRef, districtOfCommune } from '../columns';

export const ocopProducts = defineTable<OcopProduct>()({
	name: 'ocopProducts',
	...HEADS.ocopProducts,
	title: 'table.ocopProducts',
	columns: [
		id(),
		districtRef({ pinned: true }),
		{ key: 'name', label: 'col.product', type: 'text', required: true, editable: true, width: 240, maxLength: 300, aliases: ['san pham', 'ten san pham'], pinned: true },
		{ key: 'owner', label: 'col.owner', type: 'text', editable: true, width: 200, maxLength: 300, aliases: ['chu the', 'chu san pham', 'hoi vien'] },
		{ key: 'ownerKind', label: 'col.ownerKind', type: 'enum', values: OCOP_OWNERS, enumName: 'ocopOwner', required: true, editable: true, width: 140, aliases: ['loai chu the'] },
		unitRef({ aliases: ['xa', 'ten xa', 'don vi', 'dia chi'] }),
		{ key: 'stars', label: 'col.stars', type: 'enum', values: OCOP_STARS, enumName: 'ocopStars', required: true, editable: true, width: 120, aliases: ['so sao', 'hang sao', 'sao'] },
		{ key: 'certificateNo', label: 'col.certificateNo', type: 'text', editable: true, width: 150, maxLength: 200, aliases: ['so chung nhan', 'so quyet dinh'] },
		{ key: 'certificateDate', label: 'col.certificateDate', type: 'date', editable: true, width: 130, aliases: ['ngay chung nhan', 'ngay cap'] },
		{ key: 'novelty', label: 'col.novelty', type: 'enum', values: OCOP_NOVELTY, enumName: 'ocopNovelty', required: true, editable: true, width: 140, aliases: ['moi nang hang', 'phat trien moi'] },
		{ key: 'year', label: 'col.year', type: 'year', required: true, editable: true, min: 2000, max: 2100, width: 90, aliases: ['nam'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'ocop' },
	naturalKey: ['communeId', 'name'],
	unique: true,
	defaultSort: (a, b, l) => a.year - b.year || l.districtName(a.districtId).localeCompare(l.districtName(b.districtId), 'vi') || a.name.localeCompare(b.name, 'vi'),
	filters: [
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId') },
		{ param: 'year', label: 'filter.year', options: yearOptions(), test: isOneOf('year'), field: 'year' },
		{ param: 'stars', label: 'col.stars', options: enumOptions('ocopStars', OCOP_STARS), test: isOneOf('stars'), field: 'stars' }
	],
	rowLabel: (r, l) => `${r.name} (${l.communeName(r.communeId) || '?'})`,
	add: { fields: ['communeId', 'name', 'stars', 'year'], label: 'action.addProduct' },
	canDelete: true,
	derive: districtOfCommune,
	blank: () => ({ name: '', owner: '', ownerKind: 'member', communeId: '', districtId: '', stars: '3', certificateNo: '', certificateDate: null, novelty: 'new', year: 2024, notes: '' }),
});
