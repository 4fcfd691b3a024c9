// The six tables. Column order here is the order in the grid and in the workbook.
import {
	ACTIONS,
	BASES,
	COMMUNE_KINDS,
	COMPARATORS,
	DISTRICT_KINDS,
	DISTRICT_LEVELS,
	LEVELS,
	REGIONS,
	STATUSES
} from '$lib/domain/enums';
import type { TableName } from '$lib/domain/records';
import { tvi } from '$lib/i18n/translate';
import type { Column, TableSchema } from './types';

const id = (aliases: string[] = []): Column<any> => ({
	key: 'id',
	label: 'col.id',
	type: 'text',
	required: true,
	editable: false,
	aliases: ['id', 'ma', 'ma so', ...aliases],
	width: 90,
	hidden: true
});
const version: Column<any> = { key: 'version', label: 'col.version', type: 'int', editable: false, hidden: true, width: 80 };
const updatedAt: Column<any> = {
	key: 'updatedAt',
	label: 'col.updatedAt',
	type: 'datetime',
	editable: false,
	width: 140,
	aliases: ['lan sua cuoi', 'cap nhat']
};
const notes: Column<any> = {
	key: 'notes',
	label: 'col.notes',
	type: 'longtext',
	editable: true,
	width: 220,
	aliases: ['ghi chu', 'note', 'notes']
};
const status: Column<any> = {
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
const deadline: Column<any> = {
	key: 'deadline',
	label: 'col.deadline',
	type: 'deadline',
	editable: true,
	width: 150,
	aliases: ['han', 'thoi gian hoan thanh', 'han hoan thanh']
};
const decisionNo: Column<any> = {
	key: 'decisionNo',
	label: 'col.decisionNo',
	type: 'text',
	editable: true,
	width: 140,
	maxLength: 200,
	aliases: ['so qd', 'quyet dinh', 'quyet dinh cong nhan', 'so quyet dinh cong nhan']
};
const decisionDate: Column<any> = {
	key: 'decisionDate',
	label: 'col.decisionDate',
	type: 'date',
	editable: true,
	width: 130,
	aliases: ['ngay qd', 'ngay cong nhan']
};
const planSection: Column<any> = {
	key: 'planSection',
	label: 'col.planSection',
	type: 'text',
	editable: false,
	width: 100,
	aliases: ['muc']
};

export const targetsSchema: TableSchema<'targets'> = {
	name: 'targets',
	title: 'table.targets',
	columns: [
		id(),
		{ key: 'districtId', label: 'col.district', type: 'district', editable: false, width: 130, aliases: ['huyen', 'huyen thi xa thanh pho', 'don vi cap huyen', 'ten huyen'], pinned: true },
		{ key: 'communeId', label: 'col.commune', type: 'commune', required: true, editable: true, width: 140, aliases: ['xa', 'ten xa', 'ten don vi', 'xa phuong thi tran'], pinned: true },
		{ key: 'level', label: 'col.level', type: 'enum', values: LEVELS, enumName: 'level', required: true, editable: true, width: 130, aliases: ['cap', 'loai', 'muc tieu', 'cap do dat chuan'] },
		{ key: 'year', label: 'col.year', type: 'year', required: true, editable: true, min: 2000, max: 2100, width: 95, aliases: ['nam', 'nam dat chuan', 'nam phan dau'] },
		{ key: 'action', label: 'col.action', type: 'enum', values: ACTIONS, enumName: 'action', required: true, editable: true, width: 200, aliases: ['nhiem vu', 'noi dung'] },
		status,
		deadline,
		{ key: 'criteriaMet', label: 'col.criteriaMet', type: 'int', min: 0, max: 19, editable: true, width: 110, aliases: ['so tieu chi', 'so tieu chi dat', 'tieu chi dat'] },
		{ key: 'responsible', label: 'col.responsible', type: 'text', editable: true, width: 160, maxLength: 300, aliases: ['phu trach', 'don vi chu tri', 'nguoi phu trach'] },
		decisionNo,
		decisionDate,
		notes,
		{ key: 'planName', label: 'col.planName', type: 'text', editable: false, width: 130, hidden: true, aliases: ['ten theo ke hoach'] },
		planSection,
		updatedAt,
		version
	],
	derive: (r, lookup) => ({ districtId: lookup.communeById.get(r.communeId)?.districtId ?? r.districtId }),
	blank: () => ({
		communeId: '',
		districtId: '',
		level: 'ntm',
		year: new Date().getFullYear(),
		action: 'reach',
		status: 'not_started',
		deadline: null,
		criteriaMet: null,
		responsible: '',
		decisionNo: '',
		decisionDate: null,
		notes: '',
		planName: '',
		planSection: ''
	}),
	rowLabel: (r, lookup) =>
		`${lookup.communeName(r.communeId) || '?'} / ${tvi(`enum.level.${r.level}`)} ${r.year}`
};

export const communesSchema: TableSchema<'communes'> = {
	name: 'communes',
	title: 'table.communes',
	columns: [
		{ ...id(['ma xa', 'ma don vi']), hidden: false, width: 80 },
		{ key: 'districtId', label: 'col.district', type: 'district', editable: false, required: true, width: 130, aliases: ['huyen', 'ten huyen'], pinned: true },
		{ key: 'name', label: 'col.commune', type: 'text', editable: false, required: true, width: 140, aliases: ['xa', 'ten xa', 'ten don vi'], pinned: true },
		{ key: 'kind', label: 'col.kind', type: 'enum', values: COMMUNE_KINDS, enumName: 'communeKind', editable: false, required: true, width: 90, aliases: ['loai', 'cap'] },
		{ key: 'region', label: 'col.region', type: 'enum', values: REGIONS, enumName: 'region', editable: false, required: true, width: 110, aliases: ['vung', 'khu vuc'] },
		{ key: 'inProgramme', label: 'col.inProgramme', type: 'bool', editable: true, width: 120, aliases: ['trong chuong trinh', 'thuoc chuong trinh'] },
		{ key: 'recognisedLevel', label: 'col.recognisedLevel', type: 'enum', values: LEVELS, enumName: 'level', editable: true, width: 140, aliases: ['cap dat chuan', 'da dat chuan', 'muc dat chuan'] },
		{ key: 'recognisedYear', label: 'col.recognisedYear', type: 'year', min: 2000, max: 2100, editable: true, width: 110, aliases: ['nam dat chuan', 'nam cong nhan'] },
		{ key: 'criteriaMet', label: 'col.criteriaMet', type: 'int', min: 0, max: 19, editable: true, width: 110, aliases: ['so tieu chi', 'so tieu chi dat'] },
		{ key: 'hamletsTotal', label: 'col.hamletsTotal', type: 'int', min: 0, max: 500, editable: true, width: 100, aliases: ['so thon', 'tong so thon'] },
		{ key: 'modelHamlets', label: 'col.modelHamlets', type: 'int', min: 0, max: 500, editable: true, width: 120, aliases: ['thon kieu mau', 'so thon kieu mau', 'thon ntm kieu mau'] },
		{ key: 'note2025', label: 'col.note2025', type: 'longtext', editable: false, width: 200, aliases: ['sap nhap'] },
		notes,
		updatedAt,
		version
	],
	rowLabel: (r, lookup) => `${r.name} (${lookup.districtName(r.districtId)})`
};

export const districtsSchema: TableSchema<'districts'> = {
	name: 'districts',
	title: 'table.districts',
	columns: [
		{ ...id(['ma huyen']), hidden: false, width: 80 },
		{ key: 'name', label: 'col.name', type: 'text', editable: false, required: true, width: 140, aliases: ['huyen', 'ten huyen'] },
		{ key: 'kind', label: 'col.kind', type: 'enum', values: DISTRICT_KINDS, enumName: 'districtKind', editable: false, required: true, width: 110 },
		{ key: 'region', label: 'col.region', type: 'enum', values: REGIONS, enumName: 'region', editable: false, required: true, width: 110 },
		{ key: 'note2025', label: 'col.note2025', type: 'longtext', editable: false, width: 260 },
		updatedAt,
		version
	],
	rowLabel: (r) => r.name
};

export const districtTargetsSchema: TableSchema<'districtTargets'> = {
	name: 'districtTargets',
	title: 'table.districtTargets',
	columns: [
		id(),
		{ key: 'districtId', label: 'col.district', type: 'district', editable: false, required: true, width: 130, aliases: ['huyen'] },
		{ key: 'level', label: 'col.level', type: 'enum', values: DISTRICT_LEVELS, enumName: 'districtLevel', editable: true, required: true, width: 190 },
		{ key: 'year', label: 'col.year', type: 'year', min: 2000, max: 2100, editable: true, required: true, width: 80, aliases: ['nam'] },
		deadline,
		status,
		decisionNo,
		decisionDate,
		notes,
		{ key: 'planText', label: 'col.planText', type: 'longtext', editable: false, width: 320 },
		planSection,
		updatedAt,
		version
	],
	rowLabel: (r, lookup) => `${lookup.districtName(r.districtId)} / ${tvi(`enum.districtLevel.${r.level}`)} ${r.year}`
};

export const goalsSchema: TableSchema<'goals'> = {
	name: 'goals',
	title: 'table.goals',
	columns: [
		id(),
		{ key: 'key', label: 'col.key', type: 'text', editable: false, required: true, hidden: true, width: 140 },
		{ key: 'name', label: 'col.name', type: 'text', editable: false, required: true, width: 300 },
		{ key: 'comparator', label: 'col.comparator', type: 'enum', values: COMPARATORS, enumName: 'comparator', editable: false, required: true, width: 100 },
		{ key: 'target', label: 'col.target', type: 'number', editable: true, required: true, min: 0, max: 100000, width: 105 },
		{ key: 'basis', label: 'col.basis', type: 'enum', values: BASES, enumName: 'basis', editable: false, required: true, width: 170 },
		{ key: 'basisCount', label: 'col.basisCount', type: 'int', min: 0, max: 100000, editable: true, width: 140 },
		{ key: 'statedSharePct', label: 'col.statedSharePct', type: 'number', min: 0, max: 100, editable: false, width: 150 },
		{ key: 'baseline', label: 'col.baseline', type: 'number', editable: true, width: 130 },
		{ key: 'baselineNote', label: 'col.baselineNote', type: 'longtext', editable: true, width: 220 },
		deadline,
		planSection,
		notes,
		updatedAt,
		version
	],
	rowLabel: (r) => r.name
};

export const indicatorsSchema: TableSchema<'indicators'> = {
	name: 'indicators',
	title: 'table.indicators',
	columns: [
		id(),
		{ key: 'name', label: 'col.name', type: 'longtext', editable: false, required: true, width: 360 },
		{ key: 'unit', label: 'col.unit', type: 'text', editable: false, width: 110 },
		{ key: 'baseline', label: 'col.baseline', type: 'text', editable: true, width: 100 },
		{ key: 'target', label: 'col.target', type: 'text', editable: true, width: 110 },
		{ key: 'actual', label: 'col.actual', type: 'text', editable: true, width: 110 },
		deadline,
		planSection,
		notes,
		updatedAt,
		version
	],
	rowLabel: (r) => r.name
};

export const schemas: { [T in TableName]: TableSchema<T> } = {
	districts: districtsSchema,
	communes: communesSchema,
	targets: targetsSchema,
	districtTargets: districtTargetsSchema,
	goals: goalsSchema,
	indicators: indicatorsSchema
};

/** Version of the table layout; raised whenever a column is added, removed or changes meaning. */
export const SCHEMA_VERSION = 1;

export function columnOf<T extends TableName>(table: T, key: string): Column<any> | undefined {
	return (schemas[table].columns as Column<any>[]).find((c) => c.key === key);
}
