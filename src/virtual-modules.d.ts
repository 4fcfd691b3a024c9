// Modules made at build time by vite.config.ts.
declare module 'virtual:ag-grid-locale-vi' {
	/** AG Grid's Vietnamese texts of the Community features the grids use (src/lib/grid/locale-keys.js). */
	const texts: Record<string, string>;
	export default texts;
}
