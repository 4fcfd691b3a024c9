import { describe, it, expect } from 'vitest';
import { parseNumber, formatNumber } from '$lib/domain/numbers';

describe('parseNumber', () => {
	it.each([
		['1.234,5', 1234.5],
		['1,234.5', 1234.5],
		['12,5', 12.5],
		['1.234', 1234],
		['1.234.567', 1234567],
		['1,234,567', 1234567],
		['1.5', 1.5],
		['  7 ', 7],
		['-3', -3],
		['+4', 4],
		['-1.234,5', -1234.5],
		['0', 0],
		['1 234', 1234],
		['1\u00a0234,5', 1234.5],
		['.5', 0.5],
		['19', 19]
	])('reads %j as %d', (input, want) => {
		expect(parseNumber(input)).toBe(want);
	});

	it.each(['abc', '', '   ', '12abc', '1,2,3', '--3', '.', 'NaN', 'Infinity', '1.2.3,4,5'])(
		'refuses %j',
		(input) => {
			expect(parseNumber(input)).toBeNull();
		}
	);
});

describe('formatNumber', () => {
	it('writes the Vietnamese convention', () => {
		expect(formatNumber(1234.5, 'vi-VN')).toBe('1.234,5');
		expect(formatNumber(1234.5)).toBe('1.234,5');
		expect(formatNumber(1234567, 'vi-VN')).toBe('1.234.567');
		expect(formatNumber(0.125, 'vi-VN')).toBe('0,13');
	});

	it('writes English and honours maxFraction', () => {
		expect(formatNumber(1234.5, 'en-GB')).toBe('1,234.5');
		expect(formatNumber(2.3456, 'en-GB', 3)).toBe('2.346');
		expect(formatNumber(2.3456, 'en-GB', 0)).toBe('2');
	});

	it('round-trips through parseNumber', () => {
		for (const n of [0, 7, -3, 1234.5, 1234567.25, 0.5]) {
			expect(parseNumber(formatNumber(n, 'vi-VN'))).toBe(n);
			expect(parseNumber(formatNumber(n, 'en-GB'))).toBe(n);
		}
	});
});
