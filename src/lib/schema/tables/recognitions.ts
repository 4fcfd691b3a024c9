// Recognitions: one record per decision recognising a commune or a district-level unit at a level
// (or a review's finding that a level is no longer maintained, Điều 29 QĐ 3387/QĐ-UBND). A unit's
// recognised level and year are derived from these (domain/recognitions.ts), never typed twice.
import { RECOGNITION_KINDS, RECOGNITION_LEVELS, UNIT_SCOPES, type RecognitionLevel } from '$lib/domain/enums';
import type { Recognition } from '$lib/domain/records';
import { COMMUNE_RANK, DISTRICT_RANK } from '$lib/domain/recognitions';
import { tvi } from '$lib/i18n/translate';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, decisionNo, decisionDate, districtRef, isOneOf, enumOptions, districtOptions, yearOptions } from '../columns';

export const recognitions = defineTable<Recognition>()({
	name: 'recognitions',
	...HEADS.recognitions,
	title: 'table.recognitions',
	columns: [
		id(),
		{ key: 'scope', label: 'col.unitScope', type: 'enum', values: UNIT_SCOPES, enumName: 'unitScope', required: true, editable: false, width: 100, aliases: ['cap don vi'] },
		districtRef({ required: true, editable: true, pinned: true, aliases: ['huyen', 'ten huyen', 'huyen thi xa thanh pho', 'huyen thi xa tp', 'don vi cap huyen'] }),
		// Empty for a district-level unit's own recognition.
		{ key: 'communeId', label: 'col.commune', type: 'ref', ref: 'communes', choice: 'programme', editable: true, width: 140, pinned: true, aliases: ['xa', 'ten xa', 'ten don vi', 'ten xa dat chuan'] },
		{ key: 'level', label: 'col.recognitionLevel', type: 'enum', values: RECOGNITION_LEVELS, enumName: 'recognitionLevel', required: true, editable: true, width: 170, aliases: ['cap', 'muc dat chuan', 'cap do', 'loai', 'muc do dat chuan', 'cap dat chuan'] },
		{ key: 'kind', label: 'col.recognitionKind', type: 'enum', values: RECOGNITION_KINDS, enumName: 'recognitionKind', required: true, editable: true, width: 170, aliases: ['ket qua', 'hinh thuc'] },
		{ key: 'year', label: 'col.standardYear', type: 'year', min: 2000, max: 2100, editable: true, width: 100, aliases: ['nam', 'nam dat chuan', 'nam cong nhan'] },
		decisionNo,
		decisionDate,
		{ key: 'issuer', label: 'col.issuer', type: 'text', editable: true, width: 150, maxLength: 200, aliases: ['co quan', 'cap cong nhan', 'co quan cong nhan'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'cn' },
	naturalKey: ['districtId', 'communeId', 'level', 'kind', 'year'],
	unique: true,
	defaultSort: (a, b, l) =>
		(a.year ?? 0) - (b.year ?? 0) ||
		l.districtName(a.districtId).localeCompare(l.districtName(b.districtId), 'vi') ||
		l.communeName(a.communeId).localeCompare(l.communeName(b.communeId), 'vi') ||
		a.level.localeCompare(b.level),
	search: (r, l) => [
		l.districtName(r.districtId),
		l.communeName(r.communeId),
		{ enum: 'recognitionLevel', code: r.level },
		{ enum: 'recognitionKind', code: r.kind },
		r.year,
		r.decisionNo,
		r.issuer,
		r.notes
	],
	filters: [
		{ param: 'scope', label: 'col.unitScope', options: enumOptions('unitScope', UNIT_SCOPES), test: isOneOf('scope') },
		{ param: 'level', label: 'col.recognitionLevel', options: enumOptions('recognitionLevel', RECOGNITION_LEVELS), test: isOneOf('level'), field: 'level' },
		{ param: 'year', label: 'col.standardYear', options: (ctx) => [{ value: 'none', label: ctx.t('filter.yearUnknown') }, ...yearOptions()(ctx)], test: (r, v) => v.includes(r.year == null ? 'none' : String(r.year)) },
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId') },
		{ param: 'kind', label: 'col.recognitionKind', options: enumOptions('recognitionKind', RECOGNITION_KINDS), test: isOneOf('kind'), field: 'kind' },
		{
			param: 'decision',
			label: 'col.decisionNo',
			options: (ctx) => [
				{ value: 'missing', label: ctx.t('filter.decisionMissing') },
				{ value: 'given', label: ctx.t('filter.decisionGiven') }
			],
			test: (r, v) => v.includes(r.decisionNo.trim() ? 'given' : 'missing')
		},
		{ param: 'commune', label: 'col.commune', test: isOneOf('communeId') }
	],
	rowLabel: (r, l) =>
		`${r.communeId ? l.communeName(r.communeId) || '?' : l.districtName(r.districtId) || '?'} / ${tvi(`enum.recognitionLevel.${r.level}`)}${r.year ? ` ${r.year}` : ''}`,
	add: { fields: ['districtId', 'communeId', 'level', 'year', 'decisionNo', 'decisionDate'], label: 'action.addRecognition' },
	canDelete: true,
	// The unit is the commune when one is given, else the district; a commune's district follows it.
	derive: (r, lookup) => {
		const c = r.communeId ? lookup.communeById.get(r.communeId) : undefined;
		return c ? { scope: 'commune', districtId: c.districtId } : { scope: r.communeId ? r.scope : 'district' };
	},
	// A level the unit's kind cannot have: "hoàn thành nhiệm vụ" is a district-level unit's, "kiểu mẫu" a commune's here.
	check: (r) => {
		const ranks: Partial<Record<RecognitionLevel, number>> = r.communeId ? COMMUNE_RANK : DISTRICT_RANK;
		if (ranks[r.level]) return null;
		return {
			column: 'level',
			error: { key: r.communeId ? 'err.recognition.communeLevel' : 'err.recognition.districtLevel', params: { level: tvi(`enum.recognitionLevel.${r.level}`) } }
		};
	},
	blank: () => ({ scope: 'commune', communeId: '', districtId: '', level: 'ntm', kind: 'recognised', year: null, decisionNo: '', decisionDate: null, issuer: '', notes: '' }),
});
