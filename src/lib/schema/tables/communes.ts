// Commune-level units (xã / phường / thị trấn) with their official codes and NTM standing.
import { COMMUNE_KINDS, LEVELS, LEVEL_RANK, REGIONS, type Level } from '$lib/domain/enums';
import type { Assessment, Commune, Recognition, Target } from '$lib/domain/records';
import { CRITERIA_GROUPS, inCriteria, reachedAtLeast, untilOf, type CommunePlan } from '$lib/domain/filters';
import { RecognitionIndex } from '$lib/domain/recognitions';
import { latestCounts } from '$lib/domain/criteria-matrix';
import { communesWithModel, type AssociationModel } from '$lib/domain/association';
import { tvi } from '$lib/i18n/translate';
import { dmy, MAP_2024 } from '$lib/domain/units-over-time';
import { defineTable, type Derived, type ViewContext } from '../define';
import { HEADS } from '../heads';
import { unitsOf, asOfOf } from '../units';
import { id, version, updatedAt, notes, districtRef, isOneOf, enumOptions, districtOptions, yearOptions } from '../columns';

/** commune id -> the plan's targets of that commune (year, level, status). */
export type CommunePlans = Map<string, CommunePlan>;
interface Prepared {
	plans: CommunePlans;
	/** Communes where the association runs at least one model (III.3). */
	withModel: Set<string>;
	/** Recognitions as events (a commune's level by the end of a year). */
	index: RecognitionIndex;
}
const prepared = (ctx: ViewContext): Prepared =>
	(ctx.prepared as Prepared | undefined) ?? { plans: new Map(), withModel: new Set(), index: new RecognitionIndex([]) };
const plansOf = (ctx: ViewContext): CommunePlans => prepared(ctx).plans;
const has = (sel: string[] | undefined, v: unknown) => !sel?.length || sel.includes(String(v));
/** Targeted in the chosen years at the chosen levels (the `year` and `target` keys act together). */
const targeted = (c: Commune, ctx: ViewContext, state: Record<string, string[]>) =>
	(plansOf(ctx).get(c.id) ?? []).some((p) => has(state.year, p.year) && has(state.target, p.level));

export const communes = defineTable<Commune>()({
	name: 'communes',
	...HEADS.communes,
	title: 'table.communes',
	columns: [
		{ ...id(['ma xa', 'ma don vi']), hidden: false, width: 105 },
		districtRef({ required: true, pinned: true, aliases: ['huyen', 'ten huyen', 'huyen thi xa thanh pho', 'huyen thi xa tp', 'huyen tx tp', 'huyen thi xa', 'don vi cap huyen'] }),
		{ key: 'name', label: 'col.commune', type: 'text', editable: false, required: true, width: 140, aliases: ['xa', 'ten xa', 'ten don vi', 'xa phuong thi tran', 'ten xa phuong thi tran', 'don vi cap xa'], pinned: true },
		{ key: 'kind', label: 'col.kind', type: 'enum', values: COMMUNE_KINDS, enumName: 'communeKind', editable: false, required: true, width: 90, aliases: ['loai', 'cap'] },
		{ key: 'region', label: 'col.region', type: 'enum', values: REGIONS, enumName: 'region', editable: false, required: true, width: 110, aliases: ['vung', 'khu vuc'] },
		{ key: 'inProgramme', label: 'col.inProgramme', type: 'bool', editable: true, width: 120, aliases: ['trong chuong trinh', 'thuoc chuong trinh'] },
		// Derived from the recognitions (the overlay below): entered there, once, with the decision.
		{ key: 'recognisedLevel', label: 'col.recognisedLevel', type: 'enum', values: LEVELS, enumName: 'level', editable: false, width: 140, aliases: ['cap dat chuan', 'da dat chuan', 'muc dat chuan', 'muc da dat chuan', 'cap do da dat chuan'] },
		{ key: 'recognisedYear', label: 'col.recognisedYear', type: 'year', min: 2000, max: 2100, editable: false, width: 110, aliases: ['nam dat chuan', 'nam cong nhan'] },
		{ key: 'criteriaMet', label: 'col.criteriaMet', type: 'int', min: 0, max: 19, editable: true, width: 110, aliases: ['so tieu chi', 'so tieu chi dat'] },
		{ key: 'hamletsTotal', label: 'col.hamletsTotal', type: 'int', min: 0, max: 500, editable: true, width: 100, aliases: ['so thon', 'tong so thon'] },
		{ key: 'modelHamlets', label: 'col.modelHamlets', type: 'int', min: 0, max: 500, editable: true, width: 120, aliases: ['thon kieu mau', 'so thon kieu mau', 'thon ntm kieu mau'] },
		{ key: 'note2025', label: 'col.note2025', type: 'longtext', editable: false, width: 200, aliases: ['sap nhap'] },
		// A unit formed by a reform starts on this day; every unit's last day follows from the successions.
		{ key: 'validFrom', label: 'col.validFrom', type: 'date', editable: false, width: 120, aliases: ['hieu luc tu', 'thanh lap tu'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'official', prefix: 'c' },
	// Tam Hải of 2024 and Tam Hải of 01/07/2025 share a name and a former district: the start day tells them apart.
	naturalKey: ['districtId', 'name', 'validFrom'],
	naturalKeyOptional: ['validFrom'],
	unique: true,
	defaultSort: (a, b, lookup) =>
		lookup.compareNames(lookup.districtName(a.districtId), lookup.districtName(b.districtId)) || lookup.compareNames(a.name, b.name),
	search: (r, l) => [
		r.id,
		r.name,
		l.districtName(r.districtId),
		{ enum: 'communeKind', code: r.kind },
		{ enum: 'region', code: r.region },
		{ enum: 'level', code: r.recognisedLevel },
		r.note2025,
		r.notes
	],
	related: ['targets', 'models', 'recognitions'],
	// The units of the map in view (the 2024 units for the 2021-2025 plan; see the map switch).
	inView: (c, ctx) => unitsOf(ctx).validAt(c, asOfOf(ctx)),
	prepare: (related): Prepared => {
		const m: CommunePlans = new Map();
		for (const x of (related.targets ?? []) as unknown as Target[]) {
			const list = m.get(x.communeId) ?? [];
			list.push({ year: x.year, level: x.level, status: x.status });
			m.set(x.communeId, list);
		}
		return {
			plans: m,
			withModel: communesWithModel((related.models ?? []) as unknown as AssociationModel[]),
			index: new RecognitionIndex((related.recognitions ?? []) as unknown as Recognition[], (related.targets ?? []) as unknown as Target[])
		};
	},
	// The recognised level and year follow the recognitions (a target marked recognised without a
	// record counts too, said so); the number of criteria met follows the criteria matrix where it
	// has data, else the entered count stands and says so.
	overlay: {
		from: ['recognitions', 'targets', 'assessments'],
		fields: ['recognisedLevel', 'recognisedYear', 'criteriaMet'],
		build: (rows, t) => {
			const index = new RecognitionIndex(t.recognitions as unknown as Recognition[], t.targets as unknown as Target[]);
			const counts = latestCounts(t.assessments as unknown as Assessment[]);
			const out = new Map<string, Record<string, Derived>>();
			for (const c of rows as unknown as Commune[]) {
				const s = index.commune(c.id);
				const origin: Derived['origin'] = !s
					? { key: 'origin.noRecognition' }
					: s.event.fromTarget
						? { key: 'origin.target', params: { year: s.year ?? '' } }
						: s.event.decisionNo
							? { key: 'origin.recognition', params: { decision: s.event.decisionNo, year: s.year ?? '—' } }
							: { key: 'origin.recognitionNoDecision', params: { year: s.year ?? '—' } };
				const e: Record<string, Derived> = { recognisedLevel: { value: s?.level ?? null, origin }, recognisedYear: { value: s?.year ?? null, origin } };
				const m = counts.get(c.id);
				if (m) e.criteriaMet = { value: m.met, origin: { key: 'origin.matrix', params: { year: m.year, assessed: m.assessed, size: m.size } } };
				out.set(c.id, e);
			}
			return out;
		},
		entered: { criteriaMet: { key: 'origin.entered' } }
	},
	filters: [
		{ param: 'year', label: 'filter.year', options: yearOptions('year', 'targets'), test: (c, _v, ctx, s) => targeted(c, ctx, s) },
		{ param: 'target', label: 'filter.level', options: enumOptions('level', LEVELS), test: (c, _v, ctx, s) => targeted(c, ctx, s) },
		{ param: 'district', label: 'filter.district', options: districtOptions, test: isOneOf('districtId') },
		{ param: 'kind', label: 'filter.kind', options: enumOptions('communeKind', COMMUNE_KINDS), test: isOneOf('kind') },
		{ param: 'region', label: 'col.region', test: isOneOf('region') },
		{
			param: 'level',
			label: 'col.recognisedLevel',
			options: (ctx) => [{ value: 'none', label: '—' }, ...enumOptions('level', LEVELS)(ctx)],
			test: (c, v) => v.includes(c.recognisedLevel ?? 'none')
		},
		{
			param: 'criteria',
			label: 'col.criteriaMet',
			options: (ctx) => CRITERIA_GROUPS.map((g) => ({ value: g, label: ctx.t(`criteria.${g}`) })),
			test: (c, v) => inCriteria(c.criteriaMet, v)
		},
		{
			param: 'programme',
			label: 'col.inProgramme',
			options: (ctx) => [{ value: '1', label: ctx.t('filter.inProgramme') }],
			test: (c, v) => !v.includes('1') || c.inProgramme
		},
		// The dashboard's drill-down: reached at least a level (by the end of `until`).
		{ param: 'reached', label: 'col.recognisedLevel', test: (c, v, ctx, s) => reachedAtLeast(prepared(ctx).index.communeRank(c.id, untilOf(s.until)), v) },
		{ param: 'until', label: 'filter.year', test: () => true },
		// Every unit of every time, not only those of the map in view.
		{ param: 'map', label: 'filter.map', options: (ctx) => [{ value: 'all', label: ctx.t('filter.allTimes') }], test: () => true },
		// The association's goal of III.3: "1" has a model it runs, "0" has none.
		{
			param: 'model',
			label: 'col.hasModel',
			options: (ctx) => [
				{ value: '1', label: ctx.t('filter.hasModel') },
				{ value: '0', label: ctx.t('filter.noModel') }
			],
			test: (c, v, ctx) => v.includes(prepared(ctx).withModel.has(c.id) ? '1' : '0')
		}
	],
	// One read-only column per plan year: the highest level the commune targets that year.
	computed: (ctx) => {
		const plans = plansOf(ctx);
		const years = yearOptions('year', 'targets')(ctx).map((o) => Number(o.value));
		return [...unitColumns(ctx), ...years.map((y) => ({
			id: `year_${y}`,
			header: ctx.t('col.yearTarget', { year: y }),
			width: 140,
			value: (c: Commune) => {
				const ls = (plans.get(c.id) ?? []).filter((p) => p.year === y).map((p) => p.level as Level);
				if (!ls.length) return '';
				const top = ls.sort((a, b) => LEVEL_RANK[b] - LEVEL_RANK[a])[0];
				return ctx.t(`enum.level.${top}`);
			}
		}))];
	},
	rowLabel: (r, lookup) => lookup.communeLabel(r),
	choices: {
		// A commune-level target is for a commune (xã) of the NTM programme.
		programme: (c) =>
			c.kind !== 'xa'
				? { key: 'err.ref.notCommune', params: { name: c.name, kind: tvi(`enum.communeKind.${c.kind}`) } }
				: !c.inProgramme
					? { key: 'err.ref.outsideProgramme', params: { name: c.name, kind: '' } }
					: null
	},
});

/**
 * Columns of the map over time: when the unit existed and what it became; for a unit formed by a
 * reform, the units it was formed from (their recognised level shown as context: a new unit's own
 * standing is a recognition of its own, never inferred) and the plan's targets rolled up into it.
 */
function unitColumns(ctx: ViewContext) {
	const map = unitsOf(ctx);
	const date = asOfOf(ctx);
	const name = (id: string) => ctx.lookup.communeName(id);
	const levelOf = (id: string) => {
		const s = prepared(ctx).index.commune(id);
		return s ? ctx.t(`enum.level.${s.level}` as never) : '';
	};
	const cols = [
		{
			id: 'validity',
			header: ctx.t('col.validity'),
			width: 190,
			value: (c: Commune) => {
				const to = map.validTo(c.id);
				const from = c.validFrom;
				return from && to ? `${dmy(from)} – ${dmy(to)}` : from ? ctx.t('units.from', { date: dmy(from) }) : to ? ctx.t('units.until', { date: dmy(to) }) : ctx.t('units.still');
			}
		},
		{
			id: 'successor',
			header: ctx.t('col.successor'),
			width: 170,
			value: (c: Commune) => {
				const s = map.endOf(c.id);
				return s?.toId ? `${name(s.toId)} (${dmy(s.date)})` : '';
			}
		}
	];
	if (date <= MAP_2024) return cols;
	// The unit above it on that day: its district (Nông Sơn's communes under Quế Sơn from 01/01/2025),
	// or the city once the district level has ended.
	cols.push({
		id: 'parentAsOf',
		header: ctx.t('col.parentAsOf', { date: dmy(date) }),
		width: 170,
		value: (c: Commune) => {
			const d = map.districtAt(c.districtId, date);
			return d ? ctx.lookup.districtName(d) : ctx.t('units.cityParent');
		}
	});
	const targets = (ctx.related.targets ?? []) as unknown as Target[];
	const rolled = map.rollUp(targets, (t) => t.communeId, date);
	return [
		...cols,
		{
			id: 'predecessors',
			header: ctx.t('col.predecessors'),
			width: 320,
			after: 'id',
			value: (c: Commune) =>
				map
					.roots(c.id)
					.filter((p) => p !== c.id)
					.map((p) => {
						const l = levelOf(p);
						return l ? `${name(p)} (${l})` : name(p);
					})
					.join('; ')
		},
		{
			id: 'rolledTargets',
			header: ctx.t('col.rolledTargets'),
			width: 150,
			value: (c: Commune) => {
				const list = rolled.get(c.id) ?? [];
				return list.length ? String(list.length) : '';
			}
		}
	];
}
