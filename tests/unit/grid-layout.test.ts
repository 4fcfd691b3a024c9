// Column order as a planner reads a grid: computed columns before the technical ones.
import { describe, expect, it } from 'vitest';
import { schemas, lookupOf } from '../../src/lib/schema';
import { seedData } from '../../seeds/index';
import { columnDefs } from '../../src/lib/grid/columns';
import { withExtraColumns, twoLineWidth, fitHeaders } from '../../src/lib/grid/layout';

const ids = (defs: { colId?: string }[]) => defs.map((d) => d.colId);
const years = [{ colId: 'year_2024' }, { colId: 'year_2025' }];
const ctx = { lang: 'vi' as const, lookup: lookupOf(seedData), onSet: () => true, check: () => null };

describe('withExtraColumns', () => {
	it('puts the communes\' per-year targets after the planning columns, before the technical ones', () => {
		const out = ids(withExtraColumns(columnDefs(schemas.communes, ctx), years));
		const at = out.indexOf('year_2024');
		expect(out.slice(at, at + 2)).toEqual(['year_2024', 'year_2025']);
		expect(out[at - 1]).toBe('modelHamlets');
		expect(out[at + 2]).toBe('note2025');
		expect(out.indexOf('updatedAt')).toBeGreaterThan(at);
		expect(out.indexOf('criteriaMet')).toBeLessThan(at);
	});

	it('appends them when there is no technical column, and changes nothing without them', () => {
		const defs = [{ colId: 'a' }, { colId: 'b' }];
		expect(ids(withExtraColumns(defs, years))).toEqual(['a', 'b', 'year_2024', 'year_2025']);
		expect(withExtraColumns(defs, [])).toBe(defs);
	});

	it('puts a column placed after another right beside it, pinned as that one is (the unit on the map beside the commune)', () => {
		const defs: { colId: string; pinned?: 'left' | null; context?: { after?: string } }[] = [{ colId: 'district', pinned: 'left' }, { colId: 'commune', pinned: 'left' }, { colId: 'level' }, { colId: 'updatedAt' }];
		const out = withExtraColumns(defs, [{ colId: 'unitAsOf', context: { after: 'commune' } }, { colId: 'other' }, { colId: 'lost', context: { after: 'nope' } }]);
		expect(ids(out)).toEqual(['district', 'commune', 'unitAsOf', 'level', 'other', 'lost', 'updatedAt']);
		expect(out.find((d) => d.colId === 'unitAsOf')?.pinned).toBe('left');
	});

});

describe('headers on two lines', () => {
	const measure = (s: string) => s.length * 10; // 10 px a character
	it('finds the split with the shorter longest line, never inside a word', () => {
		expect(twoLineWidth('Số tiêu chí đạt', measure)).toBe(70); // "Số tiêu" / "chí đạt"
		expect(twoLineWidth('Trong chương trình NTM', measure)).toBe(120); // "Trong chương" / "trình NTM"
		expect(twoLineWidth('Hamlets', measure)).toBe(70);
		expect(twoLineWidth('', measure)).toBe(0);
	});
	it('widens a column only when its header needs it', () => {
		const out = fitHeaders([{ headerName: 'Số tiêu chí đạt', width: 100 }, { headerName: 'Năm', width: 95 }, { headerName: 'Mã' }], measure, 48);
		expect(out.map((d) => d.width)).toEqual([118, 95, 68]);
	});
});

describe('columnDefs', () => {
	it('check every editor but the lists, with the column\'s own check', () => {
		let asked: unknown[] = [];
		const defs = columnDefs(schemas.targets, { ...ctx, check: (row, col, raw) => ((asked = [row, col.key, raw]), ['no']) });
		const get = (k: string) => defs.find((d) => d.colId === k)!;
		const params = (k: string) => get(k).cellEditorParams as { getValidationErrors?: (p: unknown) => string[] | null };
		expect(params('criteriaMet').getValidationErrors!({ value: '25', cellEditorParams: { data: { id: 'x' } } })).toEqual(['no']);
		expect(asked).toEqual([{ id: 'x' }, 'criteriaMet', '25']);
		for (const k of ['communeId', 'decisionDate', 'notes', 'responsible', 'year']) expect(params(k).getValidationErrors, k).toBeTypeOf('function');
		for (const k of ['level', 'status', 'action']) expect(params(k).getValidationErrors, k).toBeUndefined();
	});
});
