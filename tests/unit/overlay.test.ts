// Derived values on grid rows (schema/overlay.ts): rows with nothing derived are kept as they are,
// and every cell says where its value comes from, copied row or not.
import { describe, it, expect } from 'vitest';
import { overlayRows, cellOrigin, ORIGIN } from '$lib/schema';

const target = (id: string, communeId: string, criteriaMet: number | null) => ({ id, communeId, level: 'ntm', year: 2025, criteriaMet, decisionNo: '', decisionDate: null });

describe('overlayRows', () => {
	const rows = [target('t1', 'c1', null), target('t2', 'c2', 12), target('t3', 'c3', null)];
	const tables = {
		assessments: [],
		recognitions: [{ id: 'r1', kind: 'recognised', scope: 'commune', communeId: 'c3', level: 'ntm', year: 2024, decisionNo: '12/QĐ', decisionDate: '2024-05-01' }]
	};
	const out = overlayRows('targets', rows, tables);

	it('copies only the rows with derived values', () => {
		expect(out[0]).toBe(rows[0]);
		expect(out[1]).toBe(rows[1]);
		expect(out[2]).not.toBe(rows[2]);
		expect(out[2].decisionNo).toBe('12/QĐ');
		expect(rows[2].decisionNo).toBe('');
	});

	it('gives each cell its origin, on copied rows and on rows kept as they are', () => {
		expect(cellOrigin('targets', out[0], 'criteriaMet')).toBeUndefined();
		expect(cellOrigin('targets', out[1], 'criteriaMet')).toEqual({ derived: false, key: 'origin.entered' });
		expect(cellOrigin('targets', out[2], 'decisionNo')).toMatchObject({ derived: true, key: 'origin.recognition' });
		expect(cellOrigin('targets', out[2], 'criteriaMet')).toBeUndefined();
		expect((out[2] as Record<string, unknown>)[ORIGIN]).toBeDefined();
		expect(cellOrigin('targets', undefined, 'criteriaMet')).toBeUndefined();
	});
});
