// Where the definitions are loaded (schema/registry.ts): the first page registers only its tables
// (core.ts); the rest come with all.ts, and the names' lookup takes in what they point at. This file
// imports the registry by path, as the first page does, so all.ts is loaded only where a test does.
import { describe, expect, it } from 'vitest';
import '../../src/lib/schema/core';
import { loadedTables, defOf, tableDef, onTablesRegistered, referencedTables, schemas, TABLE_NAMES, type TableName } from '../../src/lib/schema/registry';
import { lookupTables, lookupOf, refRowsOf } from '../../src/lib/schema/lookup';
import { HEADS } from '../../src/lib/schema/heads';
import { normaliseRows } from '../../src/lib/schema/normalise';
import { NAV, isGroup } from '../../src/lib/ui/nav';
import { APP_SOURCE, staleTables } from '../../src/lib/db/seed';
// The seed files themselves: seeds/index.ts loads every definition.
import districts from '../../seeds/districts.json';
import communes from '../../seeds/communes.json';
import successions from '../../seeds/successions.json';
import periods from '../../seeds/periods.json';

const seedData = { districts, communes, successions, periods } as unknown as Record<'districts' | 'communes' | 'successions' | 'periods', { id: string }[]> &
	Parameters<typeof lookupOf>[0];

const CORE = ['districts', 'communes', 'targets', 'assessments', 'recognitions', 'successions'];

describe('the first page registers only its own tables', () => {
	it('has the targets, what their derived values follow and the units, nothing else', () => {
		expect(loadedTables()).toEqual(TABLE_NAMES.filter((t) => CORE.includes(t)));
		expect(tableDef('periods')).toBeUndefined();
		expect(() => defOf('periods')).toThrow(/"periods" is not loaded/);
		expect(() => normaliseRows('models', [{ id: 'm1' }])).toThrow(/"models" is not loaded/);
	});

	it('builds the lookup from the loaded tables only (no rows of a table it cannot name)', () => {
		expect(referencedTables()).toContain('criteriaSets'); // the criteria matrix points at it…
		expect(lookupTables()).toEqual(['districts', 'communes', 'successions']); // …but its definition is not here
		const lookup = lookupOf({ districts: seedData.districts, communes: seedData.communes, successions: seedData.successions });
		expect(lookup.refRows('periods')).toEqual([]);
		expect(lookup.communeById.size).toBe(seedData.communes.length);
	});

	it('still knows every table by its head: the menu, the seed versions, the stores', () => {
		expect(TABLE_NAMES).toHaveLength(23);
		const links = NAV.flatMap((i) => (isGroup(i) ? i.links : [i])).map((l) => l.href);
		expect(links).toEqual(expect.arrayContaining(['/targets', '/communes', '/recognitions', '/criteria', '/phases', '/reports', '/collect']));
		expect(APP_SOURCE.defs.map((d) => d.name)).toEqual(TABLE_NAMES);
		expect(staleTables({})).toEqual(TABLE_NAMES);
		expect(staleTables(Object.fromEntries(TABLE_NAMES.map((t) => [t, HEADS[t].seed.version])))).toEqual([]);
	});
});

describe('loading every definition (all.ts)', () => {
	it('registers the other tables, tells the listeners, and the lookup takes in their rows in place', async () => {
		const heard: string[][] = [];
		const off = onTablesRegistered(() => heard.push(loadedTables()));
		const lookup = lookupOf({ districts: seedData.districts, communes: seedData.communes, successions: seedData.successions });
		const before = lookup.communeById.get(seedData.communes[0].id);

		const { TABLES } = await import('../../src/lib/schema/all');
		off();
		expect(heard).toEqual([TABLE_NAMES]);
		expect(loadedTables()).toEqual(TABLE_NAMES);
		expect(TABLES.map((d) => d.name)).toEqual(TABLE_NAMES); // heads.ts lists them in the registry's order

		const more = lookupTables().filter((t) => !['districts', 'communes', 'successions'].includes(t));
		expect(more.sort()).toEqual(['campaigns', 'criteriaSets', 'periods', 'resultMeasures']);
		lookup.addRefs(refRowsOf(seedData, lookup, more as TableName[]));
		const period = seedData.periods[0];
		expect(lookup.refRow('periods', period.id)).toBe(period);
		expect(lookup.communeById.get(seedData.communes[0].id)).toBe(before); // the same lookup, its units untouched
		// A table it has is kept as it is.
		lookup.addRefs(refRowsOf({ periods: [] }, lookup, ['periods']));
		expect(lookup.refRows('periods')).toHaveLength(seedData.periods.length);
	});

	it('gives each definition its head (sheet, seed, page) from heads.ts', async () => {
		const { TABLES } = await import('../../src/lib/schema/all');
		for (const d of TABLES) {
			const head = HEADS[d.name];
			expect([d.name, d.sheetOrder, d.seed, d.page]).toEqual([d.name, head.sheetOrder, head.seed, head.page]);
			expect(schemas[d.name]).toBe(d);
		}
	});
});
