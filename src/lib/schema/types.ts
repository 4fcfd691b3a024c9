// The shape of a table definition. One definition per table drives grid columns, workbook
// headers, import mapping and validation, so a column is described once.
import type { DictKey, Params } from '$lib/i18n/translate';

export type ColumnType =
	| 'text' // one line of text
	| 'longtext' // notes
	| 'int'
	| 'number'
	| 'year'
	| 'date' // ISO yyyy-mm-dd, shown dd/mm/yyyy
	| 'datetime' // ISO timestamp, read-only
	| 'deadline' // see domain/deadline.ts
	| 'enum'
	| 'bool'
	| 'ref'; // the id of a row of another table (`ref`), shown by that row's label

export interface Column<R = Record<string, unknown>> {
	key: keyof R & string;
	label: DictKey;
	type: ColumnType;
	/** Enumeration codes and the dictionary group of their labels (`enum.<enumName>.<code>`). */
	values?: readonly string[];
	enumName?: string;
	min?: number;
	max?: number;
	/** Empty is refused. */
	required?: boolean;
	/** Editable in the grid and taken from imported workbooks. Read-only columns are still exported. */
	editable?: boolean;
	maxLength?: number;
	/** Other header texts that mean this column in hand-made sheets (matched folded). */
	aliases?: string[];
	/** Grid column width in px. */
	width?: number;
	/** Hidden in the grid by default (still exported). */
	hidden?: boolean;
	/** Pinned left in the grid. */
	pinned?: boolean;
	/** type 'ref': the table pointed at, and which of its sets of rows may be chosen (its `choices`). */
	ref?: string;
	choice?: string;
	/** type 'enum': more texts (folded) read as a code when typed, pasted or imported ("x" = met). */
	enumAliases?: Record<string, string>;
	/** type 'enum': a colour for some codes in the grid (met green, not met red). */
	tones?: Record<string, 'good' | 'bad' | 'warn'>;
	/** A header given as text (a computed column of a view, "Mục tiêu 2025"), instead of `label`. */
	title?: string;
}

/** The table definitions (define.ts) are what the grids and the workbook code call a schema. */
export type { TableDef as TableSchema } from './define';

export type ParseError = { key: DictKey; params: Params };
export type ParseResult = { ok: true; value: unknown } | { ok: false; error: ParseError };
