// "Lập dự thảo giai đoạn 2026-2030": the next phase as a draft made from the current one, in one
// step (one Ctrl+Z): the phase row, the goals copied to edit, the targets of units that had not
// reached them moved onto the units of the new map (domain/phases.ts). Nothing of the old phase changes.
import type { Change } from '$lib/db';
import type { Dataset } from '$lib/schema';
import { defaults } from '$lib/schema';
import { unitMapOf } from '$lib/schema/units';
import type { Lookup } from '$lib/domain/lookup';
import { RecognitionIndex } from '$lib/domain/recognitions';
import { draftTargets, goalPhase, nextPhase, phaseCommunes, type Phase } from '$lib/domain/phases';
import { tvi } from '$lib/i18n/translate';

export interface PhaseDraft {
	phase: Phase;
	changes: Change[];
	targets: number;
	goals: number;
	units: number;
}

export function buildPhaseDraft(data: Pick<Dataset, 'phases' | 'targets' | 'goals' | 'criteriaSets' | 'recognitions' | 'districtTargets' | 'successions'>, lookup: Lookup, now = new Date()): PhaseDraft | null {
	const current = [...data.phases].sort((a, b) => b.yearTo - a.yearTo)[0];
	if (!current) return null;
	const stamp = now.toISOString();
	const phase = nextPhase(current, data.criteriaSets, (years) => tvi('phases.draftName', { years }), stamp);
	if (data.phases.some((p) => p.id === phase.id)) return null;
	const map = unitMapOf(lookup, data.successions);
	const inOld = data.targets.filter((t) => t.year >= current.yearFrom && t.year <= current.yearTo);
	const index = new RecognitionIndex(data.recognitions, data.targets, data.districtTargets);
	const drafts = draftTargets(inOld, phase, map, index);
	const blankTarget = defaults('targets');
	const changes: Change[] = [{ op: 'insert', table: 'phases', record: { ...phase } as unknown as Record<string, unknown> & { id: string } }];
	for (const d of drafts) {
		const former = [...new Set(d.from.map((t) => lookup.communeName(t.communeId)))].join(', ');
		changes.push({
			op: 'insert',
			table: 'targets',
			record: {
				...blankTarget,
				id: `t-${phase.id}-${d.communeId}-${d.level}`,
				communeId: d.communeId,
				districtId: d.districtId,
				level: d.level,
				year: d.year,
				action: 'reach',
				status: 'not_started',
				deadline: String(phase.yearTo),
				notes: tvi('phases.draftNote', { phase: current.id, units: former }),
				planSection: phase.id
			}
		});
	}
	const xa = phaseCommunes(map, phase).filter((c) => c.inProgramme).length;
	const goals = data.goals.filter((g) => goalPhase(g) === current.id);
	for (const g of goals) {
		changes.push({
			op: 'insert',
			table: 'goals',
			record: {
				...g,
				id: `${g.id}@${phase.id}`,
				key: `${g.key}@${phase.id}`,
				version: 0,
				updatedAt: stamp,
				phase: phase.id,
				basisCount: g.basis === 'programme_communes' ? xa : g.basisCount,
				baseline: null,
				baselineNote: '',
				deadline: String(phase.yearTo),
				notes: tvi('phases.goalDraftNote', { phase: current.id })
			}
		});
	}
	return { phase, changes, targets: drafts.length, goals: goals.length, units: xa };
}
