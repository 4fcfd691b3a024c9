// Recognitions as events: a unit's recognised level and year follow from its recognition records
// (and a review's "not maintained"), never from a field typed twice. A target marked "Đã công nhận"
// with no recognition record of its own still counts, said as such (it came from a paste or an
// import: the grid asks for the decision and writes the record). Pure functions over records.
import type { DistrictTarget, Recognition, Target } from './records';
import type { RecognitionLevel } from './enums';

/** Order of commune levels: a commune recognised at a higher level also counts at the lower ones. */
export const COMMUNE_RANK: Partial<Record<RecognitionLevel, number>> = { ntm: 1, nang_cao: 2, kieu_mau: 3 };
/** District-level units: NTM and "hoàn thành nhiệm vụ" (a thị xã, a thành phố) are one step. */
export const DISTRICT_RANK: Partial<Record<RecognitionLevel, number>> = { ntm: 1, hoan_thanh: 1, nang_cao: 2 };

/** One fact about a unit: a recognition record, or a target marked recognised without one. */
export interface RecognitionEvent {
	unitId: string;
	level: RecognitionLevel;
	kind: 'recognised' | 'not_maintained';
	year: number | null;
	decisionNo: string;
	decisionDate: string | null;
	/** The recognition record's id, or the target's id when `fromTarget`. */
	sourceId: string;
	fromTarget: boolean;
}

/** Where a unit stands by the end of a year. */
export interface UnitStanding {
	rank: number;
	level: RecognitionLevel;
	year: number | null;
	/** The event that gave the level. */
	event: RecognitionEvent;
}

const order = (a: RecognitionEvent, b: RecognitionEvent) =>
	(a.year ?? -Infinity) - (b.year ?? -Infinity) ||
	(a.decisionDate ?? '').localeCompare(b.decisionDate ?? '') ||
	(a.kind === b.kind ? 0 : a.kind === 'recognised' ? -1 : 1);

function standing(events: readonly RecognitionEvent[] | undefined, ranks: Partial<Record<RecognitionLevel, number>>, until: number | null): UnitStanding | null {
	if (!events?.length) return null;
	// The latest recognition at each rank still held; a "not maintained" at rank r drops r and above.
	const held = new Map<number, RecognitionEvent>();
	for (const e of events) {
		if (until !== null && e.year !== null && e.year > until) break;
		const r = ranks[e.level];
		if (!r) continue;
		if (e.kind === 'recognised') held.set(r, e);
		else for (const k of [...held.keys()]) if (k >= r) held.delete(k);
	}
	if (!held.size) return null;
	const rank = Math.max(...held.keys());
	const event = held.get(rank)!;
	return { rank, level: event.level, year: event.year, event };
}

/** Every unit's recognition events, in order; built once per change of the data. */
export class RecognitionIndex {
	readonly communes = new Map<string, RecognitionEvent[]>();
	readonly districts = new Map<string, RecognitionEvent[]>();
	/** Targets marked recognised that have no recognition record (counted, and said so). */
	readonly targetsWithoutRecord: string[] = [];
	readonly districtTargetsWithoutRecord: string[] = [];

	constructor(
		recognitions: readonly Recognition[],
		targets: readonly Pick<Target, 'id' | 'communeId' | 'level' | 'year' | 'status' | 'decisionNo' | 'decisionDate'>[] = [],
		districtTargets: readonly Pick<DistrictTarget, 'id' | 'districtId' | 'level' | 'year' | 'status' | 'decisionNo' | 'decisionDate'>[] = []
	) {
		const add = (m: Map<string, RecognitionEvent[]>, e: RecognitionEvent) => {
			const list = m.get(e.unitId);
			if (list) list.push(e);
			else m.set(e.unitId, [e]);
		};
		const recorded = new Set<string>();
		for (const r of recognitions) {
			const commune = r.scope === 'commune';
			const unitId = commune ? r.communeId : r.districtId;
			if (!unitId) continue;
			if (r.kind === 'recognised') recorded.add(`${r.scope}|${unitId}|${r.level}`);
			add(commune ? this.communes : this.districts, {
				unitId,
				level: r.level,
				kind: r.kind === 'not_maintained' ? 'not_maintained' : 'recognised',
				year: r.year ?? null,
				decisionNo: r.decisionNo ?? '',
				decisionDate: r.decisionDate ?? null,
				sourceId: r.id,
				fromTarget: false
			});
		}
		for (const t of targets) {
			if (t.status !== 'recognised' || recorded.has(`commune|${t.communeId}|${t.level}`)) continue;
			this.targetsWithoutRecord.push(t.id);
			add(this.communes, { unitId: t.communeId, level: t.level, kind: 'recognised', year: t.year, decisionNo: t.decisionNo, decisionDate: t.decisionDate, sourceId: t.id, fromTarget: true });
		}
		for (const t of districtTargets) {
			if (t.status !== 'recognised' || recorded.has(`district|${t.districtId}|${t.level}`)) continue;
			this.districtTargetsWithoutRecord.push(t.id);
			add(this.districts, { unitId: t.districtId, level: t.level, kind: 'recognised', year: t.year, decisionNo: t.decisionNo, decisionDate: t.decisionDate, sourceId: t.id, fromTarget: true });
		}
		for (const list of [...this.communes.values(), ...this.districts.values()]) list.sort(order);
	}

	/** A commune's level by the end of year `until` (null: as the records stand now). */
	commune(id: string, until: number | null = null): UnitStanding | null {
		return standing(this.communes.get(id), COMMUNE_RANK, until);
	}
	communeRank(id: string, until: number | null = null): number {
		return this.commune(id, until)?.rank ?? 0;
	}
	district(id: string, until: number | null = null): UnitStanding | null {
		return standing(this.districts.get(id), DISTRICT_RANK, until);
	}
	districtRank(id: string, until: number | null = null): number {
		return this.district(id, until)?.rank ?? 0;
	}
}

/** Last year of the baseline the plan counts from (its "giai đoạn 2016-2020"). */
export const BASELINE_UNTIL = 2020;

/**
 * Communes the register gives for the plan's baseline at each level: recognised by a record by the
 * end of 2020 or with no year (before the plan). Targets marked recognised do not count here.
 */
export function baselineCounts(index: RecognitionIndex, communeIds: readonly string[], until = BASELINE_UNTIL): Record<'ntm' | 'nang_cao' | 'kieu_mau', number> {
	const out = { ntm: 0, nang_cao: 0, kieu_mau: 0 };
	for (const id of communeIds) {
		const s = index.commune(id, until);
		if (!s || s.event.fromTarget) continue;
		if (s.rank >= 1) out.ntm++;
		if (s.rank >= 2) out.nang_cao++;
		if (s.rank >= 3) out.kieu_mau++;
	}
	return out;
}
