// Commune targets of the plan (sections II.1-3): a commune, a level, a year, an action.
import { ACTIONS, LEVELS, LEVEL_RANK, STATUSES, type Level } from '$lib/domain/enums';
import type { Assessment, Recognition, Target } from '$lib/domain/records';
import { latestCounts } from '$lib/domain/criteria-matrix';
import { tvi } from '$lib/i18n/translate';
import { defineTable, type Derived } from '../define';
import { HEADS } from '../heads';
import { MAP_2024 } from '$lib/domain/units-over-time';
import { unitsOf, asOfOf } from '../units';
import { id, version, updatedAt, notes, status, deadline, decisionNo, decisionDate, planSection, districtRef, isOneOf, enumOptions, districtOptions, yearOptions, districtOfCommune } from '../columns';

export const targets = defineTable<Target>()({
	name: 'targets',
	...HEADS.targets,
	title: 'table.targets',
	columns: [
		id(),
		districtRef({ aliases: ['huyen', 'huyen thi xa thanh pho', 'huyen thi xa tp', 'huyen tx tp', 'huyen thi xa', 'don vi cap huyen', 'ten huyen', 'ten huyen thi xa thanh pho', 'ten don vi cap huyen'], pinned: true }),
		// Only a commune (xã) of the programme can have a commune-level target: the communes table's
		// 'programme' choice says which rows may be chosen, and why another may not.
		{ key: 'communeId', label: 'col.commune', type: 'ref', ref: 'communes', choice: 'programme', required: true, editable: true, width: 140, aliases: ['xa', 'ten xa', 'ten don vi', 'xa phuong thi tran', 'ten xa phuong thi tran', 'don vi cap xa', 'ten don vi cap xa', 'ten xa phan dau'], pinned: true },
		{ key: 'level', label: 'col.level', type: 'enum', values: LEVELS, enumName: 'level', required: true, editable: true, width: 130, aliases: ['cap', 'loai', 'muc tieu', 'cap do dat chuan', 'muc dat chuan', 'muc do dat chuan', 'cap dat chuan', 'muc do', 'muc phan dau', 'muc tieu dat chuan', 'muc tieu phan dau', 'cap do phan dau'] },
		{ key: 'year', label: 'col.year', type: 'year', required: true, editable: true, min: 2000, max: 2100, width: 95, aliases: ['nam', 'nam dat chuan', 'nam phan dau', 'nam phan dau dat chuan', 'nam du kien dat chuan', 'nam du kien'] },
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
	id: { kind: 'generated', prefix: 't' },
	naturalKey: ['communeId', 'level', 'year'],
	unique: true,
	// As the plan reads: year, level, district, commune.
	defaultSort: (a, b, lookup) =>
		a.year - b.year ||
		LEVEL_RANK[a.level as Level] - LEVEL_RANK[b.level as Level] ||
		lookup.compareNames(lookup.districtName(a.districtId), lookup.districtName(b.districtId)) ||
		lookup.compareNames(lookup.communeName(a.communeId), lookup.communeName(b.communeId)) ||
		a.id.localeCompare(b.id),
	// The same order as numbers: year, level, then the district's and the commune's places among the unit names.
	sortKey: (r, lookup) => {
		const n = lookup.nameCount();
		const level = LEVEL_RANK[r.level as Level];
		if (!Number.isInteger(r.year) || level === undefined) return NaN;
		return ((r.year * 16 + level) * n + lookup.nameRank(lookup.districtName(r.districtId))) * n + lookup.nameRank(lookup.communeName(r.communeId));
	},
	search: (r, l) => [
		l.districtName(r.districtId),
		l.communeName(r.communeId),
		r.planName,
		{ enum: 'level', code: r.level },
		{ enum: 'status', code: r.status },
		{ enum: 'action', code: r.action },
		r.year,
		r.responsible,
		r.decisionNo,
		r.notes
	],
	filters: [
		{ param: 'year', label: 'filter.year', options: yearOptions(), test: isOneOf('year'), field: 'year' },
		{ param: 'level', label: 'filter.level', options: enumOptions('level', LEVELS), test: isOneOf('level'), field: 'level' },
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId') },
		{ param: 'status', label: 'filter.status', options: enumOptions('status', STATUSES), test: isOneOf('status'), field: 'status' },
		{ param: 'action', label: 'col.action', test: isOneOf('action') },
		{ param: 'commune', label: 'col.commune', test: isOneOf('communeId') },
		// On a later map: the targets rolled up into a unit of that map (its own and its predecessors').
		{
			param: 'unit',
			label: 'col.unitAsOf',
			options: (ctx) =>
				asOfOf(ctx) <= MAP_2024
					? []
					: unitsOf(ctx)
							.unitsAt(asOfOf(ctx))
							.filter((c) => c.kind === 'xa' || c.kind === 'phuong')
							.sort((a, b) => a.name.localeCompare(b.name, 'vi'))
							.map((c) => ({ value: c.id, label: c.name })),
			test: (r, v, ctx) => v.includes(unitsOf(ctx).successorAt(r.communeId, asOfOf(ctx)) ?? r.communeId)
		}
	],
	// On a later map a target shows under the unit its commune became ("trước đây: …"); the row keeps its commune.
	computed: (ctx) => {
		const date = asOfOf(ctx);
		if (date <= MAP_2024) return [];
		const map = unitsOf(ctx);
		return [
			{
				id: 'unitAsOf',
				header: ctx.t('col.unitAsOfDate', { date: date.split('-').reverse().join('/') }),
				width: 230,
				after: 'communeId',
				value: (r: Target) => {
					const to = map.successorAt(r.communeId, date);
					if (!to || to === r.communeId) return ctx.lookup.communeName(r.communeId);
					return ctx.t('units.formerly', { unit: ctx.lookup.communeName(to), former: ctx.lookup.communeName(r.communeId) });
				}
			}
		];
	},
	rowLabel: (r, lookup) => `${lookup.communeName(r.communeId) || '?'} / ${tvi(`enum.level.${r.level}`)} ${r.year}`,
	add: { fields: ['communeId', 'level', 'year'], label: 'action.addTarget', fill: (r) => ({ deadline: r.deadline ?? String(r.year) }) },
	canDelete: true,
	derive: districtOfCommune,
	// The commune's number of criteria met follows the criteria matrix where it has data; the
	// decision of a recognised target is its recognition's (the register of recognitions).
	overlay: {
		from: ['assessments', 'recognitions'],
		fields: ['criteriaMet', 'decisionNo', 'decisionDate'],
		build: (rows, t) => {
			const counts = latestCounts(t.assessments as unknown as Assessment[]);
			// By commune, then level (no key text made per row: 63,600 rows, most with nothing derived).
			const recognised = new Map<string, Map<string, Recognition>>();
			for (const r of t.recognitions as unknown as Recognition[])
				if (r.kind === 'recognised' && r.scope === 'commune') {
					let byLevel = recognised.get(r.communeId);
					if (!byLevel) recognised.set(r.communeId, (byLevel = new Map()));
					byLevel.set(r.level, r);
				}
			const out = new Map<string, Record<string, Derived>>();
			if (!counts.size && !recognised.size) return out;
			for (const r of rows as unknown as Target[]) {
				const m = counts.get(r.communeId);
				const rec = recognised.get(r.communeId)?.get(r.level);
				if (!m && !rec) continue;
				const e: Record<string, Derived> = {};
				if (m) e.criteriaMet = { value: m.met, origin: { key: 'origin.matrix', params: { year: m.year, assessed: m.assessed, size: m.size } } };
				if (rec) {
					const origin: Derived['origin'] = rec.decisionNo
						? { key: 'origin.recognition', params: { decision: rec.decisionNo, year: rec.year ?? '—' } }
						: { key: 'origin.recognitionNoDecision', params: { year: rec.year ?? '—' } };
					e.decisionNo = { value: rec.decisionNo, origin };
					e.decisionDate = { value: rec.decisionDate, origin };
				}
				out.set(r.id, e);
			}
			return out;
		},
		entered: { criteriaMet: { key: 'origin.entered' } }
	},
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
});
