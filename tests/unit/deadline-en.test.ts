// Deadlines in English: written as English ("Q1 2024", "by September 2024", "by the end of 2025"),
// consistent with the day a deadline ends, and read back when a planner pastes them.
import { describe, it, expect } from 'vitest';
import { deadlineEnd, formatDeadline, parseDeadline } from '$lib/domain/deadline';
import { formatValue, parseValue } from '$lib/schema/values';
import { schemas, type Column } from '$lib/schema';

const deadline = (schemas.targets.columns as Column<any>[]).find((c) => c.key === 'deadline')!;

describe('formatDeadline in English', () => {
	it.each([
		['2024-Q1', 'Q1 2024'],
		['2025-Q4', 'Q4 2025'],
		['2024-10', 'by September 2024'], // "trước tháng 10/2024": before October
		['2025-06', 'by May 2025'],
		['2025-01', 'by December 2024'], // "trước tháng 1/2025": by the end of 2024's last month
		['2025-12', 'by November 2025'],
		['2025', 'by the end of 2025'],
		['2024-01-25', '25/01/2024']
	])('%s reads %j', (value, text) => {
		expect(formatDeadline(value, 'en')).toBe(text);
	});

	it('never shows the Vietnamese words', () => {
		for (const v of ['2024-Q1', '2024-10', '2025']) expect(formatDeadline(v, 'en')).not.toMatch(/Quý|trước|tháng|năm|before month|Quarter/);
	});

	it('names the month that deadlineEnd ends in', () => {
		const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
		for (let m = 1; m <= 12; m++) {
			const v = `2025-${String(m).padStart(2, '0')}`;
			const end = deadlineEnd(v)!;
			expect(formatDeadline(v, 'en')).toBe(`by ${months[+end.slice(5, 7) - 1]} ${end.slice(0, 4)}`);
		}
	});

	it('leaves unknown text and empty values alone', () => {
		expect(formatDeadline('whenever', 'en')).toBe('whenever');
		expect(formatDeadline(null, 'en')).toBe('');
		expect(formatDeadline('2024-13', 'en')).toBe('2024-13');
	});

	it('is what formatValue shows in English, while Vietnamese is unchanged', () => {
		expect(formatValue(deadline, '2024-Q1', 'en')).toBe('Q1 2024');
		expect(formatValue(deadline, '2024-10', 'en')).toBe('by September 2024');
		expect(formatValue(deadline, '2025', 'en')).toBe('by the end of 2025');
		expect(formatValue(deadline, '2024-Q1', 'vi')).toBe('Quý 1/2024');
		expect(formatValue(deadline, '2024-10', 'vi')).toBe('trước tháng 10/2024');
		expect(formatValue(deadline, '2025', 'vi')).toBe('năm 2025');
	});
});

describe('parseDeadline reads the English forms', () => {
	it('round-trips every English form', () => {
		for (const v of ['2024-Q1', '2025-Q3', '2024-10', '2025-06', '2025-01', '2024-12', '2025', '2024-01-25']) {
			expect(parseDeadline(formatDeadline(v, 'en')), v).toEqual({ ok: true, value: v });
			expect(parseValue(deadline, formatValue(deadline, v, 'en'))).toEqual({ ok: true, value: v });
		}
	});

	it.each([
		['Q1 2024', '2024-Q1'],
		['q3/2025', '2025-Q3'],
		['Quarter 2 2024', '2024-Q2'],
		['Quarter 1/2024', '2024-Q1'], // the older English form
		['by the end of Q4 2024', '2024-Q4'],
		['by September 2024', '2024-10'],
		['By Sept 2024', '2024-10'],
		['by the end of September 2024', '2024-10'],
		['by December 2024', '2025-01'],
		['before October 2024', '2024-10'],
		['before month 10/2024', '2024-10'], // the older English form
		['September 2024', '2024-09-30'], // within that month, like "tháng 9/2024"
		['in Feb 2024', '2024-02-29'],
		['by the end of 2025', '2025'],
		['end of 2025', '2025'],
		['by 2025', '2025'],
		['year 2025', '2025']
	])('reads %j as %j', (input, want) => {
		expect(parseDeadline(input)).toEqual({ ok: true, value: want });
	});

	it.each(['by Smarch 2024', 'Q5 2024', 'by the end of', 'before month 13/2024', 'by ma 2024', 'in 99999'])('refuses %j', (input) => {
		expect(parseDeadline(input)).toEqual({ ok: false });
	});
});
