// Which of AG Grid's Quartz icons the app ships. The Quartz icon set has 84 icons (7 KB gzip on the
// first page), most of them for features the app does not have (charts, pivoting, grouping, tool
// panels, Excel/CSV/PDF export, formulas, pinned rows). The build keeps the icons the Community
// modules we register can show (sorting, the filter button and its popup, pickers of the editors,
// the loading overlay, dragging and pinning columns, column groups, checkboxes' fallbacks) and makes
// their CSS at build time from the installed package (vite.config.ts, `virtual:ag-grid-icons`):
// the icons follow the library's version and nothing is copied by hand.
export const ICONS = [
	'asc',
	'desc',
	'none',
	'filter',
	'search',
	'menu',
	'menu-alt',
	'cancel',
	'cross',
	'tick',
	'small-down',
	'small-up',
	'small-left',
	'small-right',
	'chevron-down',
	'chevron-up',
	'chevron-left',
	'chevron-right',
	'contracted',
	'expanded',
	'loading',
	'grip',
	'not-allowed',
	'left',
	'right',
	'arrows',
	'pin',
	'eye-slash'
];

/**
 * The icons above from AG Grid's icon CSS (`.ag-icon-<name>::before { mask-image: url('data:…') }`)
 * as SVG text, smaller than the CSS: `head` is the opening of the SVGs most icons share (their body
 * follows it, then `</svg>`); an icon that does not start with it is kept whole in `whole`.
 * @param {string} css
 * @returns {{ head: string, icons: Record<string, string>, whole: Record<string, string> }}
 */
export function usedIcons(css) {
	const keep = new Set(ICONS);
	/** @type {[string, string][]} */
	const svgs = [];
	for (const line of css.split('\n')) {
		const m = line.match(/^\.ag-icon-([a-z-]+)::before \{ mask-image: url\('data:image\/svg\+xml,(.*)'\); \}$/);
		if (m && keep.has(m[1])) svgs.push([m[1], decodeURIComponent(m[2])]);
	}
	if (svgs.length !== ICONS.length) throw new Error(`AG Grid's Quartz icons changed: found ${svgs.length} of ${ICONS.length} (src/lib/grid/icon-names.js)`);
	const head = (svgs.map(([, s]) => s.match(/^<svg[^>]*>(<style>.*?<\/style>)?/)?.[0] ?? '').sort((a, b) => svgs.filter(([, s]) => s.startsWith(b)).length - svgs.filter(([, s]) => s.startsWith(a)).length))[0];
	/** @type {Record<string, string>} */
	const icons = {};
	/** @type {Record<string, string>} */
	const whole = {};
	for (const [name, svg] of svgs) {
		if (head && svg.startsWith(head) && svg.endsWith('</svg>')) icons[name] = svg.slice(head.length, -'</svg>'.length);
		else whole[name] = svg;
	}
	return { head, icons, whole };
}
