// Number reading and writing in the Vietnamese convention (1.234,5), tolerant of 1,234.5.

/** Parse a number typed or pasted by a person. Returns null when the text is not a number. */
export function parseNumber(input: string): number | null {
	let s = input.trim().replace(/\s|\u00a0/g, '');
	if (!s) return null;
	if (/^[+-]?\d+$/.test(s)) return Number(s);
	const lastDot = s.lastIndexOf('.');
	const lastComma = s.lastIndexOf(',');
	if (lastDot >= 0 && lastComma >= 0) {
		// both present: the later one is the decimal mark
		if (lastComma > lastDot) s = s.replace(/\./g, '').replace(',', '.');
		else s = s.replace(/,/g, '');
	} else if (lastComma >= 0) {
		s = /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
	} else if (lastDot >= 0 && /^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) {
		s = s.replace(/\./g, ''); // 1.234 is one thousand two hundred thirty-four in vi-VN
	}
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

const formats = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, locale = 'vi-VN', maxFraction = 2): string {
	const key = `${locale}|${maxFraction}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction });
		formats.set(key, f);
	}
	return f.format(n);
}
