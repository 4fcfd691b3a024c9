// Ctrl+C in a grid (DataGrid.svelte): the selected rows (visible columns), else the focused cell, as
// tab-separated text; with Ctrl+V's pasteChanges. Loaded as the grid is made (a copy or a paste is
// answered at once, not after a load).
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { Lookup } from '$lib/domain/lookup';
import type { Lang } from '$lib/i18n/translate';
import { formatValue, type Column } from '$lib/schema';
import { toTsv } from './clipboard';

/** The cells copied, as shown, or null when there is nothing to copy. */
export function copiedCells<Row>(api: GridApi<Row>, cols: string[], columnsByKey: Map<string, Column<any>>, lang: Lang, lookup: Lookup): string[][] | null {
	const cellText = (node: IRowNode<Row>, colId: string): string => {
		const col = columnsByKey.get(colId);
		const v = api.getCellValue({ rowNode: node, colKey: colId });
		if (col) return formatValue(col, v, lang, lookup);
		const def = api.getColumnDef(colId);
		return typeof def?.valueFormatter === 'function' ? String((def.valueFormatter as (p: unknown) => string)({ value: v, data: node.data })) : v == null ? '' : String(v);
	};
	const selected = api.getSelectedNodes().filter((n) => n.displayed);
	if (selected.length) {
		selected.sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0));
		return selected.map((n) => cols.map((c) => cellText(n, c)));
	}
	const f = api.getFocusedCell();
	const node = f ? api.getDisplayedRowAtIndex(f.rowIndex) : undefined;
	return f && node ? [[cellText(node, f.column.getColId())]] : null;
}

export { toTsv };
export { pasteChanges } from './paste';
