// Rows read from storage or a file are normalised: defaults for missing columns, unknown fields kept.
import { describe, expect, it } from 'vitest';
import { normaliseRow, normaliseRows, defaults } from '../../src/lib/schema';
import { seedData } from '../../seeds/index';

describe('normaliseRow', () => {
	it('returns the very same object when nothing needs changing', () => {
		const t = structuredClone(seedData.targets[0]) as unknown as Record<string, unknown>;
		expect(normaliseRow('targets', t)).toBe(t);
	});

	it('fills columns a row written by an older release lacks, with the table default', () => {
		const { responsible: _r, criteriaMet: _c, status: _s, ...old } = structuredClone(seedData.targets[0]);
		const r = normaliseRow('targets', old)!;
		expect(r.responsible).toBe('');
		expect(r.criteriaMet).toBeNull();
		expect(r.status).toBe('not_started'); // the blank row's value
		expect(r.communeId).toBe(seedData.targets[0].communeId);
	});

	it('keeps fields it does not know (a newer release wrote them)', () => {
		const row = { ...structuredClone(seedData.communes[0]), futureField: { a: 1 }, note2030: 'x' };
		const r = normaliseRow('communes', row)!;
		expect(r.futureField).toEqual({ a: 1 });
		expect(r.note2030).toBe('x');
	});

	it('repairs types: numbers stored as text, ids as numbers, a missing version', () => {
		const row = { ...structuredClone(seedData.communes[0]), id: 20527, criteriaMet: '17', hamletsTotal: 'abc', inProgramme: 'true', version: undefined };
		const r = normaliseRow('communes', row)!;
		expect(r.id).toBe('20527');
		expect(r.criteriaMet).toBe(17);
		expect(r.hamletsTotal).toBeNull();
		expect(r.inProgramme).toBe(true);
		expect(r.version).toBe(0);
	});

	it('leaves out what cannot be a row, without throwing', () => {
		expect(normaliseRows('targets', [null, 5, 'x', [], {}, { id: '' }, { id: 'ok' }]).map((r) => r.id)).toEqual(['ok']);
	});

	it('defaults() is every column empty, then the table blank', () => {
		const d = defaults('targets');
		expect(d.notes).toBe('');
		expect(d.decisionDate).toBeNull();
		expect(d.action).toBe('reach');
		expect('id' in d).toBe(false);
	});
});
