// Reading a cell (typed, pasted or imported) into a stored value, and showing a stored value.
import { parseDate, parseDeadline, formatDeadline } from '$lib/domain/deadline';
import { parseNumber, formatNumber } from '$lib/domain/numbers';
import { clean, fold } from '$lib/domain/text';
import type { Lookup } from '$lib/domain/lookup';
import { translate, tvi, type Lang, type DictKey } from '$lib/i18n/translate';
import type { Column, ParseResult } from './types';

/** Longest text a cell may hold (a 1 MB paste or import is refused, not stored). */
export const MAX_TEXT = 5000;

function fail(key: DictKey, col: Column<any>, value: unknown, extra: Record<string, string | number> = {}): ParseResult {
	const shown = String(value ?? '');
	return {
		ok: false,
		error: {
			key,
			params: { column: tvi(col.label), value: shown.length > 60 ? shown.slice(0, 57) + '…' : shown, ...extra }
		}
	};
}

export function enumLabel(col: Column<any>, code: string, lang: Lang): string {
	return translate(lang, `enum.${col.enumName}.${code}` as DictKey);
}

const foldedCache = new Map<string, string[][]>();
/** Folded vi label, en label and code of each value of an enumeration (cached: imports call this per cell). */
function foldedLabels(col: Column<any>): string[][] {
	const key = `${col.enumName}|${(col.values ?? []).join(',')}`;
	let list = foldedCache.get(key);
	if (!list) {
		list = (col.values ?? []).map((code) => [fold(enumLabel(col, code, 'vi')), fold(enumLabel(col, code, 'en')), fold(code)]);
		foldedCache.set(key, list);
	}
	return list;
}

/** Excel's day 0 is 1899-12-30 (with the 1900 leap-year bug folded in). */
export function excelSerialToIso(serial: number): string | null {
	if (!Number.isFinite(serial) || serial < 1 || serial > 200000) return null;
	const ms = Math.round((serial - 25569) * 86400000);
	return new Date(ms).toISOString().slice(0, 10);
}

function isoFromDate(d: Date): string {
	// Cell dates from SheetJS are local-midnight Date objects; use local parts.
	const y = d.getFullYear();
	const m = String(d.getMonth() + 1).padStart(2, '0');
	const day = String(d.getDate()).padStart(2, '0');
	return `${y}-${m}-${day}`;
}

/**
 * Parse a raw value (text from the grid or clipboard, or a typed cell from a workbook:
 * number, boolean, Date) for a column. Empty gives null (or '' for text), unless required.
 * `districtHint` (a district name or code) narrows a commune name found in several districts.
 */
export function parseValue(col: Column<any>, raw: unknown, lookup?: Lookup, districtHint?: string): ParseResult {
	if (raw instanceof Date) {
		if (Number.isNaN(raw.getTime())) return fail('err.date', col, '');
		if (col.type === 'date' || col.type === 'deadline') return { ok: true, value: isoFromDate(raw) };
		raw = isoFromDate(raw);
	}
	const isText = col.type === 'text' || col.type === 'longtext';
	if (typeof raw === 'string' && raw.length > (col.maxLength ?? MAX_TEXT)) {
		return fail('err.tooLong', col, '', { length: raw.length, max: col.maxLength ?? MAX_TEXT });
	}
	const text = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : String(raw);
	const trimmed = isText ? text.normalize('NFC').trim() : text.trim();
	if (trimmed === '') {
		if (col.required) return fail('err.required', col, '');
		if (isText) return { ok: true, value: '' };
		if (col.type === 'bool') return { ok: true, value: false };
		return { ok: true, value: null };
	}
	switch (col.type) {
		case 'text':
			return { ok: true, value: clean(trimmed) };
		case 'longtext':
			return { ok: true, value: trimmed.replace(/\r\n?/g, '\n') };
		case 'int':
		case 'year':
		case 'number': {
			const n = typeof raw === 'number' ? raw : parseNumber(trimmed);
			if (n === null || !Number.isFinite(n)) return fail(col.type === 'number' ? 'err.notNumber' : 'err.notInteger', col, text);
			if (col.type !== 'number' && !Number.isInteger(n)) return fail('err.notInteger', col, text);
			if ((col.min !== undefined && n < col.min) || (col.max !== undefined && n > col.max)) {
				return fail('err.range', col, text, { min: col.min ?? '', max: col.max ?? '' });
			}
			return { ok: true, value: n };
		}
		case 'date': {
			if (typeof raw === 'number') {
				const iso = excelSerialToIso(raw);
				return iso ? { ok: true, value: iso } : fail('err.date', col, text);
			}
			const d = parseDate(trimmed);
			return d.ok ? { ok: true, value: d.value } : fail('err.date', col, text);
		}
		case 'deadline': {
			if (typeof raw === 'number' && raw > 3000) {
				const iso = excelSerialToIso(raw);
				return iso ? { ok: true, value: iso } : fail('err.deadline', col, text);
			}
			const d = parseDeadline(trimmed);
			return d.ok ? { ok: true, value: d.value } : fail('err.deadline', col, text);
		}
		case 'datetime':
			return { ok: true, value: trimmed };
		case 'bool': {
			const f = fold(trimmed);
			if (['co', 'yes', 'true', '1', 'x', 'dung'].includes(f) || raw === true) return { ok: true, value: true };
			if (['khong', 'no', 'false', '0', 'sai'].includes(f) || raw === false) return { ok: true, value: false };
			return fail('err.bool', col, text);
		}
		case 'enum': {
			const values = col.values ?? [];
			if (values.includes(trimmed)) return { ok: true, value: trimmed };
			// Exact labels first: symbols such as "≥" and "≤" fold to nothing and must not match each other.
			const nfc = trimmed.normalize('NFC');
			for (const code of values) {
				if (enumLabel(col, code, 'vi') === nfc || enumLabel(col, code, 'en') === nfc) return { ok: true, value: code };
			}
			const f = fold(trimmed);
			const alias = col.enumAliases?.[f] ?? col.enumAliases?.[trimmed];
			if (alias) return { ok: true, value: alias };
			if (f) {
				const folded = foldedLabels(col);
				for (let i = 0; i < values.length; i++) if (folded[i].includes(f)) return { ok: true, value: values[i] };
			}
			return fail('err.enum', col, text, { allowed: values.map((v) => enumLabel(col, v, 'vi')).join('; ') });
		}
		case 'ref': {
			if (!lookup) return { ok: true, value: trimmed };
			const table = col.ref ?? '';
			const r = lookup.resolveRef(table, trimmed, districtHint || undefined);
			if (r.ok) return { ok: true, value: r.record.id };
			const names = r.suggestions.map((x) => lookup.refChoiceLabel(table, x)).join('; ');
			return {
				ok: false,
				error: {
					key: refErrorKey(table),
					params: { value: trimmed, suggest: names ? translate('vi', 'err.suggest', { names }) : '', names, column: tvi(col.label) }
				}
			};
		}
	}
}

/** The message for a name that matches no row of the table pointed at. */
export function refErrorKey(table: string): DictKey {
	return table === 'communes' ? 'err.commune' : table === 'districts' ? 'err.district' : 'err.ref';
}

/** Show a stored value as text in the given language. */
export function formatValue(col: Column<any>, value: unknown, lang: Lang, lookup?: Lookup): string {
	if (value === null || value === undefined || value === '') return '';
	const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
	switch (col.type) {
		case 'int':
		case 'number':
			return typeof value === 'number' ? formatNumber(value, locale) : String(value);
		case 'year':
			return String(value);
		case 'date': {
			const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
			return m ? `${m[3]}/${m[2]}/${m[1]}` : String(value);
		}
		case 'datetime': {
			const d = new Date(String(value));
			if (Number.isNaN(d.getTime())) return String(value);
			const p = (n: number) => String(n).padStart(2, '0');
			return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
		}
		case 'deadline':
			return formatDeadline(String(value), lang);
		case 'enum':
			return enumLabel(col, String(value), lang);
		case 'bool':
			return translate(lang, value ? 'enum.bool.true' : 'enum.bool.false');
		case 'ref':
			return lookup?.refName(col.ref ?? '', value) || String(value);
		default:
			return String(value);
	}
}
