// Columns several tables share (id, version, last change, notes, status, deadline, decision).
// Each table's own columns are written in its entry under tables/.
import { STATUSES } from '$lib/domain/enums';
import type { DictKey } from '$lib/i18n/translate';
import type { Lookup } from '$lib/domain/lookup';
import type { Column } from './types';
import type { ViewContext } from './define';

export const id = (aliases: string[] = []): Column<any> => ({
	key: 'id',
	label: 'col.id',
	type: 'text',
	required: true,
	editable: false,
	aliases: ['id', 'ma', 'ma so', ...aliases],
	width: 90,
	hidden: true
});
export const version: Column<any> = { key: 'version', label: 'col.version', type: 'int', editable: false, hidden: true, width: 80 };
export const updatedAt: Column<any> = {
	key: 'updatedAt',
	label: 'col.updatedAt',
	type: 'datetime',
	editable: false,
	width: 140,
	aliases: ['lan sua cuoi', 'cap nhat']
};
export const notes: Column<any> = {
	key: 'notes',
	label: 'col.notes',
	type: 'longtext',
	editable: true,
	width: 220,
	aliases: ['ghi chu', 'note', 'notes']
};
export const status: Column<any> = {
	key: 'status',
	label: 'col.status',
	type: 'enum',
	values: STATUSES,
	enumName: 'status',
	required: true,
	editable: true,
	width: 150,
	aliases: ['tinh trang', 'tien do', 'ket qua']
};
export const deadline: Column<any> = {
	key: 'deadline',
	label: 'col.deadline',
	type: 'deadline',
	editable: true,
	width: 150,
	aliases: ['han', 'thoi gian hoan thanh', 'han hoan thanh']
};
export const decisionNo: Column<any> = {
	key: 'decisionNo',
	label: 'col.decisionNo',
	type: 'text',
	editable: true,
	width: 140,
	maxLength: 200,
	aliases: ['so qd', 'quyet dinh', 'quyet dinh cong nhan', 'so quyet dinh cong nhan']
};
export const decisionDate: Column<any> = {
	key: 'decisionDate',
	label: 'col.decisionDate',
	type: 'date',
	editable: true,
	width: 130,
	aliases: ['ngay qd', 'ngay cong nhan']
};
export const planSection: Column<any> = {
	key: 'planSection',
	label: 'col.planSection',
	type: 'text',
	editable: false,
	width: 100,
	aliases: ['muc']
};

/** A reference to a district (shown by its name). */
export const districtRef = (extra: Partial<Column<any>> = {}): Column<any> => ({
	key: 'districtId',
	label: 'col.district',
	type: 'ref',
	ref: 'districts',
	editable: false,
	width: 130,
	aliases: ['huyen', 'ten huyen'],
	...extra
});

/** A reference to any commune-level unit (xã, phường, thị trấn: every unit has an association branch). */
export const unitRef = (extra: Partial<Column<any>> = {}): Column<any> => ({
	key: 'communeId',
	label: 'col.communeUnit',
	type: 'ref',
	ref: 'communes',
	required: true,
	editable: true,
	width: 150,
	aliases: ['xa', 'ten xa', 'don vi', 'xa phuong thi tran'],
	...extra
});

/** `derive` of a table whose rows sit in a commune: the district follows the commune. */
export const districtOfCommune = (r: { communeId: string; districtId: string }, lookup: Lookup) => ({
	districtId: lookup.communeById.get(r.communeId)?.districtId ?? r.districtId
});

/** Filter values: a row passes when its field's value is one of the selected ones. */
export const isOneOf = (field: string) => (row: object, values: string[]) =>
	values.includes(String((row as Record<string, unknown>)[field]));

/** Toolbar choices of an enumeration, labelled in the language on screen. */
export const enumOptions = (group: string, values: readonly string[]) => (ctx: ViewContext) =>
	values.map((v) => ({ value: v, label: ctx.t(`enum.${group}.${v}` as DictKey) }));

/** Toolbar choices of the districts, by name. */
export const districtOptions = (ctx: ViewContext) =>
	[...ctx.lookup.districts].sort((a, b) => ctx.lookup.compareNames(a.name, b.name)).map((d) => ({ value: d.id, label: d.name }));

/** Toolbar choices of the years present in a field of the table's rows (or of a related table). */
export const yearOptions = (field = 'year', table?: string) => (ctx: ViewContext) =>
	[...new Set((table ? (ctx.related[table] ?? []) : ctx.rows).map((r) => r[field]).filter((y) => y != null))]
		.map(Number)
		.sort((a, b) => a - b)
		.map((y) => ({ value: String(y), label: String(y) }));
