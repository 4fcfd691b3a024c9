// Commune targets (sections II.1-3): one per commune named in a list of the plan.
import { base, need, resolvedPlanLists } from './common.mjs';

export const file = 'targets.json';
export const after = ['districts.json', 'communes.json'];

const STATUS = { reach: 'not_started', submit_dossier: 'in_progress', maintain: 'in_progress' };

export function build(ctx) {
	const lists = resolvedPlanLists(need(ctx, 'communes.json'), need(ctx, 'districts.json'));
	const targets = [];
	for (const { list, entries } of lists) {
		const seen = new Set();
		for (const { planName, commune: c } of entries) {
			if (seen.has(c.id))
				throw new Error(`Commune ${c.name} (${planName}) repeats in list ${list.section} ${list.level} ${list.year} ${list.action}`);
			seen.add(c.id);
			targets.push({
				...base(`${list.year}-${list.level}-${c.id}`),
				communeId: c.id,
				districtId: c.districtId,
				level: list.level,
				year: list.year,
				action: list.action,
				status: STATUS[list.action],
				deadline: list.deadline,
				criteriaMet: null,
				responsible: '',
				decisionNo: '',
				decisionDate: null,
				notes: '',
				planName,
				planSection: list.section
			});
		}
	}
	// A commune named twice for the same year and level (in different actions) gets the action as a suffix.
	{
		const byId = new Map();
		for (const t of targets) byId.set(t.id, [...(byId.get(t.id) ?? []), t]);
		for (const group of byId.values())
			if (group.length > 1) for (const t of group) t.id = `${t.id}-${t.action}`;
		const ids = new Set(targets.map((t) => t.id));
		if (ids.size !== targets.length) throw new Error('Target ids are not unique');
	}
	return targets;
}
