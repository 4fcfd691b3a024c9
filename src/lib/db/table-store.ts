// A live copy of one table for the grids. It reads the table once, then re-reads only the records
// the write path reports as changed (here or in another tab), keeping every unchanged row object as
// it was, so the grid can update just the rows that changed.
import { normaliseRows } from '$lib/schema/normalise';
import type { TableName, TableRecords } from '$lib/schema/registry';
import { getDb } from './database';
import { onChanges } from './changes';
import { readUnordered } from './pages';
import { takeEarlyRead } from './early-read';

export interface TableSnapshot<R> {
	rows: R[];
	/** True when the whole table was (re)loaded, false for an update of some rows. */
	full: boolean;
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
	/** Each row's place in `rows` by id: made when the first change comes (not for every load: 63,600
	 * entries before the first rows are shown), kept up to date after that. */
	let index: Map<string, number> | null = null;
	const indexOf = () => (index ??= new Map(rows.map((r, i) => [r.id, i])));
	let stopped = false;
	let queue: Promise<void> = Promise.resolve();
	let first = true;

	const loadAll = async () => {
		// The first load takes the rows the app's start read for its page, if it did (early-read.ts).
		const early = first ? takeEarlyRead(table, !options.unordered) : null;
		first = false;
		const raw = (early && (await early.catch(() => null))) || (options.unordered ? await readUnordered(getDb(), table) : await store.toArray());
		const all = normaliseRows<R>(table, raw);
		if (stopped) return;
		rows = all;
		index = null;
		listener({ rows, full: true });
	};

	const loadSome = async (ids: string[]) => {
		const unique = [...new Set(ids)];
		const fresh = (await store.bulkGet(unique)).map((r) => (r ? normaliseRows<R>(table, [r])[0] : undefined));
		if (stopped) return;
		const next = rows.slice();
		const places = indexOf();
		let removed = false;
		unique.forEach((id, i) => {
			const at = places.get(id);
			const r = fresh[i];
			if (r && at !== undefined) next[at] = r;
			else if (r) {
				places.set(id, next.length);
				next.push(r);
			} else if (at !== undefined) {
				next[at] = undefined as unknown as R;
				removed = true;
			}
		});
		rows = removed ? next.filter(Boolean) : next;
		if (removed) index = null;
		listener({ rows, full: false });
	};

	// Changes are applied one after the other, in the order they were committed.
	const off = onChanges((notice) => {
		const ids = notice[table];
		if (!ids) return;
		queue = queue.then(() => (ids === 'all' ? loadAll() : loadSome(ids))).catch(() => loadAll());
	});
	queue = loadAll();
	return () => {
		stopped = true;
		off();
	};
}
