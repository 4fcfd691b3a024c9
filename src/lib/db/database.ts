// The Dexie database: one store per table of the registry, the undo history and meta. Versions
// and their upgrade steps are in migrations.ts (the migration contract).
import Dexie, { type Table } from 'dexie';
import { TABLE_NAMES } from '$lib/schema/heads';
import type { TableName, TableRecords } from '$lib/schema/registry';
import { DB_VERSIONS } from './migrations';
import { pagedTables } from './pages';

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

/** What happened to the connection: another tab upgraded the database, or this tab waits for one. */
export type ConnectionEvent = 'versionchange' | 'blocked';

/** `db.targets`, `db.communes`…: Dexie makes a property of every store; this types them. */
type DataTables = { [T in TableName]: Table<TableRecords[T], string> };
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface NtmDatabase extends DataTables {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class NtmDatabase extends Dexie {
	history!: Table<HistoryEntry, number>;
	meta!: Table<MetaRow, string>;

	constructor(name = DB_NAME) {
		super(name);
		for (const v of DB_VERSIONS) {
			// Every version from 3 on also holds every table of the registry (a new table needs no
			// version of its own, see migrations.ts). Not only the newest: Dexie runs the steps from the
			// database's own version on, and a step whose stores leave out a store the database has
			// deletes it (releases 0.2.0 and 0.3.0 made their registers' stores at version 3).
			const stores: Record<string, string | null> = { ...v.stores };
			if (v.version >= 3) for (const t of TABLE_NAMES) stores[t] ??= 'id';
			const declared = this.version(v.version).stores(stores);
			if (v.upgrade) declared.upgrade(v.upgrade);
		}
		// The rows of every data table are stored in pages (pages.ts); the Table API is unchanged.
		this.use(pagedTables(TABLE_NAMES));
	}

	table_<T extends TableName>(name: T): Table<TableRecords[T], string> {
		return this.table(name) as unknown as Table<TableRecords[T], string>;
	}

	/** The stores of every table, for transactions over all data. */
	dataTables(): Table[] {
		return TABLE_NAMES.map((t) => this.table(t));
	}
}

let instance: NtmDatabase | null = null;
/** The app's database (one per page). */
export function getDb(): NtmDatabase {
	if (!instance) {
		instance = new NtmDatabase();
		watchConnection(instance);
	}
	return instance;
}

const connectionListeners = new Set<(e: ConnectionEvent) => void>();
/** Hear when another tab upgrades the database (this tab must reload) or this tab waits for one. */
export function onConnection(listener: (e: ConnectionEvent) => void): () => void {
	connectionListeners.add(listener);
	return () => connectionListeners.delete(listener);
}

/** Tell the listeners, and let Dexie close this connection on 'versionchange' so the upgrade in the
 * other tab goes on at once (nothing hangs); this tab then asks the planner to reload. */
export function watchConnection(db: NtmDatabase) {
	db.on('versionchange', () => {
		for (const l of connectionListeners) l('versionchange');
	});
	db.on('blocked', () => {
		for (const l of connectionListeners) l('blocked');
	});
}
