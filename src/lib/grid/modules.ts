// AG Grid Community modules, registered once. Only what the grids use (bundle size: each module
// left out is code the first page does not load). Number columns use the text filter on the shown
// value ("19", "2025"), which keeps the first page under its 350 KB budget; the communes page
// has the criteria groups (under 15, 15-18...) as a toolbar filter.
import * as AG from 'ag-grid-community';

let registered = false;
export function registerGridModules() {
	if (registered) return;
	registered = true;
	AG.ModuleRegistry.registerModules([
		AG.ClientSideRowModelModule,
		AG.ClientSideRowModelApiModule,
		AG.TextEditorModule,
		AG.LargeTextEditorModule,
		AG.SelectEditorModule,
		AG.CustomEditorModule,
		AG.TextFilterModule,
		AG.ExternalFilterModule,
		AG.RowSelectionModule,
		AG.LocaleModule,
		AG.CellStyleModule,
		AG.RowApiModule,
		AG.ScrollApiModule,
		AG.RenderApiModule,
		AG.CellApiModule,
		AG.ColumnApiModule,
		...(import.meta.env.DEV ? [AG.ValidationModule] : [])
	]);
}
