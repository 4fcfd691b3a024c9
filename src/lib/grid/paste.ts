// Ctrl+V in a grid (DataGrid.svelte): a block from Excel pastes from the focused cell down and right,
// all or nothing. Loaded with grid/copy.ts, not with the first page.
import type { GridApi } from 'ag-grid-community';
import type { Lookup } from '$lib/domain/lookup';
import type { BaseRecord } from '$lib/domain/records';
import { parseValue, type Column, type TableName } from '$lib/schema';
import type { DictKey, Params } from '$lib/i18n/translate';
import type { Change } from '$lib/db';
import { parseTsv } from './clipboard';

export interface PasteContext<Row extends BaseRecord> {
	api: GridApi<Row>;
	table: TableName;
	/** The visible columns, left to right. */
	cols: string[];
	columnsByKey: Map<string, Column<any>>;
	lookup: Lookup;
	tr: (key: DictKey, params?: Params) => string;
	rowLabel: (row: Row) => string;
}

/** The changes a pasted text makes from the cell (rowIndex, colId), or the message saying why none. */
export function pasteChanges<Row extends BaseRecord>(
	ctx: PasteContext<Row>,
	text: string,
	at: { rowIndex: number; colId: string }
): { changes: Change[]; count: number } | { error: string } {
	const { api, cols, columnsByKey, lookup, tr, rowLabel } = ctx;
	const block = parseTsv(text);
	const c0 = cols.indexOf(at.colId);
	const width = Math.max(...block.map((r) => r.length));
	const outside = () => ({ error: tr('err.pasteOutside', { rows: block.length, cols: width }) });
	if (c0 < 0 || c0 + width > cols.length) return outside();
	const patches = new Map<string, { row: Row; patch: Record<string, unknown> }>();
	let count = 0;
	for (let r = 0; r < block.length; r++) {
		const node = api.getDisplayedRowAtIndex(at.rowIndex + r);
		if (!node?.data) return outside();
		for (let c = 0; c < block[r].length; c++) {
			const colId = cols[c0 + c];
			const col = columnsByKey.get(colId);
			const where = `${rowLabel(node.data)} × ${col ? tr(col.label) : colId}`;
			if (!col || !col.editable) {
				const name = col ? tr(col.label) : colId;
				return { error: tr('err.paste', { cell: where, column: name, detail: tr('err.readonly', { column: name }) }) };
			}
			const parsed = parseValue(col, block[r][c], lookup);
			if (!parsed.ok) return { error: tr('err.paste', { cell: where, column: tr(col.label), detail: tr(parsed.error.key, parsed.error.params) }) };
			const entry = patches.get(node.data.id) ?? { row: node.data, patch: {} };
			entry.patch[col.key] = parsed.value;
			patches.set(node.data.id, entry);
			count++;
		}
	}
	const changes: Change[] = [...patches.values()].map(({ row, patch }) => ({ op: 'patch', table: ctx.table, id: row.id, patch, expectedVersion: row.version }));
	return { changes, count };
}
