// Releases before 0.3.0 kept a commune's recognised level and year as two editable fields of the
// commune, and counted a target marked "Đã công nhận" as a recognition. From 0.3.0 a recognition is
// one record. When the recognitions table first reaches a database in use, its rows are the seed's
// adjusted by what the planner had entered there (see the table's `seed.adopt`): nothing is lost.
import type { Commune, DistrictTarget, Recognition, Target } from './records';

type Rec = Recognition & Record<string, unknown>;

const communeKey = (communeId: string, level: string) => `c|${communeId}|${level}`;
const districtKey = (districtId: string, level: string) => `d|${districtId}|${level}`;
const keyOf = (r: Pick<Recognition, 'scope' | 'communeId' | 'districtId' | 'level'>) =>
	r.scope === 'commune' ? communeKey(r.communeId, r.level) : districtKey(r.districtId, r.level);

export const FROM_COMMUNE_NOTE = 'Chuyển từ cột "Cấp đã công nhận" của danh sách xã (phiên bản trước 0.3.0)';
export const FROM_TARGET_NOTE = 'Chuyển từ chỉ tiêu đánh dấu "Đã công nhận" (phiên bản trước 0.3.0)';

/**
 * The recognitions of a database in use: a seed row stands where the commune still has the level it
 * gives (with the planner's year, if one was entered); a level the planner entered on a commune
 * becomes a record; a target or district target marked recognised becomes one too (or lends its
 * decision and year to the record of the same unit and level).
 */
export function adoptRegister(
	seed: readonly Record<string, unknown>[],
	stored: { communes?: readonly Record<string, unknown>[]; targets?: readonly Record<string, unknown>[]; districtTargets?: readonly Record<string, unknown>[] }
): Record<string, unknown>[] {
	const communes = (stored.communes ?? []) as unknown as Commune[];
	const byId = new Map(communes.map((c) => [c.id, c]));
	const out = new Map<string, Rec>();
	const put = (r: Rec) => out.set(keyOf(r), r);

	for (const s of seed as Rec[]) {
		if (s.scope !== 'commune') {
			put(s);
			continue;
		}
		const c = byId.get(s.communeId);
		if (!c) {
			put(s);
			continue;
		}
		if (c.recognisedLevel !== s.level) continue; // the planner changed or cleared it: their value below
		put(c.recognisedYear != null && c.recognisedYear !== s.year ? { ...s, year: c.recognisedYear, version: Number(s.version ?? 1) + 1, updatedAt: c.updatedAt } : s);
	}
	for (const c of communes) {
		if (!c.recognisedLevel || out.has(communeKey(c.id, c.recognisedLevel))) continue;
		put({
			id: `cn-${c.id}-${c.recognisedLevel}`,
			version: 1,
			updatedAt: c.updatedAt,
			scope: 'commune',
			communeId: c.id,
			districtId: c.districtId,
			level: c.recognisedLevel,
			kind: 'recognised',
			year: c.recognisedYear ?? null,
			decisionNo: '',
			decisionDate: null,
			issuer: '',
			notes: FROM_COMMUNE_NOTE
		});
	}
	const fromTarget = (
		t: Pick<Target, 'id' | 'year' | 'decisionNo' | 'decisionDate' | 'updatedAt'>,
		unit: { scope: 'commune' | 'district'; communeId: string; districtId: string; level: Recognition['level'] }
	) => {
		const key = keyOf(unit);
		const have = out.get(key);
		if (have) {
			// The same fact: the target lends what the record lacks.
			const patch: Partial<Rec> = {};
			if (!have.decisionNo && t.decisionNo) patch.decisionNo = t.decisionNo;
			if (!have.decisionDate && t.decisionDate) patch.decisionDate = t.decisionDate;
			if (have.year == null && t.year) patch.year = t.year;
			if (Object.keys(patch).length) put({ ...have, ...patch, version: Number(have.version ?? 1) + 1, updatedAt: t.updatedAt });
			return;
		}
		const prefix = unit.scope === 'commune' ? unit.communeId : `d${unit.districtId}`;
		put({
			id: `cn-${prefix}-${unit.level}`,
			version: 1,
			updatedAt: t.updatedAt,
			...unit,
			kind: 'recognised',
			year: t.year ?? null,
			decisionNo: t.decisionNo ?? '',
			decisionDate: t.decisionDate ?? null,
			issuer: '',
			notes: FROM_TARGET_NOTE
		} as Rec);
	};
	for (const t of (stored.targets ?? []) as unknown as Target[]) {
		if (t.status !== 'recognised' || !t.communeId) continue;
		fromTarget(t, { scope: 'commune', communeId: t.communeId, districtId: byId.get(t.communeId)?.districtId ?? t.districtId, level: t.level });
	}
	for (const t of (stored.districtTargets ?? []) as unknown as DistrictTarget[]) {
		if (t.status !== 'recognised' || !t.districtId) continue;
		fromTarget(t, { scope: 'district', communeId: '', districtId: t.districtId, level: t.level });
	}
	return [...out.values()];
}
