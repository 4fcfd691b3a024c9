// What is wrong with a value typed into a cell, in the planner's language. The grid asks this
// while the editor is open (AG Grid's cell editing validation, `invalidEditValueMode: 'block'`),
// so a refused value keeps the editor open on its cell instead of being dropped.
import type { Lookup } from '$lib/domain/lookup';
import type { Column } from '$lib/schema';
import { parseValue } from '$lib/schema/values';
import { translate, type Lang } from '$lib/i18n/translate';

/** The reason a raw editor value is refused (column named in `lang`), or null when it is accepted. */
export function cellError(col: Column<any>, raw: unknown, lang: Lang, lookup?: Lookup): string | null {
	const parsed = parseValue(col, raw, lookup);
	if (parsed.ok) return null;
	const { key, params } = parsed.error;
	const names = params.names;
	return translate(lang, key, {
		...params,
		column: translate(lang, col.label),
		...(names !== undefined ? { suggest: names ? translate(lang, 'err.suggest', { names }) : '' } : {})
	});
}
