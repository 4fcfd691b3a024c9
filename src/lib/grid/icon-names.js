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

/** The lines of AG Grid's icon CSS (`.ag-icon-<name>::before { … }`) for the icons above. */
/** @param {string} css @returns {string} */
export function usedIconCss(css) {
	const keep = new Set(ICONS);
	return css
		.split('\n')
		.filter((line) => keep.has((line.match(/^\.ag-icon-([a-z-]+)::before/) ?? [])[1] ?? ''))
		.join('\n');
}
