// The province's figures from the districts' returns (pure). A figure a district has not sent is
// missing, never 0: a total is the sum of the figures sent, said with the districts still missing,
// and a measure no district sent has no total at all (null), not 0.
import type { ResultFigure } from '$lib/domain/association';

export interface MeasureTotal {
	measureId: string;
	/** Sum of the figures sent; null when no district sent one. */
	total: number | null;
	/** Districts that sent a figure for the measure. */
	reported: string[];
	/** Districts that did not (no row, or an empty one). */
	missing: string[];
}

export interface ProvinceFigures {
	periodId: string;
	measures: MeasureTotal[];
	/** Districts that sent no figure at all for the period: who has not reported. */
	notReported: string[];
	/** Districts that sent some figures but not all. */
	incomplete: string[];
}

/** A sent figure: a number (0 included: a district may report 0); null, blank or absent is missing. */
export function isSent(v: unknown): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

/**
 * The province's totals of a period over the given districts (in that order) and measures.
 * `results` may hold other periods and districts; they are ignored.
 */
export function provinceFigures(
	results: readonly Pick<ResultFigure, 'districtId' | 'periodId' | 'measureId' | 'value'>[],
	districtIds: readonly string[],
	measureIds: readonly string[],
	periodId: string
): ProvinceFigures {
	const sent = new Map<string, number>();
	for (const r of results) if (r.periodId === periodId && isSent(r.value)) sent.set(`${r.districtId}|${r.measureId}`, r.value);
	const measures = measureIds.map((measureId): MeasureTotal => {
		const reported: string[] = [];
		const missing: string[] = [];
		let total = 0;
		for (const d of districtIds) {
			const v = sent.get(`${d}|${measureId}`);
			if (v === undefined) missing.push(d);
			else {
				reported.push(d);
				total += v;
			}
		}
		return { measureId, total: reported.length ? total : null, reported, missing };
	});
	const count = (d: string) => measureIds.filter((m) => sent.has(`${d}|${m}`)).length;
	return {
		periodId,
		measures,
		notReported: districtIds.filter((d) => count(d) === 0),
		incomplete: districtIds.filter((d) => {
			const n = count(d);
			return n > 0 && n < measureIds.length;
		})
	};
}

/** Figures a district has not sent for a period (measure ids). */
export function missingFigures(
	results: readonly Pick<ResultFigure, 'districtId' | 'periodId' | 'measureId' | 'value'>[],
	districtId: string,
	measureIds: readonly string[],
	periodId: string
): string[] {
	const sent = new Set(results.filter((r) => r.districtId === districtId && r.periodId === periodId && isSent(r.value)).map((r) => r.measureId));
	return measureIds.filter((m) => !sent.has(m));
}
