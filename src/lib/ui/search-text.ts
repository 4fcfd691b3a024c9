// Folded search text of a row, cached per record version: the search box matches names, labels
// in both languages and free text, ignoring case and diacritics.
import type { Lookup } from '$lib/domain/lookup';
import { fold } from '$lib/domain/text';
import { translate, type DictKey } from '$lib/i18n/translate';
import type { SearchPart } from '$lib/schema';

const both = (key: string) => `${translate('vi', key as DictKey)} ${translate('en', key as DictKey)}`;

export class SearchText<R extends { id: string; version: number }> {
	private cache = new Map<string, { v: number; text: string }>();
	private lookupRef: Lookup | null = null;
	constructor(private parts: (r: R, lookup: Lookup) => SearchPart[]) {}

	of(r: R, lookup: Lookup): string {
		if (lookup !== this.lookupRef) {
			this.cache.clear(); // names changed
			this.lookupRef = lookup;
		}
		const hit = this.cache.get(r.id);
		if (hit && hit.v === r.version) return hit.text;
		const text = fold(
			this.parts(r, lookup)
				.map((x) => (x !== null && typeof x === 'object' ? enumText(x.enum, x.code) : x))
				.filter((x) => x != null && x !== '')
				.join(' | ')
		);
		this.cache.set(r.id, { v: r.version, text });
		return text;
	}
}

export const enumText = (group: string, code: string | null | undefined) => (code ? both(`enum.${group}.${code}`) : '');
