// A unit's level follows its recognition events, worked by hand: recognitions raise it, a review's
// "not maintained" takes that level (and those above) away, a year bounds what counts, and a target
// marked recognised without a record counts, flagged as such.
import { describe, expect, it } from 'vitest';
import { RecognitionIndex, baselineCounts } from '../../src/lib/domain/recognitions';
import type { Recognition } from '../../src/lib/domain/records';

let n = 0;
const rec = (r: Partial<Recognition>): Recognition =>
	({ id: `r${n++}`, version: 1, updatedAt: '', scope: 'commune', communeId: 'X', districtId: 'D', level: 'ntm', kind: 'recognised', year: null, decisionNo: '', decisionDate: null, issuer: '', notes: '', ...r }) as Recognition;

describe('a commune\'s level from its recognitions', () => {
	const events = [
		rec({ level: 'ntm', year: 2017, decisionNo: '1/QĐ' }),
		rec({ level: 'nang_cao', year: 2022, decisionNo: '2/QĐ' }),
		rec({ level: 'nang_cao', kind: 'not_maintained', year: 2024 }),
		rec({ level: 'nang_cao', year: 2025, decisionNo: '3/QĐ' })
	];
	const index = new RecognitionIndex(events);
	it('by year: NTM 2017, advanced 2022, back to NTM after the 2024 review, advanced again in 2025', () => {
		expect(index.commune('X', 2016)).toBeNull();
		expect(index.commune('X', 2020)).toMatchObject({ rank: 1, level: 'ntm', year: 2017 });
		expect(index.commune('X', 2023)).toMatchObject({ rank: 2, level: 'nang_cao', year: 2022 });
		expect(index.commune('X', 2024)).toMatchObject({ rank: 1, level: 'ntm', year: 2017 });
		expect(index.commune('X')).toMatchObject({ rank: 2, level: 'nang_cao', year: 2025 });
		expect(index.commune('X')!.event.decisionNo).toBe('3/QĐ');
	});
	it('a model commune counts at the lower levels; a record with no year is before everything', () => {
		const i = new RecognitionIndex([rec({ communeId: 'Y', level: 'kieu_mau', year: null })]);
		expect(i.communeRank('Y', 2000)).toBe(3);
		expect(baselineCounts(i, ['Y', 'X'])).toEqual({ ntm: 1, nang_cao: 1, kieu_mau: 1 });
	});
	it('a target marked recognised without a record counts, flagged; with a record it is the record', () => {
		const t = { id: 't1', communeId: 'Z', level: 'ntm' as const, year: 2024, status: 'recognised' as const, decisionNo: '', decisionDate: null };
		const i = new RecognitionIndex([], [t]);
		expect(i.commune('Z')).toMatchObject({ rank: 1, year: 2024, event: { fromTarget: true, sourceId: 't1' } });
		expect(i.targetsWithoutRecord).toEqual(['t1']);
		const j = new RecognitionIndex([rec({ communeId: 'Z', level: 'ntm', year: 2024, decisionNo: '9/QĐ' })], [t]);
		expect(j.commune('Z')!.event.fromTarget).toBe(false);
		expect(j.targetsWithoutRecord).toEqual([]);
		expect(baselineCounts(i, ['Z'])).toEqual({ ntm: 0, nang_cao: 0, kieu_mau: 0 });
	});
	it('districts: "hoàn thành nhiệm vụ" is the NTM step of a city; advanced is the next', () => {
		const i = new RecognitionIndex([rec({ scope: 'district', communeId: '', districtId: '503', level: 'hoan_thanh', year: 2025 }), rec({ scope: 'district', communeId: '', districtId: '508', level: 'nang_cao', year: 2025 })]);
		expect(i.districtRank('503')).toBe(1);
		expect(i.districtRank('508')).toBe(2);
		expect(i.districtRank('503', 2024)).toBe(0);
	});
});
