// Deadlines. The plan gives quarters ("quý 1/2024"), months ("trước tháng 10/2024") and dates.
// Canonical stored forms: "yyyy-mm-dd" (a day), "yyyy-Qn" (by the end of quarter n),
// "yyyy-mm" (before the end of month mm ... "trước tháng"), "yyyy" (by the end of the year).

export type DeadlineParse = { ok: true; value: string } | { ok: false };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d <= last && y >= 1900 && y <= 2200;
}

/** Parse a date written dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd. */
export function parseDate(input: string): DeadlineParse {
	const s = input.trim();
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	if (m) {
		const [y, mo, d] = [+m[1], +m[2], +m[3]];
		return validDay(y, mo, d) ? { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` } : { ok: false };
	}
	m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
	if (m) {
		const [d, mo, y] = [+m[1], +m[2], +m[3]];
		return validDay(y, mo, d) ? { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` } : { ok: false };
	}
	return { ok: false };
}

/** Parse any deadline form into its canonical text. */
export function parseDeadline(input: string): DeadlineParse {
	const s = input
		.normalize('NFC')
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ');
	if (!s) return { ok: false };
	const date = parseDate(s);
	if (date.ok) return date;
	let m = /^(?:quý|quy|q)\s*([1-4]|i{1,3}|iv)\s*[/.-]\s*(\d{4})$/.exec(s);
	if (m) {
		const q = ROMAN[m[1]] ?? Number(m[1]);
		return { ok: true, value: `${m[2]}-Q${q}` };
	}
	m = /^(\d{4})-q([1-4])$/.exec(s);
	if (m) return { ok: true, value: `${m[1]}-Q${m[2]}` };
	m = /^(trước |truoc )?(?:tháng|thang|th)\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
	if (m && +m[2] >= 1 && +m[2] <= 12) {
		if (m[1]) return { ok: true, value: `${m[3]}-${pad(+m[2])}` }; // "trước tháng 10/2024"
		// "tháng 6/2025": within that month, i.e. by its last day
		const last = new Date(Date.UTC(+m[3], +m[2], 0)).getUTCDate();
		return { ok: true, value: `${m[3]}-${pad(+m[2])}-${pad(last)}` };
	}
	m = /^(\d{1,2})\/(\d{4})$/.exec(s); // "6/2025" = "tháng 6/2025"
	if (m && +m[1] >= 1 && +m[1] <= 12) {
		return { ok: true, value: `${m[2]}-${pad(+m[1])}-${pad(new Date(Date.UTC(+m[2], +m[1], 0)).getUTCDate())}` };
	}
	m = /^(\d{4})-(\d{2})$/.exec(s);
	if (m && +m[2] >= 1 && +m[2] <= 12) return { ok: true, value: s };
	m = /^(?:năm |nam )?(\d{4})$/.exec(s);
	if (m && +m[1] >= 1900 && +m[1] <= 2200) return { ok: true, value: m[1] };
	return parseEnglish(s);
}

/** Month number (1-12) of an English month name or its abbreviation ("sep", "sept", "september"). */
function englishMonth(word: string): number {
	const w = word.replace(/\.$/, '');
	if (w.length < 3) return 0;
	const i = EN_MONTHS.findIndex((name) => {
		const n = name.toLowerCase();
		return n === w || (n.startsWith(w) && (w.length === 3 || (n === 'september' && w === 'sept')));
	});
	return i + 1;
}

/**
 * The English forms `formatDeadline(v, 'en')` writes, read back (a planner may paste them):
 * "Q1 2024", "by September 2024" (= "trước tháng 10/2024"), "before October 2024",
 * "by the end of 2025", and the older "Quarter 1/2024", "before month 10/2024", "year 2025".
 * `s` is already lower case with single spaces.
 */
function parseEnglish(s: string): DeadlineParse {
	let m = /^(?:(?:by )?(?:the )?end of )?(?:quarter|q) ?([1-4]|i{1,3}|iv)(?: ?[/.-] ?| )(\d{4})$/.exec(s);
	if (m) return { ok: true, value: `${m[2]}-Q${ROMAN[m[1]] ?? Number(m[1])}` };
	m = /^before (?:month )?(\d{1,2}) ?[/.-] ?(\d{4})$/.exec(s);
	if (m && +m[1] >= 1 && +m[1] <= 12) return { ok: true, value: `${m[2]}-${pad(+m[1])}` };
	m = /^(by (?:the )?end of |end of |by |before |in )?([a-z]+\.?),? (\d{4})$/.exec(s);
	if (m) {
		const month = englishMonth(m[2]);
		const year = +m[3];
		if (month && year >= 1900 && year <= 2200) {
			const how = (m[1] ?? '').trim();
			if (how === 'before') return { ok: true, value: `${year}-${pad(month)}` };
			// "by September 2024": by the end of September = before October ("trước tháng 10/2024").
			if (how && how !== 'in') return { ok: true, value: month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}` };
			// "September 2024": within that month, like "tháng 9/2024".
			const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
			return { ok: true, value: `${year}-${pad(month)}-${pad(last)}` };
		}
	}
	m = /^(?:by (?:the )?end of |end of |by |year |in )(\d{4})$/.exec(s);
	if (m && +m[1] >= 1900 && +m[1] <= 2200) return { ok: true, value: m[1] };
	return { ok: false };
}

export interface DeadlineWords {
	quarter: string; // "Quý"
	beforeMonth: string; // "trước tháng"
	year: string; // "năm"
}

/** The languages a deadline is written in. */
export type DeadlineLang = 'vi' | 'en';

const VI_WORDS: DeadlineWords = { quarter: 'Quý', beforeMonth: 'trước tháng', year: 'năm' };
export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Show a canonical deadline in a language: Vietnamese "25/01/2024", "Quý 1/2024",
 * "trước tháng 10/2024", "năm 2025"; English "25/01/2024", "Q1 2024", "by September 2024"
 * (before October: the last month allowed, as `deadlineEnd` reads it), "by the end of 2025".
 * Words given instead of a language write the Vietnamese forms with those words.
 */
export function formatDeadline(value: string | null, lang: DeadlineLang | DeadlineWords = 'vi'): string {
	if (!value) return '';
	const en = lang === 'en';
	const words = typeof lang === 'object' ? lang : VI_WORDS;
	let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (m) return `${m[3]}/${m[2]}/${m[1]}`;
	m = /^(\d{4})-Q([1-4])$/.exec(value);
	if (m) return en ? `Q${m[2]} ${m[1]}` : `${words.quarter} ${m[2]}/${m[1]}`;
	m = /^(\d{4})-(\d{2})$/.exec(value);
	if (m) {
		if (!en) return `${words.beforeMonth} ${+m[2]}/${m[1]}`;
		if (+m[2] < 1 || +m[2] > 12) return value;
		// "trước tháng 10/2024" = by the end of September 2024; "trước tháng 1/2025" = by December 2024.
		const month = +m[2] === 1 ? 12 : +m[2] - 1;
		const year = +m[2] === 1 ? +m[1] - 1 : +m[1];
		return `by ${EN_MONTHS[month - 1]} ${year}`;
	}
	if (/^\d{4}$/.test(value)) return en ? `by the end of ${value}` : `${words.year} ${value}`;
	return value;
}

/** The last day a deadline allows, ISO, for sorting and overdue checks. */
export function deadlineEnd(value: string | null): string | null {
	if (!value) return null;
	let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (m) return value;
	m = /^(\d{4})-Q([1-4])$/.exec(value);
	if (m) {
		const end = new Date(Date.UTC(+m[1], +m[2] * 3, 0));
		return end.toISOString().slice(0, 10);
	}
	m = /^(\d{4})-(\d{2})$/.exec(value);
	if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, 0)).toISOString().slice(0, 10); // "trước tháng": end of the previous month
	if (/^\d{4}$/.test(value)) return `${value}-12-31`;
	return null;
}
