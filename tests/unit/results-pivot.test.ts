// The results entry grid's pure part (src/lib/domain/results-pivot.ts): rows from figures, the
// province total (blank is never 0), an edited or pasted cell as a change, and those changes
// through the real write path.
import { describe, it, expect } from 'vitest';
import {
	periodsNewestFirst,
	defaultPeriodId,
	measuresInOrder,
	groupRuns,
	measureHeader,
	pivotRows,
	provinceTotals,
	exactSum,
	figureChange,
	pasteBlock,
	type FigureLike,
	type MeasureLike,
	type PeriodLike
} from '$lib/domain/results-pivot';
import { parseValue, columnOf, TABLES } from '$lib/schema';
import { NtmDatabase } from '$lib/db/database';
import { syncSeeds } from '$lib/db/seed';
import { loadLookup } from '$lib/db/read';
import { applyChanges, undo, type Change } from '$lib/db/write';

const periods: PeriodLike[] = [
	{ id: '2024-h1', name: 'Sơ kết 6 tháng đầu năm 2024', startsOn: '2024-01-01', endsOn: '2024-06-30' },
	{ id: '2025', name: 'Tổng kết năm 2025', startsOn: '2025-01-01', endsOn: '2025-12-31' },
	{ id: '2024', name: 'Tổng kết năm 2024', startsOn: '2024-01-01', endsOn: '2024-12-31' },
	{ id: '2025-h1', name: 'Sơ kết 6 tháng đầu năm 2025', startsOn: '2025-01-01', endsOn: '2025-06-30' }
];
const measures: MeasureLike[] = [
	{ id: 'kq-tien', name: 'Tiền vận động', unit: 'triệu đồng', group: 'contribution', order: 30 },
	{ id: 'kq-dat', name: 'Đất hiến', unit: 'm²', group: 'contribution', order: 10 },
	{ id: 'kq-ngay', name: 'Ngày công', unit: 'ngày', group: 'contribution', order: 20 },
	{ id: 'kq-ho', name: 'Hộ thoát nghèo', unit: 'hộ', group: 'poverty', order: 40 }
];
const districts = [
	{ id: '506', name: 'Đại Lộc' },
	{ id: '502', name: 'Tam Kỳ' },
	{ id: '503', name: 'Hội An' },
	{ id: '504', name: 'Tây Giang' }
];
let n = 0;
const fig = (districtId: string, periodId: string, measureId: string, value: number | null, extra: Partial<FigureLike> = {}): FigureLike => ({
	id: `r-${++n}`,
	version: 1,
	districtId,
	periodId,
	measureId,
	value,
	notes: '',
	...extra
});
const ids = () => {
	let i = 0;
	return () => `r-new${++i}`;
};

describe('periods and measures', () => {
	it('lists periods newest first and picks the newest that has ended', () => {
		expect(periodsNewestFirst(periods).map((p) => p.id)).toEqual(['2025', '2025-h1', '2024', '2024-h1']);
		expect(defaultPeriodId(periods, '2025-08-15')).toBe('2025-h1');
		expect(defaultPeriodId(periods, '2025-06-30')).toBe('2025-h1');
		expect(defaultPeriodId(periods, '2026-02-01')).toBe('2025');
		expect(defaultPeriodId(periods, '2024-07-01')).toBe('2024-h1');
		// None has ended yet: the first of the list.
		expect(defaultPeriodId(periods, '2023-05-01')).toBe('2025');
		expect(defaultPeriodId([], '2025-01-01')).toBe('');
	});

	it('orders measures by their order, groups consecutive ones, and names them with their unit', () => {
		const ordered = measuresInOrder(measures);
		expect(ordered.map((m) => m.id)).toEqual(['kq-dat', 'kq-ngay', 'kq-tien', 'kq-ho']);
		expect(groupRuns(ordered).map((r) => [r.group, r.measures.length])).toEqual([
			['contribution', 3],
			['poverty', 1]
		]);
		// A group that comes back later is a new run: the planner's order wins.
		const mixed = measuresInOrder([...measures, { id: 'kq-x', name: 'Khác', unit: '', group: 'contribution', order: 50 }]);
		expect(groupRuns(mixed).map((r) => r.group)).toEqual(['contribution', 'poverty', 'contribution']);
		expect(measureHeader(ordered[0])).toBe('Đất hiến (m²)');
		expect(measureHeader({ name: 'Khác', unit: ' ' })).toBe('Khác');
	});
});

describe('pivot rows', () => {
	it('makes one row per district, sorted by name, with the figures of the chosen period only', () => {
		const figures = [fig('506', '2025-h1', 'kq-dat', 1200), fig('506', '2024', 'kq-dat', 999), fig('502', '2025-h1', 'kq-ngay', 35.5), fig('999', '2025-h1', 'kq-dat', 7)];
		const rows = pivotRows(districts, figures, '2025-h1');
		expect(rows.map((r) => r.name)).toEqual(['Đại Lộc', 'Hội An', 'Tam Kỳ', 'Tây Giang']);
		expect(rows[0].values).toEqual({ 'kq-dat': 1200 });
		expect(rows[0].figures['kq-dat'].id).toBe(figures[0].id);
		expect(rows[1].values).toEqual({});
		expect(rows[2].values).toEqual({ 'kq-ngay': 35.5 });
		// Unreported cells are absent, never 0.
		expect(rows[3].values['kq-dat']).toBeUndefined();
	});

	it('keeps a figure stored without a value as blank', () => {
		const rows = pivotRows(districts, [fig('503', '2025', 'kq-ho', null, { notes: 'chờ số liệu' })], '2025');
		expect(rows.find((r) => r.id === '503')!.values['kq-ho']).toBeNull();
	});
});

describe('province total', () => {
	it('sums what was entered, counts who reported, and leaves a measure nobody reported blank', () => {
		const figures = [
			fig('506', '2025', 'kq-dat', 1200.5),
			fig('502', '2025', 'kq-dat', 300),
			fig('503', '2025', 'kq-dat', 0),
			fig('504', '2025', 'kq-ngay', null),
			fig('504', '2024', 'kq-ho', 5)
		];
		const rows = pivotRows(districts, figures, '2025');
		const totals = provinceTotals(rows, ['kq-dat', 'kq-ngay', 'kq-ho']);
		// A reported 0 counts as reported.
		expect(totals['kq-dat']).toEqual({ sum: 1500.5, reported: 3, units: 4 });
		// A row without a value is not a report.
		expect(totals['kq-ngay']).toEqual({ sum: null, reported: 0, units: 4 });
		expect(totals['kq-ho']).toEqual({ sum: null, reported: 0, units: 4 });
	});

	it('adds decimals as a person would', () => {
		expect(exactSum([0.1, 0.2])).toBe(0.3);
		expect(exactSum([1.25, 2.5, 3])).toBe(6.75);
		expect(exactSum([])).toBe(0);
		const rows = pivotRows(districts, [fig('506', '2025', 'kq-tien', 0.1), fig('502', '2025', 'kq-tien', 0.2)], '2025');
		expect(provinceTotals(rows, ['kq-tien'])['kq-tien'].sum).toBe(0.3);
	});
});

describe('an edited cell as a change', () => {
	const key = { districtId: '506', periodId: '2025-h1', measureId: 'kq-dat' };

	it('inserts a new figure', () => {
		expect(figureChange(undefined, 1234.5, key, () => 'r-abc')).toEqual({
			op: 'insert',
			table: 'results',
			record: { id: 'r-abc', districtId: '506', periodId: '2025-h1', measureId: 'kq-dat', value: 1234.5, notes: '' }
		});
	});

	it('patches a changed figure against the version shown', () => {
		const f = fig('506', '2025-h1', 'kq-dat', 10, { version: 3 });
		expect(figureChange(f, 12, key, () => 'x')).toEqual({ op: 'patch', table: 'results', id: f.id, patch: { value: 12 }, expectedVersion: 3 });
		// 0 is a figure, not a blank.
		expect(figureChange(f, 0, key, () => 'x')).toMatchObject({ op: 'patch', patch: { value: 0 } });
		const empty = fig('506', '2025-h1', 'kq-dat', null);
		expect(figureChange(empty, 5, key, () => 'x')).toMatchObject({ op: 'patch', patch: { value: 5 } });
	});

	it('deletes a cleared figure, so nobody reported stays blank; a note keeps its row', () => {
		const f = fig('506', '2025-h1', 'kq-dat', 10, { version: 2 });
		expect(figureChange(f, null, key, () => 'x')).toEqual({ op: 'delete', table: 'results', id: f.id, expectedVersion: 2 });
		const noted = fig('506', '2025-h1', 'kq-dat', 10, { notes: 'số ước tính' });
		expect(figureChange(noted, null, key, () => 'x')).toMatchObject({ op: 'patch', patch: { value: null } });
	});

	it('changes nothing when nothing changed', () => {
		expect(figureChange(undefined, null, key, () => 'x')).toBeNull();
		expect(figureChange(fig('506', '2025-h1', 'kq-dat', 7), 7, key, () => 'x')).toBeNull();
		expect(figureChange(fig('506', '2025-h1', 'kq-dat', null), null, key, () => 'x')).toBeNull();
	});
});

describe('paste', () => {
	const valueCol = columnOf('results', 'value')!;
	const parse = (raw: string) => {
		const p = parseValue(valueCol, raw);
		return p.ok ? { ok: true as const, value: p.value as number | null } : { ok: false as const, error: p.error };
	};
	const figures = [fig('503', '2025', 'kq-ngay', 40, { version: 4 }), fig('502', '2025', 'kq-dat', 9)];
	const rows = pivotRows(districts, figures, '2025'); // Đại Lộc, Hội An, Tam Kỳ, Tây Giang
	const columns = [null, 'kq-dat', 'kq-ngay', 'kq-tien'];

	it('turns a block into the changes of every cell, in both number conventions', () => {
		const r = pasteBlock({ rows, columns, at: { row: 0, col: 1 }, block: [['1.234,5', '12'], ['1234.5', '']], periodId: '2025', parse, newId: ids() });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.cells).toBe(4);
		expect(r.changes).toEqual([
			{ op: 'insert', table: 'results', record: { id: 'r-new1', districtId: '506', periodId: '2025', measureId: 'kq-dat', value: 1234.5, notes: '' } },
			{ op: 'insert', table: 'results', record: { id: 'r-new2', districtId: '506', periodId: '2025', measureId: 'kq-ngay', value: 12, notes: '' } },
			{ op: 'insert', table: 'results', record: { id: 'r-new3', districtId: '503', periodId: '2025', measureId: 'kq-dat', value: 1234.5, notes: '' } },
			// A blank pasted over a figure clears it.
			{ op: 'delete', table: 'results', id: figures[0].id, expectedVersion: 4 }
		]);
	});

	it('refuses the whole block on one bad value, naming the cell', () => {
		const r = pasteBlock({ rows, columns, at: { row: 1, col: 1 }, block: [['5', '6'], ['7', 'abc']], periodId: '2025', parse, newId: ids() });
		expect(r).toMatchObject({ ok: false, reason: 'invalid', measureId: 'kq-ngay', error: { key: 'err.notNumber' } });
		if (!r.ok && r.reason === 'invalid') expect(r.row.name).toBe('Tam Kỳ');
		expect(pasteBlock({ rows, columns, at: { row: 0, col: 1 }, block: [['-1']], periodId: '2025', parse, newId: ids() })).toMatchObject({
			ok: false,
			reason: 'invalid',
			error: { key: 'err.range' }
		});
	});

	it('refuses a block that reaches past the grid or over the district names', () => {
		expect(pasteBlock({ rows, columns, at: { row: 3, col: 1 }, block: [['1'], ['2']], periodId: '2025', parse, newId: ids() })).toEqual({
			ok: false,
			reason: 'outside',
			rows: 2,
			cols: 1
		});
		expect(pasteBlock({ rows, columns, at: { row: 0, col: 2 }, block: [['1', '2', '3']], periodId: '2025', parse, newId: ids() })).toMatchObject({
			reason: 'outside'
		});
		expect(pasteBlock({ rows, columns, at: { row: 0, col: 0 }, block: [['Đại Lộc', '2']], periodId: '2025', parse, newId: ids() })).toMatchObject({
			ok: false,
			reason: 'readonly',
			column: 0
		});
	});
});

describe('through the write path', () => {
	it('inserts, patches and deletes figures, and undoes each in one step', async () => {
		const db = new NtmDatabase('results-pivot-' + Math.random());
		try {
			// Only the districts from the seeds: this test brings its own periods and measures.
			const { seedFile } = await import('$seeds/files');
			await syncSeeds(db, { defs: TABLES, load: async (file) => (file === 'districts.json' ? seedFile(file) : []) });
			let lookup = await loadLookup(db);
			const setup: Change[] = [
				{ op: 'insert', table: 'periods', record: { id: 'p-25', name: 'Tổng kết năm 2025', year: 2025, kind: 'year', startsOn: '2025-01-01', endsOn: '2025-12-31', notes: '' } },
				{ op: 'insert', table: 'resultMeasures', record: { id: 'kq-a', name: 'Đất hiến', unit: 'm²', group: 'contribution', order: 1, source: '', notes: '' } },
				{ op: 'insert', table: 'resultMeasures', record: { id: 'kq-b', name: 'Ngày công', unit: 'ngày', group: 'contribution', order: 2, source: '', notes: '' } }
			];
			await applyChanges(db, setup, { label: 'setup', source: 'edit', lookup });
			lookup = await loadLookup(db);
			const opts = { label: 'edit', source: 'edit' as const, lookup };
			const read = async () => pivotRows(await db.table_('districts').toArray(), (await db.table_('results').toArray()) as FigureLike[], 'p-25');

			let rows = await read();
			expect(rows).toHaveLength(18);
			const daiLoc = rows.find((r) => r.name === 'Đại Lộc')!;
			const key = { districtId: daiLoc.id, periodId: 'p-25', measureId: 'kq-a' };
			await applyChanges(db, [figureChange(undefined, 1500, key, () => 'r-test1')!], opts);
			rows = await read();
			expect(provinceTotals(rows, ['kq-a', 'kq-b'])).toEqual({
				'kq-a': { sum: 1500, reported: 1, units: 18 },
				'kq-b': { sum: null, reported: 0, units: 18 }
			});

			const stored = rows.find((r) => r.id === daiLoc.id)!.figures['kq-a'];
			await applyChanges(db, [figureChange(stored, 1750.25, key, () => 'unused')!], opts);
			expect((await db.table_('results').get('r-test1'))?.value).toBe(1750.25);
			// A stale version (another tab changed it) is refused.
			await expect(applyChanges(db, [figureChange(stored, 1, key, () => 'unused')!], opts)).rejects.toMatchObject({ key: 'err.conflict' });

			// A second figure for the same district, period and measure is refused.
			await expect(applyChanges(db, [figureChange(undefined, 3, key, () => 'r-dup')!], opts)).rejects.toMatchObject({ key: 'err.write' });

			rows = await read();
			const current = rows.find((r) => r.id === daiLoc.id)!.figures['kq-a'];
			await applyChanges(db, [figureChange(current, null, key, () => 'unused')!], opts);
			expect(await db.table_('results').get('r-test1')).toBeUndefined();
			await undo(db);
			expect((await db.table_('results').get('r-test1'))?.value).toBe(1750.25);
		} finally {
			db.close();
			await db.delete();
		}
	});
});
