// Text normalisation and name matching. Stored text is Unicode NFC; matching folds case,
// spacing and diacritics (đ -> d) so "Dai Loc", "ĐẠI LỘC" and "Đại  Lộc" are equal.

/** NFC, trimmed, inner whitespace collapsed. */
export function clean(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Folded key for matching: lower case, no diacritics, đ -> d, single spaces. */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}']+/gu, ' ')
		.trim();
}

/** Levenshtein distance (iterative, two rows). */
export function distance(a: string, b: string): number {
	if (a === b) return 0;
	if (!a.length) return b.length;
	if (!b.length) return a.length;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	let cur = new Array<number>(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
		}
		[prev, cur] = [cur, prev];
	}
	return prev[b.length];
}

/**
 * The closest names to `query`, best first. Compares folded forms; a small distance on the
 * accented form breaks ties so "Duy Phủ" prefers "Duy Phú".
 */
export function closest<T>(query: string, items: readonly T[], name: (t: T) => string, limit = 3): T[] {
	const q = fold(query);
	const qa = clean(query).toLowerCase();
	return items
		.map((item) => {
			const n = name(item);
			return { item, d: distance(q, fold(n)) * 10 + Math.min(9, distance(qa, clean(n).toLowerCase())) };
		})
		.sort((x, y) => x.d - y.d)
		.slice(0, limit)
		.map((x) => x.item);
}
