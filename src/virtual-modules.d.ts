// Modules made at build time by vite.config.ts.
declare module 'virtual:ag-grid-locale-vi' {
	/** AG Grid's Vietnamese texts of the Community features the grids use (src/lib/grid/locale-keys.js). */
	const texts: Record<string, string>;
	export default texts;
}
declare module 'virtual:ag-grid-icons' {
	/** AG Grid's Quartz icons the grids can show, as SVG text (src/lib/grid/icon-names.js). */
	const icons: { head: string; icons: Record<string, string>; whole: Record<string, string> };
	export default icons;
}
