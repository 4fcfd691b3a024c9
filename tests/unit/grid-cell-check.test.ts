// The check a cell editor runs before its value may leave the cell.
import { describe, expect, it } from 'vitest';
import { lookupOf, schemas, type Column } from '../../src/lib/schema';
import { seedData } from '../../seeds/index';
import { cellError } from '../../src/lib/grid/cell-check';

const lookup = lookupOf(seedData);
const criteria = (schemas.targets.columns as Column<any>[]).find((c) => c.key === 'criteriaMet')!;
const commune = (schemas.targets.columns as Column<any>[]).find((c) => c.key === 'communeId')!;
const date = (schemas.targets.columns as Column<any>[]).find((c) => c.key === 'decisionDate')!;

describe('cellError', () => {
	it('accepts what parseValue accepts', () => {
		expect(cellError(criteria, '19', 'vi', lookup)).toBeNull();
		expect(cellError(criteria, '', 'vi', lookup)).toBeNull();
		expect(cellError(date, '25/01/2024', 'vi', lookup)).toBeNull();
		expect(cellError(commune, 'duy thu', 'vi', lookup)).toBeNull();
	});

	it('says what is wrong, with the range, in Vietnamese', () => {
		expect(cellError(criteria, '25', 'vi', lookup)).toBe('25 nằm ngoài khoảng cho phép của cột "Số tiêu chí đạt" (từ 0 đến 19).');
		expect(cellError(criteria, 'abc', 'vi', lookup)).toContain('"abc" không phải là số nguyên');
		expect(cellError(date, '31/02/2025', 'vi', lookup)).toContain('không phải ngày hợp lệ');
	});

	it('names the column and the suggestions in the language of the page', () => {
		const en = cellError(criteria, '25', 'en', lookup)!;
		expect(en).toContain('"Criteria met"');
		expect(en).not.toContain('Số tiêu chí đạt');
		const vi = cellError(commune, 'Duy Thuu', 'vi', lookup)!;
		expect(vi).toContain('Không tìm thấy xã "Duy Thuu"');
		expect(vi).toContain('Có phải: ');
		expect(vi).toContain('Duy Thu');
		const enRef = cellError(commune, 'Duy Thuu', 'en', lookup)!;
		expect(enRef).not.toContain('Có phải');
		expect(enRef).toContain('Duy Thu');
	});
});
