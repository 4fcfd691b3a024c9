// District-level units (huyện / thị xã / thành phố) of 2024, with their official codes.
import { DISTRICT_KINDS, REGIONS } from '$lib/domain/enums';
import type { District, DistrictTarget, Recognition } from '$lib/domain/records';
import { RecognitionIndex } from '$lib/domain/recognitions';
import { untilOf } from '$lib/domain/filters';
import { defineTable, type ViewContext } from '../define';
import { HEADS } from '../heads';
import { dmy } from '$lib/domain/units-over-time';
import { unitsOf } from '../units';
import { id, version, updatedAt, enumOptions, isOneOf } from '../columns';

const indexOf = (ctx: ViewContext) => (ctx.prepared as RecognitionIndex | null) ?? new RecognitionIndex([]);

export const districts = defineTable<District>()({
	name: 'districts',
	...HEADS.districts,
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
	defaultSort: (a, b) => a.name.localeCompare(b.name, 'vi'),
	// Where each unit stands follows its recognitions (and district targets marked recognised).
	related: ['recognitions', 'districtTargets'],
	prepare: (related) => new RecognitionIndex((related.recognitions ?? []) as unknown as Recognition[], [], (related.districtTargets ?? []) as unknown as DistrictTarget[]),
	computed: (ctx) => [
		// When the unit existed and what it became (Nông Sơn into Quế Sơn; the level ends on 01/07/2025).
		{
			id: 'validity',
			header: ctx.t('col.validity'),
			width: 150,
			value: (d: District) => {
				const to = unitsOf(ctx).districtValidTo(d.id);
				return to ? ctx.t('units.until', { date: dmy(to) }) : ctx.t('units.still');
			}
		},
		{
			id: 'successor',
			header: ctx.t('col.successor'),
			width: 220,
			value: (d: District) => {
				const s = unitsOf(ctx).districtEnd(d.id);
				return !s ? '' : s.toId ? `${ctx.lookup.districtName(s.toId)} (${dmy(s.date)})` : `${ctx.t('units.cityParent')} (${dmy(s.date)})`;
			}
		},
		{
			id: 'recognised',
			header: ctx.t('col.unitRecognised'),
			width: 230,
			value: (d: District) => {
				const s = indexOf(ctx).district(d.id);
				if (!s) return '';
				const level = ctx.t(`enum.recognitionLevel.${s.level}`);
				return s.event.fromTarget
					? ctx.t('origin.unitFromTarget', { level, year: s.year ?? '' })
					: ctx.t('origin.unitRecognised', { level, year: s.year ? ` ${s.year}` : '', decision: s.event.decisionNo || ctx.t('origin.noDecision') });
			}
		}
	],
	filters: [
		{ param: 'region', label: 'col.region', options: enumOptions('region', REGIONS), test: isOneOf('region') },
		// The dashboard's drill-down: units recognised NTM / "hoàn thành nhiệm vụ" ("1") or nâng cao ("2") by the end of `until`.
		{ param: 'reached', label: 'col.unitRecognised', test: (d, v, ctx, s) => indexOf(ctx).districtRank(d.id, untilOf(s.until)) >= Math.min(...v.map(Number).filter((n) => n > 0), 9) },
		{ param: 'until', label: 'filter.year', test: () => true }
	],
	rowLabel: (r) => r.name,
});
