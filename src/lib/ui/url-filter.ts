// Keep a view's filters in the URL (bookmarkable, restored on reload) without adding history steps.
import { goto } from '$app/navigation';
import { filterToQuery, type CommuneFilter, type TargetFilter } from '$lib/domain/filters';

export function pushFilter(f: TargetFilter | CommuneFilter) {
	const q = filterToQuery(f);
	return goto(q || '?', { replaceState: true, keepFocus: true, noScroll: true });
}
