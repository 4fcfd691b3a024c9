import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ACTIONS, BASES, COMMUNE_KINDS, COMPARATORS, DISTRICT_KINDS, DISTRICT_LEVELS, LEVELS, REGIONS, STATUSES } from '../../src/lib/domain/enums';
import { TABLE_NAMES, type TableName } from '../../src/lib/schema/registry';
import { schemas, parseValue, type Column } from '../../src/lib/schema';
import { buildPreview } from '../../src/lib/excel/preview';
import { applyPreview } from '../../src/lib/excel/apply';
import { readDataset } from '../../src/lib/excel/export';
import type { Dataset } from '../../src/lib/excel/workbook-write';
import { exportBytes, newDb, parseBytes, seededDb } from './excel-helpers';

const CHARS = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƯƠÂ AZ0123456789=+-@\'"<>&/;,.!?%'.split('');
const rawText = (max: number) => fc.array(fc.constantFrom(...CHARS, '\n', '  '), { maxLength: max }).map((a) => a.join(''));
const letters = 'abcdeghiklmnopqrstuvxyàáâăđêôơư'.split('');
const word = fc.array(fc.constantFrom(...letters), { minLength: 2, maxLength: 7 }).map((a) => a.join(''));

/** The stored form of a random value for a column (what the app itself would store). */
function canonical(table: TableName, key: string, raw: unknown): unknown {
	const col = (schemas[table].columns as Column<any>[]).find((c) => c.key === key)!;
	const r = parseValue(col, raw);
	return r.ok ? r.value : col.type === 'text' || col.type === 'longtext' ? '' : null;
}

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const isoDate = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const deadline = fc.oneof(
	isoDate,
	fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
	fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
	fc.integer({ min: 2000, max: 2100 }).map(String)
);
const money = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100);

const datasetArb = fc
	.record({
		districtNames: fc.uniqueArray(word, { minLength: 1, maxLength: 3, selector: (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd') }),
		communeNames: fc.uniqueArray(word, { minLength: 1, maxLength: 5, selector: (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd') }),
		seed: fc.array(fc.record({ a: rawText(40), b: rawText(12), n: maybe(fc.integer({ min: 0, max: 19 })), y: maybe(fc.integer({ min: 2000, max: 2100 })), d: maybe(isoDate), dl: maybe(deadline), m: money, i: fc.nat(1000) }), { minLength: 12, maxLength: 12 })
	})
	.map(({ districtNames, communeNames, seed }) => {
		const pick = <T>(list: readonly T[], i: number) => list[i % list.length];
		const txt = (t: TableName, k: string, i: number, long = false) => canonical(t, k, long ? seed[i % 12].a : seed[i % 12].b);
		const districts = districtNames.map((w, i) => ({
			id: String(500 + i),
			version: 1,
			updatedAt: '2024-01-01T00:00:00.000Z',
			name: `Huyện ${w}`,
			kind: pick(DISTRICT_KINDS, seed[i].i),
			region: pick(REGIONS, seed[i].i),
			poorDistrict: seed[i].i % 3 === 0,
			regionSource: txt('districts', 'regionSource', i, true) as string,
			note2025: txt('districts', 'note2025', i, true) as string
		}));
		const communes = communeNames.map((w, i) => ({
			id: String(20000 + i * 3),
			version: 1 + (seed[i].i % 5),
			updatedAt: '2024-01-01T00:00:00.000Z',
			districtId: pick(districts, i).id,
			name: `Xã ${w}`,
			// The first is always a commune (xã) of the programme: commune targets may only point at those.
			kind: i === 0 ? 'xa' : pick(COMMUNE_KINDS, seed[i].i),
			region: pick(REGIONS, seed[i + 1].i),
			inProgramme: i === 0 || seed[i].i % 2 === 0,
			recognisedLevel: seed[i].i % 4 === 0 ? null : pick(LEVELS, seed[i].i),
			recognisedYear: seed[i].y,
			criteriaMet: seed[i].n,
			hamletsTotal: seed[i + 2].n,
			modelHamlets: seed[i + 3].n,
			note2025: txt('communes', 'note2025', i, true) as string,
			// Some units formed by a reform (a first day), most of the plan's map (none).
			validFrom: i % 3 === 2 ? '2025-07-01' : null,
			notes: txt('communes', 'notes', i + 1, true) as string
		}));
		const eligible = communes.filter((c) => c.kind === 'xa' && c.inProgramme);
		const keys = new Set<string>();
		const targets = seed.slice(0, 6).map((s, i) => {
			const c = pick(eligible, s.i);
			return {
				id: `t-${i}${s.i}`,
				version: 1,
				updatedAt: '2024-01-01T00:00:00.000Z',
				communeId: c.id,
				districtId: c.districtId,
				level: pick(LEVELS, s.i),
				year: 2000 + ((s.i + i) % 100),
				action: pick(ACTIONS, s.i + i),
				status: pick(STATUSES, s.i * 7),
				deadline: s.dl,
				criteriaMet: s.n,
				responsible: txt('targets', 'responsible', i) as string,
				decisionNo: txt('targets', 'decisionNo', i + 2) as string,
				decisionDate: s.d,
				notes: txt('targets', 'notes', i + 3, true) as string,
				planName: txt('targets', 'planName', i + 4) as string,
				planSection: txt('targets', 'planSection', i + 5) as string
			};
		}).filter((t) => {
			// One target per commune, level and year (the table's unique key).
			const k = `${t.communeId}|${t.level}|${t.year}`;
			if (keys.has(k)) return false;
			keys.add(k);
			return true;
		});
		const goals = seed.slice(0, 2).map((s, i) => ({
			id: `g-${i}`,
			version: 1,
			updatedAt: '2024-01-01T00:00:00.000Z',
			key: `goal_${i}`,
			name: `Mục tiêu ${i} ${txt('goals', 'name', i)}`.trim(),
			comparator: pick(COMPARATORS, s.i),
			target: Math.abs(s.m) % 100000,
			basis: pick(BASES, s.i),
			basisCount: s.n,
			statedSharePct: s.i % 3 ? null : (s.i % 100) + 0.5,
			baseline: s.i % 2 ? null : s.m,
			baselineNote: txt('goals', 'baselineNote', i, true) as string,
			deadline: s.dl,
			planSection: 'II.1',
			notes: txt('goals', 'notes', i + 1, true) as string,
			phase: i % 2 ? '2026-2030' : ''
		}));
		const indicators = seed.slice(2, 4).map((s, i) => ({
			id: `ind-${i}`,
			version: 1,
			updatedAt: '2024-01-01T00:00:00.000Z',
			name: `Chỉ tiêu ${i}`,
			unit: txt('indicators', 'unit', i) as string,
			baseline: txt('indicators', 'baseline', i + 1) as string,
			target: txt('indicators', 'target', i + 2) as string,
			actual: txt('indicators', 'actual', i + 3) as string,
			deadline: s.dl,
			planSection: 'II.7',
			notes: txt('indicators', 'notes', i, true) as string
		}));
		const districtTargets = seed.slice(4, 6).map((s, i) => ({
			id: `dt-${i}`,
			version: 1,
			updatedAt: '2024-01-01T00:00:00.000Z',
			districtId: pick(districts, s.i).id,
			level: pick(DISTRICT_LEVELS, s.i),
			year: 2020 + i,
			deadline: s.dl,
			status: pick(STATUSES, s.i),
			decisionNo: txt('districtTargets', 'decisionNo', i) as string,
			decisionDate: s.d,
			notes: txt('districtTargets', 'notes', i, true) as string,
			planText: txt('districtTargets', 'planText', i + 1, true) as string,
			planSection: 'II.5'
		}));
		// The other tables (the association's registers) are empty here.
		const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []]));
		return { ...empty, districts, communes, targets, goals, indicators, districtTargets } as unknown as Dataset;
	});

function strip(data: Dataset) {
	const out: Record<string, unknown[]> = {};
	for (const t of TABLE_NAMES) {
		out[t] = (data[t] as unknown as Record<string, unknown>[])
			.map(({ version: _v, updatedAt: _u, ...rest }) => rest)
			.sort((a, b) => String(a.id).localeCompare(String(b.id)));
	}
	return out;
}

describe('round trip property', () => {
	it('export -> import into an empty database gives identical records', async () => {
		await fc.assert(
			fc.asyncProperty(datasetArb, async (data) => {
				const db = newDb();
				const preview = await buildPreview(db, parseBytes(exportBytes(data)));
				expect(preview.issues.map((i) => i.message)).toEqual([]);
				await applyPreview(db, preview);
				expect(strip(await readDataset(db))).toEqual(strip(data));
				db.close();
			}),
			{ numRuns: 25 }
		);
	}, 120_000);

	it('export -> import against the same data reports no change', async () => {
		await fc.assert(
			fc.asyncProperty(datasetArb, async (data) => {
				const db = await seededDb(data);
				const preview = await buildPreview(db, parseBytes(exportBytes(data)));
				expect(preview.errorCount).toBe(0);
				expect(preview.rows).toEqual([]);
				db.close();
			}),
			{ numRuns: 15 }
		);
	}, 120_000);
});
