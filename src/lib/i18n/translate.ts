// Pure translation helpers (no Svelte): pick a dictionary and fill {placeholders}.
import { vi, type DictKey } from './vi';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

// Vietnamese is always here. English is loaded when someone switches to it (it is not needed on
// the first page of a Vietnamese planner); modules that read English labels register it themselves.
const dictionaries: Partial<Record<Lang, Partial<Record<DictKey, string>>>> = { vi: { ...vi } };

/** Add a dictionary, or a part of one (a feature's texts), for a language. */
export function registerDictionary(lang: Lang, part: Partial<Record<DictKey, string>>) {
	dictionaries[lang] = { ...dictionaries[lang], ...part };
}

export async function loadDictionary(lang: Lang): Promise<void> {
	if (!dictionaries[lang] && lang === 'en') dictionaries.en = (await import('./en')).en;
}

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: DictKey, params?: Params): string {
	const text = dictionaries[lang]?.[key] ?? dictionaries.vi?.[key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Vietnamese text, used for workbooks and stored messages. */
export function tvi(key: DictKey, params?: Params): string {
	return translate('vi', key, params);
}

export type { DictKey };

/**
 * A language-neutral label, stored as JSON [key, params] (history entries): translated when shown,
 * so it follows the language in use then.
 */
export function labelOf(key: DictKey, params: Params = {}): string {
	return JSON.stringify([key, params]);
}

/** Show a label made by labelOf; parameters that are dictionary keys ("col.status") are translated too. */
export function labelText(lang: Lang, label: string): string {
	try {
		const [key, params] = JSON.parse(label) as [DictKey, Params];
		const shown: Params = {};
		for (const [k, v] of Object.entries(params ?? {})) {
			shown[k] = typeof v === 'string' && /^(col|enum|table)\./.test(v) ? translate(lang, v as DictKey) : v;
		}
		return translate(lang, key, shown);
	} catch {
		return label; // an old plain-text label
	}
}
