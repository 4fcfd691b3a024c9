// The Dexie database: tables, indexes and versions.
import Dexie, { type Table } from 'dexie';
import type { TableName, TableRecords } from '$lib/domain/records';

/** One recorded change of one record. `state` is what toggling the entry restores. */
export interface HistoryItem {
	table: TableName;
	id: string;
	/** The record as it was before the change (null: the record did not exist). */
	state: Record<string, unknown> | null;
}

export type HistorySource = 'edit' | 'paste' | 'add' | 'delete' | 'import' | 'merge';

export interface HistoryEntry {
	seq?: number;
	label: string;
	source: HistorySource;
	at: string;
	items: HistoryItem[];
	/** Large entries (an import) are stored column by column, which is much cheaper to write and read
	 * than tens of thousands of small objects; `items` is then empty in storage (see write.ts). */
	packed?: { tables: TableName[]; ids: string[]; states: (Record<string, unknown> | null)[] };
	/** 1 when undone (the entry is on the redo side). Undone entries are always the newest ones. */
	undone: 0 | 1;
}

export interface MetaRow {
	key: string;
	value: unknown;
}

export const DB_NAME = 'ntm-quang-nam';

export class NtmDatabase extends Dexie {
	districts!: Table<TableRecords['districts'], string>;
	communes!: Table<TableRecords['communes'], string>;
	targets!: Table<TableRecords['targets'], string>;
	districtTargets!: Table<TableRecords['districtTargets'], string>;
	goals!: Table<TableRecords['goals'], string>;
	indicators!: Table<TableRecords['indicators'], string>;
	history!: Table<HistoryEntry, number>;
	meta!: Table<MetaRow, string>;

	constructor(name = DB_NAME) {
		super(name);
		// Version 1: the first schema. Later versions add .upgrade() steps for data changes.
		this.version(1).stores({
			districts: 'id',
			communes: 'id, districtId',
			targets: 'id, communeId, districtId, year, level, status',
			districtTargets: 'id, districtId',
			goals: 'id, key',
			indicators: 'id',
			history: '++seq, undone',
			meta: 'key'
		});
		// Version 2: the grids, the dashboard and the exports read whole tables and filter in memory,
		// so the secondary indexes of version 1 only slowed every write (a 64,000-row import writes
		// about twice as fast without them). No data changes, so no upgrade step.
		this.version(2).stores({
			communes: 'id',
			targets: 'id',
			districtTargets: 'id',
			goals: 'id'
		});
	}

	table_<T extends TableName>(name: T): Table<TableRecords[T], string> {
		return this[name] as unknown as Table<TableRecords[T], string>;
	}
}

let instance: NtmDatabase | null = null;
/** The app's database (one per page). */
export function getDb(): NtmDatabase {
	instance ??= new NtmDatabase();
	return instance;
}
