// A live copy of one table for the grids. It reads the table once, then re-reads only the records
// the write path reports as changed (here or in another tab), keeping every unchanged row object as
// it was, so the grid can update just the rows that changed.
import { normaliseRows, type TableName, type TableRecords } from '$lib/schema';
import { getDb } from './database';
import { onChanges } from './changes';
import { readUnordered } from './pages';

export interface TableSnapshot<R> {
	rows: R[];
	/** True when the whole table was (re)loaded, false for an update of some rows. */
	full: boolean;
}

type Notice = string[] | 'all';
/** Reads started before their view (prefetchTable), by `table|unordered`. */
const early = new Map<string, { rows: Promise<unknown[]>; changes: Notice[]; stop: () => void }>();
const readOf = (table: TableName, unordered: boolean): Promise<unknown[]> => (unordered ? readUnordered(getDb(), table) : getDb().table(table).toArray());

/**
 * Start reading a table before its view asks (the page's table, while the app reads the names):
 * the view's watchTable then takes this read, and the changes told since it started are applied
 * after it, in order. A read not taken within 10 s is dropped.
 */
export function prefetchTable(table: TableName, options: { unordered?: boolean } = {}) {
	const key = `${table}|${!!options.unordered}`;
	early.get(key)?.stop();
	const changes: Notice[] = [];
	const off = onChanges((notice) => {
		const ids = notice[table];
		if (ids) changes.push(ids);
	});
	const timer = setTimeout(() => entry.stop(), 10_000);
	const entry = {
		rows: readOf(table, !!options.unordered),
		changes,
		stop: () => {
			off();
			clearTimeout(timer);
			if (early.get(key) === entry) early.delete(key);
		}
	};
	entry.rows.catch(() => entry.stop());
	early.set(key, entry);
}

export function watchTable<T extends TableName>(
	table: T,
	listener: (snapshot: TableSnapshot<TableRecords[T]>) => void,
	/** `unordered`: the rows of a full load in the order they are stored, not by id (the caller sorts them). */
	options: { unordered?: boolean } = {}
): () => void {
	type R = TableRecords[T];
	const store = getDb().table_(table);
	let rows: R[] = [];
	let index = new Map<string, number>();
	let stopped = false;
	let queue: Promise<void> = Promise.resolve();

	const loadAll = async (read?: Promise<unknown[]>) => {
		const all = normaliseRows<R>(table, await (read ?? readOf(table, !!options.unordered)));
		if (stopped) return;
		rows = all;
		index = new Map(all.map((r, i) => [r.id, i]));
		listener({ rows, full: true });
	};

	const loadSome = async (ids: string[]) => {
		const unique = [...new Set(ids)];
		const fresh = (await store.bulkGet(unique)).map((r) => (r ? normaliseRows<R>(table, [r])[0] : undefined));
		if (stopped) return;
		const next = rows.slice();
		let removed = false;
		unique.forEach((id, i) => {
			const at = index.get(id);
			const r = fresh[i];
			if (r && at !== undefined) next[at] = r;
			else if (r) {
				index.set(id, next.length);
				next.push(r);
			} else if (at !== undefined) {
				next[at] = undefined as unknown as R;
				removed = true;
			}
		});
		rows = removed ? next.filter(Boolean) : next;
		if (removed) index = new Map(rows.map((r, i) => [r.id, i]));
		listener({ rows, full: false });
	};

	// Changes are applied one after the other, in the order they were committed.
	const off = onChanges((notice) => {
		const ids = notice[table];
		if (!ids) return;
		queue = queue.then(() => (ids === 'all' ? loadAll() : loadSome(ids))).catch(() => loadAll());
	});
	// A read started early (prefetchTable), then the changes told since it started; else a read now.
	const pre = early.get(`${table}|${!!options.unordered}`);
	pre?.stop();
	queue = pre
		? loadAll(pre.rows)
				.catch(() => loadAll())
				.then(() => pre.changes.reduce<Promise<void>>((q, ids) => q.then(() => (ids === 'all' ? loadAll() : loadSome(ids))), Promise.resolve()))
				.catch(() => loadAll())
		: loadAll();
	return () => {
		stopped = true;
		off();
	};
}
