// A package's identity read from a file: untrusted input, normalised with defaults (a field of the
// wrong type is dropped), so a hand-edited or damaged identity never reaches the database as is.
import { fold } from '$lib/domain/text';
import type { PackageIdentity } from './types';
import { DEFAULT_DEADLINE_DAYS } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(v: unknown, max = 200): string {
	return typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '';
}

/** The identity in a file's JSON, or null when it is not one (nothing recognised). */
export function normaliseIdentity(raw: unknown): PackageIdentity | null {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	const kind = r.kind === 'out' || r.kind === 'return' ? r.kind : null;
	const periodId = text(r.periodId, 60);
	const districtId = text(r.districtId, 60);
	if (!kind || !periodId || !districtId) return null;
	const madeAt = text(r.madeAt, 40);
	const deadline = text(r.deadline, 10);
	const communeId = text(r.communeId, 60);
	return {
		kind,
		periodId,
		districtId,
		...(communeId ? { communeId } : {}),
		madeAt: madeAt && !Number.isNaN(new Date(madeAt).getTime()) ? madeAt : '',
		datasetId: text(r.datasetId, 100),
		deadline: ISO_DATE.test(deadline) ? deadline : null,
		returnedBy: text(r.returnedBy, 200)
	};
}

/** The default deadline of a period: DEFAULT_DEADLINE_DAYS after its end (ISO date), or null. */
export function defaultDeadline(endsOn: string | null | undefined, days = DEFAULT_DEADLINE_DAYS): string | null {
	if (!endsOn || !ISO_DATE.test(endsOn)) return null;
	const [y, m, d] = endsOn.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The name filled in beside the "returned by" label of a package's guide sheet ('' when none). */
export function returnedByOf(rows: readonly unknown[][], label: string): string {
	const key = fold(label);
	for (const row of rows) {
		if (!Array.isArray(row) || typeof row[0] !== 'string' || fold(row[0]) !== key) continue;
		const v = row[1];
		return typeof v === 'string' || typeof v === 'number' ? text(String(v)) : '';
	}
	return '';
}
