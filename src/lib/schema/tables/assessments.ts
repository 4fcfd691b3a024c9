// The criteria matrix: one row per commune, criteria set and assessment year; cell c<n> says
// whether criterion n is met ("Đạt"), not met ("Chưa đạt") or not assessed (empty). A commune's
// number of criteria met follows from its latest year with data (domain/criteria-matrix.ts).
import { CRITERION_STATES } from '$lib/domain/enums';
import type { Assessment, Criterion, CriteriaSet } from '$lib/domain/records';
import { CELL_KEYS, COUNT_SET, MAX_CRITERIA, cellCounts, missingCriteria } from '$lib/domain/criteria-matrix';
import { CRITERIA_GROUPS, inCriteria } from '$lib/domain/filters';
import { defineTable, type ViewContext } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, districtRef, districtOfCommune, isOneOf, districtOptions, yearOptions } from '../columns';
import type { Column } from '../types';
import type { DictKey } from '$lib/i18n/translate';

/** Cell c<n>: criterion n of the row's set. Pasted "x", "1", "✓" read as met, "0", "-" as not met. */
const cell = (n: number): Column<Assessment> => ({
	key: CELL_KEYS[n - 1],
	label: `col.tc${n}` as DictKey,
	type: 'enum',
	values: CRITERION_STATES,
	enumName: 'criterionState',
	editable: true,
	width: 74,
	aliases: [`tc${n}`, `tc ${n}`, `tc.${n}`, `tieu chi ${n}`, `tieu chi so ${n}`],
	enumAliases: { x: 'dat', '1': 'dat', '✓': 'dat', '✔': 'dat', v: 'dat', co: 'dat', '0': 'chua_dat', '-': 'chua_dat', khong: 'chua_dat', k: 'chua_dat' },
	tones: { dat: 'good', chua_dat: 'bad' }
});

interface Prepared {
	/** set id -> its criteria by number, and its size. */
	sets: Map<string, { size: number; names: Map<number, string> }>;
}
const prepared = (ctx: ViewContext): Prepared => (ctx.prepared as Prepared | undefined) ?? { sets: new Map() };
const sizeOf = (ctx: ViewContext, setId: string) => prepared(ctx).sets.get(setId)?.size ?? MAX_CRITERIA;

export const assessments = defineTable<Assessment>()({
	name: 'assessments',
	...HEADS.assessments,
	title: 'table.assessments',
	columns: [
		id(),
		districtRef({ pinned: true }),
		{ key: 'communeId', label: 'col.commune', type: 'ref', ref: 'communes', choice: 'programme', required: true, editable: true, width: 140, pinned: true, aliases: ['xa', 'ten xa', 'ten don vi', 'don vi'] },
		{ key: 'year', label: 'col.assessmentYear', type: 'year', required: true, editable: true, min: 2000, max: 2100, width: 90, aliases: ['nam', 'nam danh gia'] },
		{ key: 'setId', label: 'col.criteriaSet', type: 'ref', ref: 'criteriaSets', required: true, editable: true, width: 180, hidden: true, aliases: ['bo tieu chi'] },
		...Array.from({ length: MAX_CRITERIA }, (_, i) => cell(i + 1)),
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'dg' },
	naturalKey: ['communeId', 'setId', 'year'],
	unique: true,
	defaultSort: (a, b, l) =>
		b.year - a.year ||
		l.districtName(a.districtId).localeCompare(l.districtName(b.districtId), 'vi') ||
		l.communeName(a.communeId).localeCompare(l.communeName(b.communeId), 'vi') ||
		a.setId.localeCompare(b.setId),
	search: (r, l) => [l.districtName(r.districtId), l.communeName(r.communeId), r.year, l.refName('criteriaSets', r.setId), r.notes],
	related: ['criteria', 'criteriaSets'],
	prepare: (related): Prepared => {
		const sets: Prepared['sets'] = new Map();
		for (const s of (related.criteriaSets ?? []) as unknown as CriteriaSet[]) sets.set(s.id, { size: s.criteriaCount || MAX_CRITERIA, names: new Map() });
		for (const c of (related.criteria ?? []) as unknown as Criterion[]) sets.get(c.setId)?.names.set(c.number, c.name);
		return { sets };
	},
	filters: [
		{ param: 'year', label: 'col.assessmentYear', options: yearOptions(), test: isOneOf('year'), field: 'year' },
		{
			param: 'set',
			label: 'col.criteriaSet',
			options: (ctx) => ctx.lookup.refRows('criteriaSets').map((s) => ({ value: s.id, label: ctx.lookup.refName('criteriaSets', s.id) })),
			test: isOneOf('setId'),
			field: 'setId'
		},
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId') },
		{
			param: 'missing',
			label: 'filter.missingCriterion',
			options: (ctx) => Array.from({ length: MAX_CRITERIA }, (_, i) => ({ value: String(i + 1), label: ctx.t('filter.missingCriterionN', { n: i + 1 }) })),
			test: (r, v, ctx) => missingCriteria(r, sizeOf(ctx, r.setId)).some((n) => v.includes(String(n)))
		},
		{
			param: 'criteria',
			label: 'col.criteriaMet',
			options: (ctx) => CRITERIA_GROUPS.map((g) => ({ value: g, label: ctx.t(`criteria.${g}`) })),
			test: (r, v, ctx) => {
				const c = cellCounts(r, sizeOf(ctx, r.setId));
				return inCriteria(c.assessed ? c.met : null, v);
			}
		},
		{ param: 'commune', label: 'col.commune', test: isOneOf('communeId') }
	],
	computed: (ctx) => [
		{
			id: 'met',
			header: ctx.t('col.criteriaMetOf'),
			width: 110,
			value: (r: Assessment) => {
				const size = sizeOf(ctx, r.setId);
				const c = cellCounts(r, size);
				return c.assessed ? ctx.t('matrix.metOf', { met: c.met, size, assessed: c.assessed }) : ctx.t('matrix.noData');
			}
		},
		{
			id: 'missing',
			header: ctx.t('col.criteriaMissing'),
			width: 260,
			value: (r: Assessment) => {
				const names = prepared(ctx).sets.get(r.setId)?.names;
				return missingCriteria(r, sizeOf(ctx, r.setId))
					.map((n) => (names?.get(n) ? `${n}. ${names.get(n)}` : `TC${n}`))
					.join('; ');
			}
		}
	],
	// The names of the criteria over TC1…TC19: of the set the rows are in (the counting set when mixed).
	headerTips: (ctx) => {
		const sets = new Set(ctx.rows.map((r) => String(r.setId)));
		const set = prepared(ctx).sets.get(sets.size === 1 ? [...sets][0] : COUNT_SET);
		return Object.fromEntries([...(set?.names ?? [])].map(([n, name]) => [CELL_KEYS[n - 1], name]));
	},
	rowLabel: (r, l) => `${l.communeName(r.communeId) || '?'} / ${r.year}`,
	add: { fields: ['communeId', 'year', 'setId'], label: 'action.addAssessment' },
	canDelete: true,
	derive: districtOfCommune,
	blank: () => ({
		communeId: '',
		districtId: '',
		setId: COUNT_SET,
		year: new Date().getFullYear(),
		notes: '',
		...(Object.fromEntries(CELL_KEYS.map((k) => [k, null])) as Record<(typeof CELL_KEYS)[number], null>)
	}),
});
