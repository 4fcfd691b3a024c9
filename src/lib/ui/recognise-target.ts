// A commune target set to "Đã công nhận" in the grid: the recognition is one record in the register
// of recognitions, with its decision (asked in RecogniseDialog). The target keeps its status; the
// commune's level, the dashboard and workbooks follow the record. Used by the targets page.
import { newRecordId } from '$lib/domain/ids';
import type { Change } from '$lib/db';
import { getDb } from '$lib/db';
import type { Recognition, Target } from '$lib/domain/records';

/** What the planner says of a recognition when recognising a target. */
export interface RecognitionInput {
	decisionNo: string;
	decisionDate: string | null;
	year: number;
	issuer: string;
}

/** Asks the planner for the decision; null when cancelled. */
export type AskDecision = (target: Target) => Promise<RecognitionInput | null>;

/** The recognition record of a target's commune and level, if the register has one. */
export async function recognitionOf(t: Pick<Target, 'communeId' | 'level'>): Promise<Recognition | undefined> {
	return (await getDb().recognitions.toArray()).find((r) => r.kind === 'recognised' && r.scope === 'commune' && r.communeId === t.communeId && r.level === t.level);
}

/**
 * The changes of one grid edit, with the recognition record added when the edit recognises a
 * target whose commune has none at that level; null when the planner cancels (the edit is undone).
 * A paste or an import is not asked: the target counts, said "no decision yet" (domain/recognitions.ts).
 */
export async function withRecognition(changes: Change[], source: string, ask: AskDecision): Promise<{ changes: Change[]; input: RecognitionInput | null } | null> {
	const c = changes[0];
	if (source !== 'edit' || changes.length !== 1 || c.op !== 'patch' || c.table !== 'targets' || c.patch.status !== 'recognised') return { changes, input: null };
	const target = await getDb().targets.get(c.id);
	if (!target || (await recognitionOf(target))) return { changes, input: null };
	const input = await ask(target);
	if (!input) return null;
	const record: Recognition = {
		id: newRecordId('cn', 10),
		version: 1,
		updatedAt: new Date().toISOString(),
		scope: 'commune',
		communeId: target.communeId,
		districtId: target.districtId,
		level: target.level,
		kind: 'recognised',
		year: input.year,
		decisionNo: input.decisionNo,
		decisionDate: input.decisionDate,
		issuer: input.issuer,
		notes: ''
	};
	return { changes: [...changes, { op: 'insert', table: 'recognitions', record: record as unknown as Record<string, unknown> & { id: string } }], input };
}
