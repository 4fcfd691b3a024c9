// AG Grid Community modules, registered once. Only what the grids use (bundle size).
import {
	ModuleRegistry,
	ClientSideRowModelModule,
	ClientSideRowModelApiModule,
	TextEditorModule,
	LargeTextEditorModule,
	SelectEditorModule,
	CustomEditorModule,
	TextFilterModule,
	NumberFilterModule,
	ExternalFilterModule,
	RowSelectionModule,
	LocaleModule,
	CellStyleModule,
	RowApiModule,
	ScrollApiModule,
	RenderApiModule,
	CellApiModule,
	ColumnApiModule,
	ValidationModule
} from 'ag-grid-community';

let registered = false;
export function registerGridModules() {
	if (registered) return;
	registered = true;
	ModuleRegistry.registerModules([
		ClientSideRowModelModule,
		ClientSideRowModelApiModule,
		TextEditorModule,
		LargeTextEditorModule,
		SelectEditorModule,
		CustomEditorModule,
		TextFilterModule,
		NumberFilterModule,
		ExternalFilterModule,
		RowSelectionModule,
		LocaleModule,
		CellStyleModule,
		RowApiModule,
		ScrollApiModule,
		RenderApiModule,
		CellApiModule,
		ColumnApiModule,
		...(import.meta.env.DEV ? [ValidationModule] : [])
	]);
}
