// The current language (Vietnamese by default, English as a switch), remembered in localStorage.
import { translate, loadDictionary, type Lang, type DictKey, type Params } from './translate';

const STORAGE_KEY = 'ntm.lang';

function stored(): Lang {
	try {
		return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
	} catch {
		return 'vi';
	}
}

export const i18n = $state({ lang: 'vi' as Lang });

/** At start: the remembered language, once its dictionary is here. */
export async function restoreLang() {
	const lang = stored();
	if (lang !== 'vi') await setLang(lang);
}

export async function setLang(lang: Lang) {
	await loadDictionary(lang);
	i18n.lang = lang;
	try {
		localStorage.setItem(STORAGE_KEY, lang);
	} catch {
		/* private mode: the choice lasts for this page only */
	}
	document.documentElement.lang = lang;
}

/** Translate in the current language; reading i18n.lang makes it reactive in templates. */
export function t(key: DictKey, params?: Params): string {
	return translate(i18n.lang, key, params);
}

export function numberLocale(): string {
	return i18n.lang === 'vi' ? 'vi-VN' : 'en-GB';
}
