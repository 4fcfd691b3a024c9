// Shapes shared by the export, the parser (worker and main thread) and the preview.
// Everything a worker posts is plain data (structured-clone safe): no classes, no Maps.
import type { TableName } from '$lib/schema';
import type { DictKey, Params } from '$lib/i18n/translate';
import type { PackageIdentity } from '$lib/packages/types';

/** A cell as read from a file. Date-formatted numbers arrive as local-midnight Dates. */
export type CellValue = string | number | boolean | Date | null;

export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'csv';

/** One problem, located in the file. `message` is the full Vietnamese text for the user. */
export interface Issue {
	level: 'error' | 'warning';
	sheet?: string;
	/** Excel row number (1-based). */
	row?: number;
	/** Header text of the column. */
	column?: string;
	/** Column letter ("C"). */
	letter?: string;
	/** The cell's value, shortened for display (never the whole of a long text). */
	value?: string;
	key: DictKey;
	params: Params;
	message: string;
}

/** A file-level refusal: nothing was read, nothing will be changed. */
export interface ReadError {
	key: DictKey;
	params: Params;
	message: string;
}

export interface SourceColumn {
	/** 0-based index into each row's `cells`. */
	index: number;
	letter: string;
	/** Header text as found (merged and multi-row headers combined). */
	header: string;
}

/** Column mapping of one sheet: per source column (same order as `columns`), a field key or null (ignore). */
export interface SheetMapping {
	table: TableName | null;
	fields: (string | null)[];
}

export interface ParsedRow {
	/** Excel row number (1-based). */
	row: number;
	cells: CellValue[];
}

export interface ParsedSheet {
	name: string;
	/** Excel row number of the header row (0 when none was found). */
	headerRow: number;
	columns: SourceColumn[];
	rows: ParsedRow[];
	/** The table this sheet was recognised as, and how. */
	table: TableName | null;
	tableBy: 'name' | 'headers' | null;
	/** The automatic mapping proposal (same order as `columns`). */
	fields: (string | null)[];
	/** Indexes (into `columns`) of non-empty headers that were not recognised. */
	unmatched: number[];
	/** True when every non-empty header was recognised (no mapping question to ask). */
	complete: boolean;
	/** Stable key of the header layout, for remembered mappings. */
	signature: string;
}

/** What the information sheet and the hidden "_goc" sheet of an exported workbook say. */
export interface WorkbookInfo {
	datasetId?: string;
	schemaVersion?: number;
	exportedAt?: string;
	appVersion?: string;
	filters?: string;
	/** The map and phase the file was exported on (format 6). */
	map?: { date: string; phase: string };
	/** A district package or its return (src/lib/packages): its identity, normalised. */
	package?: PackageIdentity;
}

/** Values of one record at export time, from the hidden "_goc" sheet. */
export interface BaseRecord {
	version: number;
	values: Record<string, unknown>;
}

export interface ParsedWorkbook {
	fileName: string;
	format: FileFormat;
	sheets: ParsedSheet[];
	info: WorkbookInfo | null;
	/** `${table}:${id}` -> exported values (empty for hand-made files). */
	base: Record<string, BaseRecord>;
	/** Sheet-level notes (a sheet skipped, truncated...). */
	issues: Issue[];
	/** While the file is still being read: the sheet whose rows are still arriving (row-stream.ts). */
	stream?: SheetStream;
}

/** Rows of one sheet still arriving: `sheets[sheet].rows` grows until `state` leaves 'open'. */
export interface SheetStream {
	readonly sheet: number;
	readonly state: 'open' | 'done' | 'failed';
	/** Resolves when more rows have arrived, or the stream has ended. */
	more(): Promise<void>;
}

export type ReadResult = ParsedWorkbook | { error: ReadError };

export type Progress = { phase: 'read' | 'parse' | 'sheets' | 'done'; done: number; total: number };
