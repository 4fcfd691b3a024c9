// A live copy of one table for the grids. It reads the table once, then re-reads only the records
// the write path reports as changed (here or in another tab), keeping every unchanged row object as
// it was, so the grid can update just the rows that changed.
import { normaliseRows } from '$lib/schema/normalise';
import type { TableName, TableRecords } from '$lib/schema/registry';
import { getDb } from './database';
import { onChanges } from './changes';
import { readUnordered } from './pages';

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
	let index = new Map<string, number>();
	let stopped = false;
	let queue: Promise<void> = Promise.resolve();

	const loadAll = async () => {
		const all = normaliseRows<R>(table, options.unordered ? await readUnordered(getDb(), table) : await store.toArray());
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
	queue = loadAll();
	return () => {
		stopped = true;
		off();
	};
}
