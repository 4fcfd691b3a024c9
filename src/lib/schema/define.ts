// The shape of a table definition: one registry entry owns everything about a table (columns,
// ids and keys, store, sheet, seed, order, search, filters, references, rules, who may add and
// delete, how a row read from storage or a file is normalised). The database, seeding, live
// views, workbooks, import matching and the generic table page all loop over the registry
// (registry.ts), so adding a flat table is its entry, its seed builder and its texts.
import type { BaseRecord } from '$lib/domain/records';
import type { Lookup } from '$lib/domain/lookup';
import type { DictKey, Params } from '$lib/i18n/translate';
import type { Column, ParseError } from './types';

/** What filters, search, sorting and computed columns may read besides the row itself. */
export interface ViewContext {
	lookup: Lookup;
	/** The rows of the table itself (filter options such as the years present). */
	rows: readonly Record<string, unknown>[];
	/** Rows of the tables named in `related`, by table name. */
	related: Record<string, readonly Record<string, unknown>[]>;
	/** What `prepare` built from them once per change (a commune -> targets index...). */
	prepared: unknown;
	/** Translate in the language on screen. */
	t: (key: DictKey, params?: Params) => string;
	/** The map in view: units as of this ISO date (default: the 2021-2025 plan's, see units-over-time.ts). */
	asOf?: string;
}

/** A piece of a row's search text; an enumeration code is matched by its labels in both languages. */
export type SearchPart = string | number | null | undefined | { enum: string; code: string | null | undefined };

/** A toolbar filter, kept in the URL as `?param=a,b`. */
export interface FilterDef<R> {
	param: string;
	label: DictKey;
	/** The choices of the toolbar select (none: the filter is read from the URL only). */
	options?: (ctx: ViewContext) => { value: string; label: string }[];
	/** Does a row pass, given the selected values (never called with an empty list)? */
	test: (row: R, values: string[], ctx: ViewContext, state: Record<string, string[]>) => boolean;
	/** The field a single selected value pre-fills in the add form. */
	field?: string;
}

/** A read-only column computed from other data (the communes' per-year target levels). */
export interface ComputedColumn<R> {
	id: string;
	header: string;
	width?: number;
	value: (row: R) => string;
	/** Shown right after this column of the table (default: before the technical columns at the end). */
	after?: string;
}

/** A value shown in place of a stored one because it follows other records, and where it comes from. */
export interface Derived {
	value: unknown;
	origin: { key: DictKey; params?: Params };
}

/**
 * Fields of a table that follow other tables (a commune's criteria met follows the criteria
 * matrix, its recognised level its recognitions). Where a value is derived the grid shows it
 * read-only with its origin, exports write it and imports leave it alone (a different value in a
 * file is reported, not applied); where none is, the stored value stands, said as entered by hand.
 */
export interface OverlayDef {
	/** Tables the values follow (views watch them; exports and imports read them). */
	from: string[];
	fields: string[];
	/** row id -> field -> derived value, built once per change of the rows or those tables. */
	build: (rows: readonly Record<string, unknown>[], tables: Record<string, readonly Record<string, unknown>[]>) => Map<string, Record<string, Derived>>;
	/** Said of a stored value where nothing is derived. */
	entered?: Record<string, { key: DictKey; params?: Params }>;
}

/** Why a row may not be chosen by a reference, or null when it may. */
export type ChoiceCheck<R> = (row: R, lookup: Lookup) => ParseError | null;

export interface IdScheme {
	/** 'official': ids come from the reference lists (commune codes) and must be given on import;
	 * 'generated': new rows get `${prefix}-<random>`. */
	kind: 'official' | 'generated';
	prefix: string;
}

export interface TableDef<R extends BaseRecord = any, N extends string = string> {
	/** Table name: the IndexedDB store, the key of `TableRecords`, the `_goc` sheet's table column. */
	name: N;
	/** Dictionary key of the title; its Vietnamese text is the sheet name. */
	title: DictKey;
	/** Column order here is the order in the grid and in the workbook. */
	columns: Column<R>[];
	id: IdScheme;
	/** Fields that identify a row in a hand-made sheet without ids (text compared folded). */
	naturalKey: (keyof R & string)[];
	/** Parts of the natural key that may be empty (a sheet without them means the empty value). */
	naturalKeyOptional?: (keyof R & string)[];
	/** The natural key must be unique: a second row with the same key is refused, naming the first. */
	unique?: boolean;
	/** Position of the sheet in an exported workbook (lower first). */
	sheetOrder: number;
	/** The seed file in seeds/ and its version: raise the version when the file gains or corrects
	 * rows, and mark those rows `seedSince` / `seedRevised` (see db/seed.ts). */
	seed: {
		file: string;
		version: number;
		/**
		 * When the table is first seeded into a database that already holds the planner's data, its
		 * rows are made from the seed and that data (the recognitions adopt the commune register's
		 * levels and the targets marked recognised of an earlier release), so no earlier edit is lost.
		 */
		adopt?: {
			from: string[];
			/** The function making the rows, loaded before the seeding transaction (not on the first page). */
			load: () => Promise<(seed: readonly Record<string, unknown>[], stored: Record<string, readonly Record<string, unknown>[]>) => Record<string, unknown>[]>;
		};
	};
	/** Order of rows before the planner sorts a column. */
	defaultSort?: (a: R, b: R, lookup: Lookup) => number;
	/** A number per row in defaultSort's order (rows with equal numbers are put in order by
	 * defaultSort; a row without a finite number sorts the whole list by defaultSort): 63,600 rows
	 * sorted by numbers worked out once, not by a million comparisons of names. */
	sortKey?: (row: R, lookup: Lookup) => number;
	/** Texts the search box matches (folded). Default: every column as shown. */
	search?: (row: R, lookup: Lookup) => SearchPart[];
	filters?: FilterDef<R>[];
	/** Rows of the map in view (the units that exist on `ctx.asOf`); the filter `?map=all` shows every row. */
	inView?: (row: R, ctx: ViewContext) => boolean;
	/** Other tables the filters or computed columns read, and what to build from them. */
	related?: string[];
	prepare?: (related: Record<string, readonly Record<string, unknown>[]>) => unknown;
	computed?: (ctx: ViewContext) => ComputedColumn<R>[];
	/** Hover texts of some column headers, from other data (the criteria's names over TC1…TC19). */
	headerTips?: (ctx: ViewContext) => Record<string, string>;
	/** Text naming a row in messages ("Đại Thạnh / NTM 2024"). */
	rowLabel: (row: R, lookup: Lookup) => string;
	/** Rows can be added in the app: the fields the add form asks for (others take their defaults). */
	add?: { fields: (keyof R & string)[]; label: DictKey; fill?: (row: R) => Partial<R> };
	/** Rows can be deleted in the app. */
	canDelete?: boolean;
	/** Sets of rows a reference to this table may choose, by name ('all' is implicit). */
	choices?: Record<string, ChoiceCheck<R>>;
	/** Values that follow other tables (see OverlayDef). */
	overlay?: OverlayDef;
	/** A rule over the whole row (a level the unit's kind cannot have): the column and the reason. */
	check?: (row: R, lookup: Lookup) => { column: keyof R & string; error: ParseError } | null;
	/** Fill derived fields after a change (a target's district follows its commune). */
	derive?: (row: R, lookup: Lookup) => Partial<R>;
	/** Values of a new row (besides id, version, updatedAt); columns not named get empty values. */
	blank?: () => Partial<Omit<R, 'id' | 'version' | 'updatedAt'>>;
	/** A page of its own: `/tables/<name>`, in the header when `nav` is set (an entry of its own, or
	 * in the header's menu of its `group`: src/lib/ui/nav.ts), and listed on the association's page
	 * ("Hội CCB") when `group` is 'association'. */
	page?: { path?: string; nav?: DictKey; group?: 'plan' | 'association' };
}

/** Keeps the literal table name and the record type of an entry. */
export function defineTable<R extends BaseRecord>() {
	return <N extends string>(def: TableDef<R, N>): TableDef<R, N> => def;
}
