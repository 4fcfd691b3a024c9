// The look and the texts every grid of the app shares.
import { buttonStyleQuartz, checkboxStyleDefault, colorSchemeVariable, createPart, createTheme, inputStyleBordered } from 'ag-grid-community';
import quartzIcons from 'virtual:ag-grid-icons';
import type { Lang } from '$lib/i18n/translate';

// AG Grid's Vietnamese texts without those of Enterprise features (vite.config.ts, locale-keys.js),
// fetched as soon as this module loads, beside the page's data, and not carried by the first page.
let vietnamese: Record<string, string> | null = null;
const loading: Promise<unknown> | null =
	typeof window === 'undefined' ? null : import('virtual:ag-grid-locale-vi').then((m) => (vietnamese = m.default));

/** Resolves when the grid's texts are here (grids are created after it). */
export function gridLocaleReady(): Promise<unknown> {
	return loading ?? Promise.resolve();
}

// AG Grid's Quartz theme as the library composes it (themeQuartz), without the parts of features the
// app does not have (tabs and the column drop zone are Enterprise; the paging field style) and with
// only the Quartz icons the grids can show (icon-names.js): 7 KB gzip less on the first page.
// The icons' CSS as AG Grid's icon set writes it (a mask image per icon), from their SVG text.
const iconCss = Object.entries({
	...Object.fromEntries(Object.entries(quartzIcons.icons).map(([name, body]) => [name, `${quartzIcons.head}${body}</svg>`])),
	...quartzIcons.whole
})
	.map(([name, svg]) => `.ag-icon-${name}::before { mask-image: url('data:image/svg+xml,${encodeURIComponent(svg)}'); }`)
	.join('\n');
const quartz = createTheme()
	.withPart(buttonStyleQuartz)
	.withPart(checkboxStyleDefault)
	.withPart(colorSchemeVariable)
	.withPart(createPart({ feature: 'iconSet', css: iconCss }))
	.withPart(inputStyleBordered);

/** The grids' theme; a dense grid (many columns of figures) passes smaller rows. */
export function gridTheme(size: { rowHeight: number; headerHeight: number } = { rowHeight: 32, headerHeight: 36 }) {
	return quartz.withParams({
		fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
		fontSize: 13,
		headerFontWeight: 600,
		headerBackgroundColor: '#eef3ee',
		accentColor: '#1b6e3a',
		...size
	});
}

/** The grid's own texts (filter menus, "no rows"…) in a language; English is AG Grid's default. */
export function gridLocale(lang: Lang): Record<string, string> | undefined {
	return lang === 'vi' ? (vietnamese ?? undefined) : undefined;
}
