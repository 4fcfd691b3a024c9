// The registry: every table is one definition, and everything that loops over tables agrees with it.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import {
	TABLES,
	TABLE_NAMES,
	schemas,
	sheetOrder,
	dependencyOrder,
	referencesOf,
	referencedTables,
	tableDef,
	type Column
} from '../../src/lib/schema';
import { vi as viFirstPage } from '../../src/lib/i18n/vi';
import { association } from '../../src/lib/i18n/vi/association';
import { criteria as criteriaTexts } from '../../src/lib/i18n/vi/criteria';
import { report as reportTexts } from '../../src/lib/i18n/vi/report';
import { collect as collectTexts } from '../../src/lib/i18n/vi/collect';
import { units as unitsTexts } from '../../src/lib/i18n/vi/units';
const viDict = { ...viFirstPage, ...association, ...criteriaTexts, ...reportTexts, ...collectTexts, ...unitsTexts } as typeof viFirstPage;
import { fold } from '../../src/lib/domain/text';
import { en } from '../../src/lib/i18n/en';
import { SHEET_ORDER } from '../../src/lib/excel/workbook-write';
import { NtmDatabase } from '../../src/lib/db/database';

describe('the registry', () => {
	it('names each table once, and each table has a seed file in seeds/', () => {
		expect(new Set(TABLE_NAMES).size).toBe(TABLES.length);
		for (const d of TABLES) {
			expect(existsSync(new URL(`../../seeds/${d.seed.file}`, import.meta.url)), d.seed.file).toBe(true);
			expect(d.seed.version).toBeGreaterThanOrEqual(1);
		}
	});

	it("each table's seed file has its own builder in seeds/builders/", async () => {
		const { readdirSync } = await import('node:fs');
		const dir = new URL('../../seeds/builders/', import.meta.url);
		const built = new Set<string>();
		for (const n of readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'common.mjs')) {
			built.add((await import(/* @vite-ignore */ new URL(n, dir).href)).file);
		}
		for (const d of TABLES) expect(built.has(d.seed.file), d.seed.file).toBe(true);
	});

	it('every key, add field, filter field and reference names a real column or table', () => {
		for (const d of TABLES) {
			const keys = new Set((d.columns as Column<any>[]).map((c) => c.key));
			for (const k of ['id', 'version', 'updatedAt']) expect(keys.has(k), `${d.name}.${k}`).toBe(true);
			for (const k of d.naturalKey) expect(keys.has(k), `${d.name} natural key ${k}`).toBe(true);
			for (const k of (('add' in d && d.add?.fields) || []) as string[]) expect(keys.has(k), `${d.name} add ${k}`).toBe(true);
			const params = (d.filters ?? []).map((f) => f.param);
			expect(new Set(params).size, `${d.name} filter params`).toBe(params.length);
			for (const c of d.columns as Column<any>[]) {
				if (c.type !== 'ref') continue;
				const target = tableDef(c.ref ?? '');
				expect(target, `${d.name}.${c.key} -> ${c.ref}`).toBeDefined();
				if (c.choice) expect(target!.choices?.[c.choice], `${c.ref} choice ${c.choice}`).toBeTypeOf('function');
			}
		}
	});

	it('every title, column label and add label has a Vietnamese and an English text', () => {
		for (const d of TABLES) {
			const labels = [d.title, ...(d.columns as Column<any>[]).map((c) => c.label), ...('add' in d && d.add ? [d.add.label] : [])];
			for (const l of labels) {
				expect(viDict[l], `vi ${l}`).toBeTruthy();
				expect(en[l], `en ${l}`).toBeTruthy();
			}
		}
	});

	it("the plan's own tables are labelled from the first page's dictionary (the association's, the criteria's and the recognitions' texts load with their pages)", () => {
		for (const d of TABLES) {
			if (d.page && 'group' in d.page && d.page.group === 'association') continue;
			if (d.title in criteriaTexts || d.title in reportTexts || d.title in collectTexts || d.title in unitsTexts) continue;
			for (const l of [d.title, ...(d.columns as Column<any>[]).map((c) => c.label)]) expect(viFirstPage[l], `${d.name}: ${l}`).toBeTruthy();
		}
	});

	it('no two columns of a table have headers that read the same without diacritics (import maps headers folded)', () => {
		for (const d of TABLES) {
			for (const lang of [viDict, en]) {
				const seen = new Map<string, string>();
				for (const c of d.columns as Column<any>[]) {
					const f = fold(lang[c.label]);
					expect(seen.get(f), `${d.name}: "${lang[c.label]}" (${c.key}) reads like ${seen.get(f)}`).toBeUndefined();
					seen.set(f, c.key);
				}
			}
		}
	});

	it('orders the workbook sheets as the entries say, the main table first', () => {
		expect(SHEET_ORDER).toEqual(sheetOrder());
		expect(SHEET_ORDER.slice(0, 6)).toEqual(['targets', 'communes', 'districtTargets', 'goals', 'indicators', 'districts']);
		expect(new Set(TABLES.map((d) => d.sheetOrder)).size).toBe(TABLES.length);
	});

	it('derives references and puts every table after the tables it points at', () => {
		expect(referencesOf('targets').sort()).toEqual(['communes', 'districts']);
		expect(referencesOf('results').sort()).toEqual(['districts', 'periods', 'resultMeasures']);
		expect(referencedTables().sort()).toEqual(['campaigns', 'communes', 'criteriaSets', 'districts', 'periods', 'resultMeasures']);
		expect(referencesOf('phases')).toEqual(['criteriaSets']);
		expect(referencesOf('assessments').sort()).toEqual(['communes', 'criteriaSets', 'districts']);
		expect(referencesOf('recognitions').sort()).toEqual(['communes', 'districts']);
		const order = dependencyOrder();
		expect(order).toHaveLength(TABLE_NAMES.length);
		for (const t of TABLE_NAMES) for (const r of referencesOf(t)) expect(order.indexOf(r), `${r} before ${t}`).toBeLessThan(order.indexOf(t));
	});

	it('gives the database one store per table', () => {
		const db = new NtmDatabase('test-registry-' + Math.random());
		// (+ `pages`, where the rows of every table are stored since version 4: db/pages.ts)
		expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES, 'history', 'meta', 'pages'].sort());
		for (const t of TABLE_NAMES) expect(db.table(t).schema.primKey.keyPath).toBe('id');
	});

	it('says who may add and delete rows: not the units and the goals of the plan; periods are added, not deleted', () => {
		const can = (t: string) => !!tableDef(t)?.add;
		// Reports are issued on /reports; the packages' rows are made by "Tạo gói gửi các huyện" and by imports of returns.
		// A phase is started as a draft on /phases (from the current one), not added as a blank row.
		expect(TABLE_NAMES.filter((t) => !can(t)).sort()).toEqual(['communes', 'districts', 'goals', 'packages', 'phases', 'reports']);
		// Criteria sets are added (the next phase's), not deleted: criteria and the matrix point at them.
		expect(TABLE_NAMES.filter((t) => !tableDef(t)?.canDelete).sort()).toEqual(['communes', 'criteriaSets', 'districts', 'goals', 'periods', 'phases']);
		expect(schemas.communes.id.kind).toBe('official');
		expect(schemas.targets.id.prefix).toBe('t');
	});
});
