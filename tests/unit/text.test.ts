import { describe, it, expect } from 'vitest';
import { clean, fold, distance, closest } from '$lib/domain/text';
import { seedData } from '$seeds/index';

const communes = seedData.communes;
const names = (list: { name: string }[]) => list.map((c) => c.name);

describe('fold', () => {
	it('folds case, spacing and diacritics (đ -> d) to one key', () => {
		expect(fold('Đại  Lộc')).toBe('dai loc');
		expect(fold('dai loc')).toBe('dai loc');
		expect(fold('ĐẠI LỘC')).toBe('dai loc');
		expect(fold('Đại  Lộc')).toBe(fold('ĐẠI LỘC'));
	});

	it('gives the same key for composed and decomposed input', () => {
		const nfd = 'Quảng Nam'.normalize('NFD');
		expect(nfd).not.toBe('Quảng Nam');
		expect(fold(nfd)).toBe('quang nam');
		expect(fold('  Tam\tKỳ \n')).toBe('tam ky');
	});

	it('keeps different words different', () => {
		expect(fold('Duy Phú')).not.toBe(fold('Duy Phước'));
	});
});

describe('clean', () => {
	it('returns NFC text for a decomposed string', () => {
		const composed = 'Đại Lộc – Nông thôn mới';
		const decomposed = composed.normalize('NFD');
		expect(decomposed).not.toBe(composed);
		expect(decomposed.length).toBeGreaterThan(composed.length);
		const out = clean(decomposed);
		expect(out).toBe(composed);
		expect(out.normalize('NFC')).toBe(out);
	});

	it('trims and collapses inner whitespace', () => {
		expect(clean('  Tam   Kỳ \t\n ')).toBe('Tam Kỳ');
		expect(clean('')).toBe('');
	});
});

describe('distance', () => {
	it('computes the Levenshtein distance', () => {
		expect(distance('kitten', 'sitting')).toBe(3);
		expect(distance('abc', 'abc')).toBe(0);
		expect(distance('', 'abc')).toBe(3);
		expect(distance('abc', '')).toBe(3);
		expect(distance('ta bhing', 'ta bhinh')).toBe(1);
		expect(distance('flaw', 'lawn')).toBe(2);
	});

	it('is symmetric', () => {
		for (const [a, b] of [
			['duy phu', 'duy phuoc'],
			['hoi an', 'tam ky'],
			['a', 'xyz']
		]) {
			expect(distance(a, b)).toBe(distance(b, a));
		}
	});
});

describe('closest', () => {
	it('puts "Duy Phú" first for "Duy Phủ"', () => {
		const got = closest('Duy Phủ', communes, (c) => c.name);
		expect(got[0].name).toBe('Duy Phú');
		expect(got[0].districtId).toBe('508');
	});

	it('puts "Tà Bhinh" first for "Tà Bhing"', () => {
		const got = closest('Tà Bhing', communes, (c) => c.name);
		expect(got[0].name).toBe('Tà Bhinh');
	});

	it('prefers the accented form on folded ties and honours the limit', () => {
		// "Tam Thanh", "Tam Thạnh" and "Tam Thành" all fold to "tam thanh".
		const got = closest('Tam Thạnh', communes, (c) => c.name, 3);
		expect(got).toHaveLength(3);
		expect(got[0].name).toBe('Tam Thạnh');
		expect(new Set(names(got))).toEqual(new Set(['Tam Thanh', 'Tam Thạnh', 'Tam Thành']));
		expect(closest('Tam Kỳ', communes, (c) => c.name, 1)).toHaveLength(1);
		expect(closest('x', [], (c: { name: string }) => c.name)).toEqual([]);
	});
});
