// The order of a table page's rows (ui/table-view.ts sortRows): the table's defaultSort, by its
// numbers (sortKey) when it has them, level rows in id order, whatever order the rows are read in.
import { describe, it, expect } from 'vitest';
import { sortRows } from '$lib/ui/table-view';
import { schemas, type TableDef } from '$lib/schema';
import { Lookup } from '$lib/domain/lookup';
import { seedData } from '$seeds/index';

const lookup = new Lookup(seedData.districts, seedData.communes);
type Row = { id: string; version: number; updatedAt: string } & Record<string, unknown>;
const def = schemas.targets as unknown as TableDef<Row>;
const byComparator = (rows: Row[]) => [...rows].sort((a, b) => def.defaultSort!(a, b, lookup) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
/** The same rows in another order (a fixed shuffle). */
const shuffled = <T>(list: T[]) => list.map((x, i) => ({ x, k: (i * 7919) % 1009 })).sort((a, b) => a.k - b.k).map((e) => e.x);

describe('sortRows', () => {
	const targets = seedData.targets as unknown as Row[];

	it('puts targets in the plan order by their numbers, as the comparison does', () => {
		expect(targets.length).toBeGreaterThan(100);
		const want = byComparator(targets).map((r) => r.id);
		expect(sortRows(def, targets, lookup).map((r) => r.id)).toEqual(want);
		expect(sortRows(def, shuffled(targets), lookup).map((r) => r.id)).toEqual(want);
	});

	it('falls back to the comparison when a row has no number (an unknown level), and keeps every row', () => {
		const odd = [...targets.slice(0, 50), { ...targets[50], id: 'zz-odd', level: 'other' }];
		const got = sortRows(def, shuffled(odd), lookup);
		expect(got).toHaveLength(odd.length);
		expect(new Set(got.map((r) => r.id))).toEqual(new Set(odd.map((r) => r.id)));
	});

	it('orders rows the order leaves level by id, whatever order they come in', () => {
		const districts = schemas.districts as unknown as TableDef<Row>;
		const rows = [{ id: 'b', name: 'X' }, { id: 'a', name: 'X' }, { id: 'c', name: 'A' }] as unknown as Row[];
		expect(sortRows(districts, rows, lookup).map((r) => r.id)).toEqual(['c', 'a', 'b']);
		const plain = { ...districts, defaultSort: undefined } as TableDef<Row>;
		expect(sortRows(plain, rows, lookup).map((r) => r.id)).toEqual(['a', 'b', 'c']);
	});
});
