// AG Grid Community modules, registered once. Only what the grids use (bundle size: each module
// left out is code the first page does not load).
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
		AG.NumberFilterModule,
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
