import { describe, it, expect } from 'vitest';
import { parseDeadline, parseDate, formatDeadline, deadlineEnd } from '$lib/domain/deadline';

const VI = { quarter: 'Quý', beforeMonth: 'trước tháng', year: 'năm' };
const WORDS = { quarter: 'Quarter', beforeMonth: 'before month', year: 'year' };

describe('parseDeadline', () => {
	it.each([
		['Quý 1/2024', '2024-Q1'],
		['quý I/2024', '2024-Q1'],
		['Quý IV/2024', '2024-Q4'],
		['quý iii / 2025', '2025-Q3'],
		['Q4/2025', '2025-Q4'],
		['quy 2/2024', '2024-Q2'],
		['2024-Q1', '2024-Q1'],
		['trước tháng 10/2024', '2024-10'],
		['TRƯỚC THÁNG 10/2024', '2024-10'],
		['tháng 6/2025', '2025-06-30'], // "in June": by its last day
		['truoc thang 06/2025', '2025-06'],
		['6/2025', '2025-06-30'],
		['2025-06', '2025-06'],
		['25/01/2024', '2024-01-25'],
		['5/1/2024', '2024-01-05'],
		['25-01-2024', '2024-01-25'],
		['25.01.2024', '2024-01-25'],
		['2024-01-25', '2024-01-25'],
		['29/02/2024', '2024-02-29'],
		['2025', '2025'],
		['năm 2025', '2025'],
		['  Quý 1/2024  ', '2024-Q1']
	])('reads %j as %j', (input, want) => {
		expect(parseDeadline(input)).toEqual({ ok: true, value: want });
	});

	it('reads decomposed (NFD) Vietnamese', () => {
		expect(parseDeadline('Quý 1/2024'.normalize('NFD'))).toEqual({ ok: true, value: '2024-Q1' });
		expect(parseDeadline('trước tháng 10/2024'.normalize('NFD'))).toEqual({ ok: true, value: '2024-10' });
	});

	it.each([
		'',
		'   ',
		'abc',
		'sớm nhất có thể',
		'Quý 5/2024',
		'Quý 0/2024',
		'tháng 13/2024',
		'tháng 0/2024',
		'2024-13',
		'31/02/2024',
		'29/02/2023',
		'32/01/2024',
		'00/01/2024',
		'2024-02-30',
		'2024-00-10',
		'12345',
		'1800'
	])('refuses %j', (input) => {
		expect(parseDeadline(input)).toEqual({ ok: false });
	});
});

describe('parseDate', () => {
	it('accepts real days only', () => {
		expect(parseDate('25/01/2024')).toEqual({ ok: true, value: '2024-01-25' });
		expect(parseDate('2024-1-5')).toEqual({ ok: true, value: '2024-01-05' });
		expect(parseDate('31/02/2024')).toEqual({ ok: false });
		expect(parseDate('31/04/2024')).toEqual({ ok: false });
		expect(parseDate('30/04/2024')).toEqual({ ok: true, value: '2024-04-30' });
		expect(parseDate('29/02/2100')).toEqual({ ok: false });
		expect(parseDate('29/02/2000')).toEqual({ ok: true, value: '2000-02-29' });
		expect(parseDate('Quý 1/2024')).toEqual({ ok: false });
	});
});

describe('formatDeadline', () => {
	it('writes each form with the Vietnamese words', () => {
		expect(formatDeadline('2024-Q1', VI)).toBe('Quý 1/2024');
		expect(formatDeadline('2024-10', VI)).toBe('trước tháng 10/2024');
		expect(formatDeadline('2025-06', VI)).toBe('trước tháng 6/2025');
		expect(formatDeadline('2025', VI)).toBe('năm 2025');
		expect(formatDeadline('2024-01-25', VI)).toBe('25/01/2024');
		expect(formatDeadline(null, VI)).toBe('');
		expect(formatDeadline('', VI)).toBe('');
	});

	it('writes Vietnamese by default and for "vi"', () => {
		for (const v of ['2024-Q1', '2024-10', '2025-06', '2025', '2024-01-25']) {
			expect(formatDeadline(v)).toBe(formatDeadline(v, VI));
			expect(formatDeadline(v, 'vi')).toBe(formatDeadline(v, VI));
		}
	});

	it('writes English as English (tests/unit/deadline-en.test.ts has the rest)', () => {
		expect(formatDeadline('2024-Q4', 'en')).toBe('Q4 2024');
		expect(formatDeadline('2024-10', 'en')).toBe('by September 2024');
		expect(formatDeadline('2025', 'en')).toBe('by the end of 2025');
	});

	it('still takes other words for the Vietnamese forms', () => {
		expect(formatDeadline('2024-Q4', WORDS)).toBe('Quarter 4/2024');
		expect(formatDeadline('2024-10', WORDS)).toBe('before month 10/2024');
		expect(formatDeadline('2025', WORDS)).toBe('year 2025');
	});

	it('round-trips with parseDeadline', () => {
		for (const v of ['2024-Q1', '2025-Q3', '2024-10', '2025-06', '2025', '2024-01-25']) {
			expect(parseDeadline(formatDeadline(v, VI))).toEqual({ ok: true, value: v });
		}
	});

	it('shows unknown text unchanged', () => {
		expect(formatDeadline('whenever', VI)).toBe('whenever');
	});
});

describe('deadlineEnd', () => {
	it.each([
		['2024-01-25', '2024-01-25'],
		['2024-Q1', '2024-03-31'],
		['2024-Q2', '2024-06-30'],
		['2024-Q3', '2024-09-30'],
		['2024-Q4', '2024-12-31'],
		['2024-10', '2024-09-30'], // "trước tháng 10/2024": before October
		['2025-06', '2025-05-31'],
		['2024-03', '2024-02-29'], // leap year
		['2023-03', '2023-02-28'],
		['2024-01', '2023-12-31'],
		['2025', '2025-12-31']
	])('%s ends on %s', (value, end) => {
		expect(deadlineEnd(value)).toBe(end);
	});

	it('gives null for no deadline or unknown text', () => {
		expect(deadlineEnd(null)).toBeNull();
		expect(deadlineEnd('')).toBeNull();
		expect(deadlineEnd('junk')).toBeNull();
	});

	it('orders deadlines by their end day', () => {
		const ends = ['2025', '2024-10', '2024-Q1', '2024-01-25'].map((v) => deadlineEnd(v)!);
		expect([...ends].sort()).toEqual(['2024-01-25', '2024-03-31', '2024-09-30', '2025-12-31']);
	});
});
