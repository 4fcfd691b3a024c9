// The collection board's status logic and the province's figures from returns: a figure a
// district has not sent is missing, never 0.
import { describe, it, expect } from 'vitest';
import { boardStatus, collectionBoard, boardCounts } from '../../src/lib/packages/board';
import { provinceFigures, missingFigures } from '../../src/lib/packages/figures';
import type { PackageRecord } from '../../src/lib/packages/types';

const rec = (over: Partial<PackageRecord>): PackageRecord => ({
	id: 'goi-' + (over.districtId ?? 'x'),
	version: 1,
	updatedAt: '',
	periodId: '2025-h1',
	districtId: 'x',
	role: 'sent',
	sentAt: '2025-07-01T02:00:00.000Z',
	deadline: '2025-07-10',
	returnedAt: null,
	returnedBy: '',
	appliedAt: null,
	fileName: '',
	sourceDataset: '',
	notes: '',
	...over
});

describe('board status', () => {
	it('not sent, waiting, overdue (the day after the deadline), returned, applied', () => {
		expect(boardStatus(null, '2025-07-20')).toBe('notSent');
		expect(boardStatus(rec({}), '2025-07-05')).toBe('waiting');
		expect(boardStatus(rec({}), '2025-07-10')).toBe('waiting');
		expect(boardStatus(rec({}), '2025-07-11')).toBe('overdue');
		expect(boardStatus(rec({ deadline: null }), '2030-01-01')).toBe('waiting');
		expect(boardStatus(rec({ returnedAt: '2025-07-12T00:00:00Z' }), '2025-07-20')).toBe('returned');
		expect(boardStatus(rec({ returnedAt: '2025-07-12T00:00:00Z', appliedAt: '2025-07-13T00:00:00Z' }), '2025-07-20')).toBe('applied');
		// A return applied without a package made here (the district sent it on its own) still counts.
		expect(boardStatus(rec({ sentAt: null, appliedAt: '2025-07-13T00:00:00Z' }), '2025-07-20')).toBe('applied');
	});

	it('one row per district with its missing figures; other periods and received packages are ignored', () => {
		const rows = collectionBoard({
			periodId: '2025-h1',
			districtIds: ['a', 'b', 'c', 'd'],
			packages: [
				rec({ districtId: 'a', appliedAt: '2025-07-08T00:00:00Z', returnedAt: '2025-07-08T00:00:00Z' }),
				rec({ districtId: 'b' }),
				rec({ districtId: 'c', periodId: '2024' }),
				rec({ districtId: 'd', role: 'received' })
			],
			results: [
				{ districtId: 'a', periodId: '2025-h1', measureId: 'm1', value: 0 },
				{ districtId: 'a', periodId: '2025-h1', measureId: 'm2', value: null },
				{ districtId: 'b', periodId: '2024', measureId: 'm1', value: 5 }
			],
			measureIds: ['m1', 'm2'],
			deadline: '2025-07-10',
			today: '2025-07-15'
		});
		expect(rows.map((r) => [r.districtId, r.status, r.missing])).toEqual([
			['a', 'applied', ['m2']],
			['b', 'overdue', ['m1', 'm2']],
			['c', 'notSent', ['m1', 'm2']],
			['d', 'notSent', ['m1', 'm2']]
		]);
		expect(boardCounts(rows)).toEqual({ notSent: 2, waiting: 0, overdue: 1, returned: 0, applied: 1 });
	});
});

describe('province figures: missing, never 0', () => {
	const results = [
		{ districtId: 'a', periodId: 'p', measureId: 'm1', value: 3 },
		{ districtId: 'b', periodId: 'p', measureId: 'm1', value: 0 },
		{ districtId: 'b', periodId: 'p', measureId: 'm2', value: null },
		{ districtId: 'c', periodId: 'other', measureId: 'm2', value: 8 }
	];
	it('sums only the figures sent and names the districts missing', () => {
		const f = provinceFigures(results, ['a', 'b', 'c'], ['m1', 'm2'], 'p');
		expect(f.measures).toEqual([
			{ measureId: 'm1', total: 3, reported: ['a', 'b'], missing: ['c'] },
			// Nobody sent m2 for the period (b left it blank, c sent it for another period): no total, not 0.
			{ measureId: 'm2', total: null, reported: [], missing: ['a', 'b', 'c'] }
		]);
		expect(f.notReported).toEqual(['c']);
		expect(f.incomplete).toEqual(['a', 'b']);
	});
	it('a reported 0 is a figure; a blank is not', () => {
		expect(missingFigures(results, 'b', ['m1', 'm2'], 'p')).toEqual(['m2']);
		expect(provinceFigures([{ districtId: 'a', periodId: 'p', measureId: 'm', value: 0 }], ['a'], ['m'], 'p').measures[0].total).toBe(0);
		expect(provinceFigures([], ['a'], ['m'], 'p').measures[0].total).toBeNull();
	});
});
