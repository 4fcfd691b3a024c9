// AG Grid column definitions derived from a table schema: header, editor, formatting,
// sorting and column filter for each column come from its one description in src/lib/schema.
import type { ColDef, IErrorValidationParams, ValueSetterParams } from 'ag-grid-community';
import type { Lookup } from '$lib/domain/lookup';
import { fold } from '$lib/domain/text';
import type { Column, TableSchema, TableName } from '$lib/schema';
import { formatValue } from '$lib/schema/values';
import { tableDef } from '$lib/schema/registry';
import { cellOrigin } from '$lib/schema/overlay';
import { translate, type Lang } from '$lib/i18n/translate';
import type { RefOption } from './ref-editor';
import { LazyDateEditor, LazyRefEditor } from './lazy-editor';

export interface ColumnContext {
	lang: Lang;
	lookup: Lookup;
	/** Called with the editor's raw value; returns true when accepted (the grid then shows it). */
	onSet: (row: Record<string, unknown>, col: Column<any>, raw: unknown) => boolean;
	/** Asked while the editor is open: why its value is refused, or null. A refused value keeps the
	 * editor open on its cell (AG Grid's `invalidEditValueMode: 'block'`). */
	check: (row: Record<string, unknown>, col: Column<any>, raw: unknown) => string[] | null;
	/** A phone-width grid: fewer and narrower pinned columns. */
	narrow?: boolean;
}

function editorFor(col: Column<any>, ctx: ColumnContext): Partial<ColDef> {
	const def = typedEditor(col, ctx);
	// Lists (enumerations, yes/no) only offer valid values; every other editor is checked.
	if (def.cellEditor !== 'agSelectCellEditor') {
		def.cellEditorParams = {
			...def.cellEditorParams,
			getValidationErrors: (p: IErrorValidationParams) => ctx.check(p.cellEditorParams.data, col, p.value)
		};
	}
	return def;
}

function typedEditor(col: Column<any>, ctx: ColumnContext): Partial<ColDef> {
	const fmt = (v: unknown) => formatValue(col, v, ctx.lang, ctx.lookup);
	switch (col.type) {
		case 'enum':
			return {
				cellEditor: 'agSelectCellEditor',
				cellEditorParams: { values: col.required ? [...(col.values ?? [])] : ['', ...(col.values ?? [])], formatValue: fmt }
			};
		case 'bool':
			return { cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [true, false], formatValue: fmt } };
		case 'ref': {
			// The rows the table pointed at allows here (its `choices`), by name, searchable.
			const table = col.ref ?? '';
			const check = col.choice ? tableDef(table)?.choices?.[col.choice] : undefined;
			// Worked out when an editor first opens (10,600 communes: not before the grid's first rows).
			let options: RefOption[] | undefined;
			const choices = () =>
				(options ??= ctx.lookup
					.refRows(table)
					.filter((r) => !check || check(r as never, ctx.lookup) === null)
					.map((r) => {
						const label = ctx.lookup.refChoiceLabel(table, r);
						return { id: r.id, label, folded: fold(label) };
					})
					.sort((a, b) => a.label.localeCompare(b.label, 'vi')));
			const placeholder = translate(ctx.lang, 'add.pick');
			return {
				cellEditor: LazyRefEditor,
				cellEditorPopup: true,
				cellEditorParams: { options: choices, placeholder }
			};
		}
		case 'date':
			return {
				cellEditor: LazyDateEditor,
				cellEditorParams: { placeholder: 'dd/mm/yyyy', pickLabel: translate(ctx.lang, 'col.decisionDate') }
			};
		case 'longtext':
			return { cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 5000, rows: 6, cols: 40 } };
		case 'int':
		case 'number':
		case 'year':
			// A text box, not a number input: "abc" must reach our check and be refused with a message,
			// not silently become empty.
			return { cellEditor: 'agTextCellEditor', cellEditorParams: { maxLength: 20 } };
		default:
			return { cellEditor: 'agTextCellEditor', cellEditorParams: { maxLength: col.maxLength ?? 5000 } };
	}
}

function isNumeric(col: Column<any>) {
	return col.type === 'int' || col.type === 'number' || col.type === 'year';
}

export function columnDef(col: Column<any>, ctx: ColumnContext): ColDef {
	const fmt = (v: unknown) => formatValue(col, v, ctx.lang, ctx.lookup);
	const def: ColDef = {
		colId: col.key,
		field: col.key,
		headerName: col.title ?? translate(ctx.lang, col.label),
		width: col.width ?? 140,
		hide: !!col.hidden,
		pinned: col.pinned ? 'left' : undefined,
		editable: !!col.editable,
		sortable: true,
		resizable: true,
		valueFormatter: (p) => fmt(p.value),
		// Text filters compare what the planner sees (numbers too), without diacritics.
		filter: 'agTextColumnFilter',
		filterValueGetter: (p) => fmt(p.data?.[col.key]),
		filterParams: {
			textFormatter: (s: string | null) => (s == null ? null : fold(s)),
			buttons: ['reset']
		},
		cellClass: isNumeric(col) ? 'cell-number' : col.editable ? undefined : 'cell-readonly',
		...(col.editable ? editorFor(col, ctx) : {}),
		valueSetter: (p: ValueSetterParams) => ctx.onSet(p.data, col, p.newValue)
	};
	if (col.type === 'ref' || col.type === 'enum') {
		def.comparator = (a, b) => fmt(a).localeCompare(fmt(b), 'vi');
	}
	if (col.tones) {
		const tones = col.tones;
		def.cellClassRules = Object.fromEntries(
			[...new Set(Object.values(tones))].map((tone) => [`cell-${tone}`, (p: { value: unknown }) => tones[String(p.value)] === tone])
		);
	}
	return def;
}


/**
 * A field whose value may follow other tables (the table's overlay): read-only where it is derived,
 * marked, with its origin in the cell's title (a plain title attribute: AG Grid's tooltips need a
 * module the first page does not load). The text is set as text, never as HTML.
 */
function overlaid(table: TableName, def: ColDef, col: Column<any>, ctx: ColumnContext): ColDef {
	const originOf = (data: unknown, key: string) => cellOrigin(table, data as Record<string, unknown> | undefined, key);
	const editable = def.editable;
	const base = def.cellClass as string | undefined;
	return {
		...def,
		editable: editable ? (p) => !originOf(p.data, col.key)?.derived : false,
		cellClass: (p) => {
			const o = originOf(p.data, col.key);
			return [base, o ? (o.derived ? 'cell-derived' : 'cell-entered') : undefined].filter(Boolean) as string[];
		},
		cellRenderer: (p: { valueFormatted?: string | null; value: unknown; data?: unknown }) => {
			const span = document.createElement('span');
			span.textContent = p.valueFormatted ?? String(p.value ?? '');
			const o = originOf(p.data, col.key);
			if (o) span.title = translate(ctx.lang, o.key, o.params);
			return span;
		}
	};
}

export function columnDefs(schema: TableSchema<any>, ctx: ColumnContext): ColDef[] {
	const follows = new Set(schema.overlay?.fields ?? []);
	const defs = (schema.columns as Column<any>[]).map((c) => (follows.has(c.key) ? overlaid(schema.name as TableName, columnDef(c, ctx), c, ctx) : columnDef(c, ctx)));

	if (ctx.narrow) {
		// On a phone only the last pinned column (the commune, the name) stays pinned, narrower, so
		// the rest of the row has room to scroll beside it.
		const pinned = defs.filter((d) => d.pinned);
		pinned.slice(0, -1).forEach((d) => (d.pinned = undefined));
		const last = pinned.at(-1);
		if (last) last.width = Math.min(last.width ?? 140, 110);
	}
	return defs;
}
