// New record ids (domain/ids.ts) and the order the write path takes a long list in (db/apply.ts
// byPage: by storage page, stable within a page).
import { describe, expect, it } from 'vitest';
import { newRecordId } from '$lib/domain/ids';
import { byPage } from '$lib/db/apply';
import { pageOf } from '$lib/db/pages';
import { WRITE_SLICE } from '$lib/db/write';

describe('newRecordId', () => {
	it('gives the prefix and the asked number of hex digits, never twice in 100,000', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 100_000; i++) {
			const id = newRecordId('tg');
			expect(id).toMatch(/^tg-[0-9a-f]{12}$/);
			seen.add(id);
		}
		expect(seen.size).toBe(100_000);
		expect(newRecordId('cn', 10)).toMatch(/^cn-[0-9a-f]{10}$/);
	});
	it('spreads its digits evenly (every hex digit about as often)', () => {
		const counts = new Map<string, number>();
		for (let i = 0; i < 20_000; i++) for (const ch of newRecordId('x').slice(2)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
		expect(counts.size).toBe(16);
		for (const n of counts.values()) expect(Math.abs(n / 15_000 - 1)).toBeLessThan(0.1);
	});
});

describe('byPage', () => {
	it('leaves a short list as it is', () => {
		const list = ['b', 'a', 'c'].map((id) => ({ id }));
		expect(byPage(list, (x) => x.id)).toBe(list);
	});
	it('orders a long list by page, keeping the order of the items of one page', () => {
		const list = Array.from({ length: WRITE_SLICE * 3 }, (_, i) => ({ id: `r${i % 4000}`, n: i }));
		const out = byPage(list, (x) => x.id);
		expect(out).toHaveLength(list.length);
		expect(new Set(out)).toEqual(new Set(list));
		for (let i = 1; i < out.length; i++) {
			const [a, b] = [pageOf(out[i - 1].id), pageOf(out[i].id)];
			expect(a <= b).toBe(true);
			if (a === b) expect(out[i - 1].n < out[i].n).toBe(true);
		}
	});
});
