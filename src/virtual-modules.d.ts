// Modules made at build time by vite.config.ts.
declare module 'virtual:ag-grid-locale-vi' {
	/** AG Grid's Vietnamese texts of the Community features the grids use (src/lib/grid/locale-keys.js). */
	const texts: Record<string, string>;
	export default texts;
}
declare module 'virtual:ag-grid-icons' {
	/** The CSS of AG Grid's Quartz icons the grids can show (src/lib/grid/icon-names.js). */
	const css: string;
	export default css;
}
