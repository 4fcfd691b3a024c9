// The shape of a table definition. One definition per table drives grid columns, workbook
// headers, import mapping and validation, so a column is described once.
import type { DictKey, Params } from '$lib/i18n/translate';
import type { TableName, TableRecords } from '$lib/domain/records';
import type { Lookup } from '$lib/domain/lookup';

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
	| 'commune' // a commune id, shown by name
	| 'district'; // a district id, shown by name

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
}

export interface TableSchema<T extends TableName = TableName> {
	name: T;
	/** Dictionary key of the table's title; its Vietnamese text is the sheet name. */
	title: DictKey;
	columns: Column<TableRecords[T]>[];
	/** Fill derived fields after a change (a target's district follows its commune). */
	derive?: (record: TableRecords[T], lookup: Lookup) => Partial<TableRecords[T]>;
	/** A new empty record for "add row". */
	blank?: () => Omit<TableRecords[T], 'id' | 'version' | 'updatedAt'>;
	/** Text used to name a row in messages ("Đại Lộc / Đại Thạnh / NTM 2024"). */
	rowLabel: (record: TableRecords[T], lookup: Lookup) => string;
}

export type ParseError = { key: DictKey; params: Params };
export type ParseResult = { ok: true; value: unknown } | { ok: false; error: ParseError };
