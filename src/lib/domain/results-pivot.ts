// The association's results as a grid: one row per district-level association, one column per
// measure, for one reporting period; the province total under it; an edited or pasted cell turned
// into the change the write path applies. Pure TypeScript. A figure nobody reported is absent
// (blank), never 0: it is not summed, not counted, and clearing a cell removes the figure.
import type { MeasureGroup, Period, ResultFigure, ResultMeasure } from './association';
import type { District } from './records';

export type PeriodLike = Pick<Period, 'id' | 'name' | 'startsOn' | 'endsOn'>;
export type MeasureLike = Pick<ResultMeasure, 'id' | 'name' | 'unit' | 'group' | 'order'>;
export type DistrictLike = Pick<District, 'id' | 'name'>;
export type FigureLike = Pick<ResultFigure, 'id' | 'version' | 'districtId' | 'periodId' | 'measureId' | 'value' | 'notes'>;

/** The write path's changes to the results table (the same shape as `Change` in $lib/db). */
export type NewFigure = {
	id: string;
	districtId: string;
	periodId: string;
	measureId: string;
	value: number;
	notes: string;
};
export type FigureChange =
	| { op: 'insert'; table: 'results'; record: NewFigure }
	| { op: 'patch'; table: 'results'; id: string; patch: { value: number | null }; expectedVersion: number }
	| { op: 'delete'; table: 'results'; id: string; expectedVersion: number };

/** Newest first: by end, then start, then name. */
export function periodsNewestFirst<P extends PeriodLike>(periods: readonly P[]): P[] {
	return [...periods].sort(
		(a, b) => b.endsOn.localeCompare(a.endsOn) || b.startsOn.localeCompare(a.startsOn) || a.name.localeCompare(b.name, 'vi')
	);
}

/**
 * The period a planner most likely reports on: the newest one that has ended by `today`
 * (yyyy-mm-dd), else the first of the list (newest first); '' when there is none.
 */
export function defaultPeriodId(periods: readonly PeriodLike[], today: string): string {
	const list = periodsNewestFirst(periods);
	return (list.find((p) => p.endsOn && p.endsOn <= today) ?? list[0])?.id ?? '';
}

/** Measures in the planner's order (`order`, then name). */
export function measuresInOrder<M extends MeasureLike>(measures: readonly M[]): M[] {
	return [...measures].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
}

/** Consecutive measures of the same group (headers of column groups), keeping the order. */
export function groupRuns<M extends MeasureLike>(ordered: readonly M[]): { group: MeasureGroup; measures: M[] }[] {
	const runs: { group: MeasureGroup; measures: M[] }[] = [];
	for (const m of ordered) {
		const last = runs[runs.length - 1];
		if (last && last.group === m.group) last.measures.push(m);
		else runs.push({ group: m.group, measures: [m] });
	}
	return runs;
}

/** "Đất hiến (m²)"; the name alone when the unit is empty. */
export function measureHeader(m: Pick<MeasureLike, 'name' | 'unit'>): string {
	return m.unit.trim() ? `${m.name} (${m.unit})` : m.name;
}

export interface PivotRow<F extends FigureLike = FigureLike> {
	/** The district's id (the grid's row id). */
	id: string;
	name: string;
	/** The stored figure of each measure that has one (by measure id). */
	figures: Record<string, F>;
	/** What each cell shows (by measure id): the figure's value; absent or null = blank. */
	values: Record<string, number | null>;
}

/** One row per district (sorted by name), with the figures of one period. */
export function pivotRows<F extends FigureLike>(districts: readonly DistrictLike[], figures: readonly F[], periodId: string): PivotRow<F>[] {
	const rows = [...districts]
		.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id))
		.map((d): PivotRow<F> => ({ id: d.id, name: d.name, figures: {}, values: {} }));
	const byId = new Map(rows.map((r) => [r.id, r]));
	for (const f of figures) {
		if (f.periodId !== periodId) continue;
		const row = byId.get(f.districtId);
		// The key is unique (the write path refuses a second figure); should two arrive anyway,
		// the first stays, so the grid is stable.
		if (!row || row.figures[f.measureId]) continue;
		row.figures[f.measureId] = f;
		row.values[f.measureId] = f.value ?? null;
	}
	return rows;
}

export interface MeasureTotal {
	/** Sum of the figures entered; null when none was. */
	sum: number | null;
	/** Districts with a figure. */
	reported: number;
	/** Districts in the grid. */
	units: number;
}

/** Decimals written in a number ("12.25" -> 2); null when it is written with an exponent. */
function decimals(n: number): number | null {
	const s = String(n);
	if (/e/i.test(s)) return null;
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : s.length - dot - 1;
}

/** Sum without binary noise: 0.1 + 0.2 is 0.3, as a person adding the figures would write it. */
export function exactSum(values: readonly number[]): number {
	let sum = 0;
	let places: number | null = 0;
	for (const v of values) {
		sum += v;
		const d = decimals(v);
		places = places === null || d === null ? null : Math.max(places, d);
	}
	if (places === null || places > 10) return sum;
	const f = 10 ** places;
	return Math.round(sum * f) / f;
}

/** The province total of each measure: the sum of what was entered and how many districts reported. */
export function provinceTotals(rows: readonly PivotRow[], measureIds: readonly string[]): Record<string, MeasureTotal> {
	const out: Record<string, MeasureTotal> = {};
	for (const id of measureIds) {
		const values: number[] = [];
		for (const r of rows) {
			const v = r.values[id];
			if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
		}
		out[id] = { sum: values.length ? exactSum(values) : null, reported: values.length, units: rows.length };
	}
	return out;
}

export interface CellKey {
	districtId: string;
	periodId: string;
	measureId: string;
}

/**
 * The change one edited cell makes: a new figure is inserted, a changed one patched (checked
 * against the version shown), a cleared one deleted, so that "nobody reported" stays blank. A
 * cleared figure that carries a note keeps its row (value emptied) so the note is not lost.
 * Null when nothing changes.
 */
export function figureChange(existing: FigureLike | undefined, value: number | null, key: CellKey, newId: () => string): FigureChange | null {
	if (!existing) {
		if (value === null) return null;
		return { op: 'insert', table: 'results', record: { id: newId(), ...key, value, notes: '' } };
	}
	if (value === (existing.value ?? null)) return null;
	if (value === null && !existing.notes?.trim()) return { op: 'delete', table: 'results', id: existing.id, expectedVersion: existing.version };
	return { op: 'patch', table: 'results', id: existing.id, patch: { value }, expectedVersion: existing.version };
}

export type CellParse<E> = (raw: string, measureId: string) => { ok: true; value: number | null } | { ok: false; error: E };

export type PasteResult<E> =
	| { ok: true; changes: FigureChange[]; cells: number }
	/** The block reaches past the last row or column. */
	| { ok: false; reason: 'outside'; rows: number; cols: number }
	/** The block covers a column that is not a measure (the district name). */
	| { ok: false; reason: 'readonly'; row: PivotRow; column: number }
	| { ok: false; reason: 'invalid'; row: PivotRow; measureId: string; error: E };

/**
 * A block copied from a spreadsheet, pasted from a cell down and right: every value is checked
 * first; the result is the changes of the whole block, or the first problem (nothing is changed).
 * `columns` are the grid's displayed columns in order: a measure id, or null for any other column.
 */
export function pasteBlock<E>(opts: {
	rows: readonly PivotRow[];
	columns: readonly (string | null)[];
	at: { row: number; col: number };
	block: readonly (readonly string[])[];
	periodId: string;
	parse: CellParse<E>;
	newId: () => string;
}): PasteResult<E> {
	const { rows, columns, at, block, periodId, parse, newId } = opts;
	const height = block.length;
	const width = Math.max(0, ...block.map((r) => r.length));
	if (at.row < 0 || at.col < 0 || at.row + height > rows.length || at.col + width > columns.length) {
		return { ok: false, reason: 'outside', rows: height, cols: width };
	}
	const changes: FigureChange[] = [];
	let cells = 0;
	for (let r = 0; r < height; r++) {
		const row = rows[at.row + r];
		for (let c = 0; c < block[r].length; c++) {
			const measureId = columns[at.col + c];
			if (!measureId) return { ok: false, reason: 'readonly', row, column: at.col + c };
			const parsed = parse(block[r][c], measureId);
			if (!parsed.ok) return { ok: false, reason: 'invalid', row, measureId, error: parsed.error };
			const change = figureChange(row.figures[measureId], parsed.value, { districtId: row.id, periodId, measureId }, newId);
			if (change) changes.push(change);
			cells++;
		}
	}
	return { ok: true, changes, cells };
}
