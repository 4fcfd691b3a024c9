// Successions of units: which unit a unit became, from which day, by which resolution (the
// 01/01/2025 mergers, the 01/07/2025 units of TP Đà Nẵng, the end of the district level). The
// validity of every unit and every "under its successor" view follow from these rows.
import { SUCCESSION_KINDS, SUCCESSION_LEVELS, dmy, type Succession } from '$lib/domain/units-over-time';
import { tvi } from '$lib/i18n/translate';
import { defineTable } from '../define';
import { HEADS } from '../heads';
import { id, version, updatedAt, notes, enumOptions, isOneOf } from '../columns';

const unitName = (level: string, id: string | null, l: { communeName: (x: string) => string; districtName: (x: string) => string }) =>
	!id ? '' : level === 'district' ? l.districtName(id) : l.communeName(id);

export const successions = defineTable<Succession>()({
	name: 'successions',
	...HEADS.successions,
	title: 'table.successions',
	columns: [
		id(),
		{ key: 'date', label: 'col.effectiveFrom', type: 'date', required: true, editable: true, width: 120, aliases: ['hieu luc', 'tu ngay', 'ngay hieu luc'] },
		{ key: 'level', label: 'col.unitScope', type: 'enum', values: SUCCESSION_LEVELS, enumName: 'successionLevel', required: true, editable: true, width: 110, aliases: ['cap'] },
		{ key: 'fromId', label: 'col.fromUnit', type: 'text', required: true, editable: true, width: 110, maxLength: 20, aliases: ['ma don vi cu', 'don vi cu'] },
		{ key: 'kind', label: 'col.successionKind', type: 'enum', values: SUCCESSION_KINDS, enumName: 'successionKind', required: true, editable: true, width: 170, aliases: ['hinh thuc', 'sap xep'] },
		{ key: 'toId', label: 'col.toUnit', type: 'text', editable: true, width: 110, maxLength: 20, aliases: ['ma don vi moi', 'don vi moi'] },
		{ key: 'basis', label: 'col.legalBasis', type: 'text', editable: true, width: 240, maxLength: 300, aliases: ['can cu', 'nghi quyet'] },
		{ key: 'clause', label: 'col.clause', type: 'text', editable: true, width: 150, maxLength: 100, aliases: ['dieu khoan'] },
		notes,
		updatedAt,
		version
	],
	id: { kind: 'generated', prefix: 'kt' },
	naturalKey: ['level', 'fromId', 'date'],
	unique: true,
	defaultSort: (a, b) => a.date.localeCompare(b.date) || a.level.localeCompare(b.level) || a.fromId.localeCompare(b.fromId),
	search: (r, l) => [r.fromId, r.toId, unitName(r.level, r.fromId, l), unitName(r.level, r.toId, l), r.basis, r.clause, dmy(r.date), { enum: 'successionKind', code: r.kind }, r.notes],
	filters: [
		{ param: 'date', label: 'col.effectiveFrom', options: (ctx) => [...new Set(ctx.rows.map((r) => String(r.date)))].sort().map((d) => ({ value: d, label: dmy(d) })), test: isOneOf('date') },
		{ param: 'level', label: 'col.unitScope', options: enumOptions('successionLevel', SUCCESSION_LEVELS), test: isOneOf('level'), field: 'level' },
		{ param: 'kind', label: 'col.successionKind', options: enumOptions('successionKind', SUCCESSION_KINDS), test: isOneOf('kind') }
	],
	computed: (ctx) => [
		{ id: 'fromName', header: ctx.t('col.fromUnitName'), width: 150, value: (r: Succession) => unitName(r.level, r.fromId, ctx.lookup) },
		{ id: 'toName', header: ctx.t('col.toUnitName'), width: 150, value: (r: Succession) => (r.toId ? unitName(r.level, r.toId, ctx.lookup) : r.level === 'district' ? ctx.t('units.cityParent') : '') }
	],
	// Both ends must be units of the dataset, at the row's level; only a district level can end.
	check: (r, l) => {
		const known = (x: string) => (r.level === 'district' ? l.districtById.has(x) : l.communeById.has(x));
		if (!known(r.fromId)) return { column: 'fromId', error: { key: 'err.unit.unknown', params: { value: r.fromId } } };
		if (r.kind === 'abolished') {
			if (r.level !== 'district') return { column: 'kind', error: { key: 'err.unit.onlyDistrictsEnd', params: { value: tvi('enum.successionKind.abolished') } } };
			return r.toId ? { column: 'toId', error: { key: 'err.unit.endHasNoSuccessor', params: { value: r.toId } } } : null;
		}
		if (!r.toId) return { column: 'toId', error: { key: 'err.unit.noSuccessor', params: { value: r.fromId } } };
		if (!known(r.toId)) return { column: 'toId', error: { key: 'err.unit.unknown', params: { value: r.toId } } };
		if (r.toId === r.fromId) return { column: 'toId', error: { key: 'err.unit.self', params: { value: r.toId } } };
		return null;
	},
	rowLabel: (r, l) => `${unitName(r.level, r.fromId, l) || r.fromId} → ${unitName(r.level, r.toId, l) || r.toId || '—'} (${dmy(r.date)})`,
	add: { fields: ['date', 'level', 'fromId', 'kind', 'toId', 'basis'], label: 'action.addSuccession' },
	canDelete: true,
	blank: () => ({ date: '', level: 'commune', fromId: '', toId: null, kind: 'merged', basis: '', clause: '', notes: '' }),
});
