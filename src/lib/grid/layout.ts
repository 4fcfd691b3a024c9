// Column order and headers as a planner reads a grid: who, what is targeted by year, where it
// stands, then the technical columns; every header readable (wrapped, full name on hover).
import type { IHeaderParams, IInnerHeaderComponent } from 'ag-grid-community';

/** Columns a planner rarely reads (bookkeeping, the plan's own wording): they come last. */
export const TECHNICAL_KEYS: ReadonlySet<string> = new Set(['updatedAt', 'version', 'planSection', 'planName', 'note2025']);

/** The schema's columns with the computed ones (the communes' targets per year) placed before the
 * first technical column, or at the end when there is none. */
export function withExtraColumns<T extends { colId?: string; pinned?: unknown; context?: { after?: string } }>(defs: T[], extra: T[]): T[] {
	if (!extra.length) return defs;
	// Columns placed after a column of the table (the unit on the map beside the commune), pinned as it is.
	const placed = extra.filter((e) => e.context?.after && defs.some((d) => d.colId === e.context!.after));
	let out = defs;
	for (const e of placed) {
		const at = out.findIndex((d) => d.colId === e.context!.after);
		out = [...out.slice(0, at + 1), { ...e, pinned: out[at].pinned }, ...out.slice(at + 1)];
	}
	const rest = extra.filter((e) => !placed.includes(e));
	if (!rest.length) return out;
	const i = out.findIndex((d) => TECHNICAL_KEYS.has(d.colId ?? ''));
	return i < 0 ? [...out, ...rest] : [...out.slice(0, i), ...rest, ...out.slice(i)];
}

/** The narrowest width (px) that shows a header on two lines without breaking a word. */
export function twoLineWidth(text: string, measure: (s: string) => number): number {
	const words = text.split(/\s+/).filter(Boolean);
	let best = measure(words.join(' '));
	for (let i = 1; i < words.length; i++) best = Math.min(best, Math.max(measure(words.slice(0, i).join(' ')), measure(words.slice(i).join(' '))));
	return Math.ceil(best);
}

/** Columns at least as wide as their header on two lines needs (text, padding, filter button). */
export function fitHeaders<T extends { headerName?: string; width?: number }>(defs: T[], measure: (s: string) => number, chrome: number): T[] {
	return defs.map((d) => {
		const need = twoLineWidth(d.headerName ?? '', measure) + chrome;
		return (d.width ?? 0) < need ? { ...d, width: need } : d;
	});
}

/** A header's text with its full name as the browser's tooltip (`title`): AG Grid Community shows
 * header tooltips only with its Tooltip module, which the first page cannot afford. The default
 * header keeps its sort and filter icons around this. */
export class HeaderText implements IInnerHeaderComponent {
	private e = document.createElement('span');
	init(p: IHeaderParams) {
		this.refresh(p);
	}
	getGui() {
		return this.e;
	}
	refresh(p: IHeaderParams & { tip?: string }) {
		this.e.textContent = p.displayName;
		// A column's own hover text (a criterion's name over "TC13"), else its full name.
		this.e.title = p.tip ? `${p.displayName}: ${p.tip}` : p.displayName;
		return true;
	}
}
