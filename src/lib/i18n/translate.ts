// Pure translation helpers (no Svelte): pick a dictionary and fill {placeholders}.
import { vi, type DictKey } from './vi';
import { en } from './en';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
export const dictionaries: Record<Lang, Record<DictKey, string>> = { vi, en };

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: DictKey, params?: Params): string {
	const text = dictionaries[lang][key] ?? vi[key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Vietnamese text, used for workbooks and stored messages. */
export function tvi(key: DictKey, params?: Params): string {
	return translate('vi', key, params);
}

export type { DictKey };
