// Paged storage (database version 4): the records of every data table are stored in pages of the
// one `pages` store, not one IndexedDB record per row. Chromium spends about 35-70 µs per stored
// record whatever the API, so 64,000 rows cost seconds as records and about 0.1 s as 512 pages.
// The app reads whole tables and filters in memory (version 2 dropped the indexes), so nothing
// needs a record per row.
//
// The layout (a stored format: changing it needs a database version with an upgrade step):
//   pages store (out-of-line keys), key [table name, p] (p in 0..PAGE_COUNT-1): [record, …]
//                                    key [table name, -1]: the number of rows (for count())
//   a record with id `id` is in page pageOf(id) (FNV-1a of the id, modulo PAGE_COUNT), so any tab
//   finds it without an index to keep in step; an empty page is deleted.
//
// This module is a Dexie DBCore middleware under every other one: Dexie's Table API (get, bulkGet,
// bulkPut, bulkAdd, bulkDelete, clear, count, toArray, where(':id'), filter, modify…), its
// transactions, liveQuery and the app's change notices work on the tables as before, and it turns
// their operations into page reads and writes in the same IndexedDB transaction. The per-table
// stores stay declared (and empty) so that Dexie knows the tables. The upgrade transaction sees
// the stores as they are (versionchange: no paging), which is how version 4's step moves records.
//
// Inside one transaction the pages read are kept (a read-write transaction holds IndexedDB's lock
// on `pages`, so no other tab writes them meanwhile): a bulk write reads each page once. Records
// handed out are shared with that cache: callers must not change a record they read without
// writing it (the app's code copies, schema/normalise.ts and write.ts); records written are
// copied (one level) into it.
//
// What IndexedDB would do and this code does by hand: key ranges, key order (cmp), ConstraintError
// on add of an existing key, a cursor over the rows.
import Dexie, { cmp, type DBCore, type DBCoreCursor, type DBCoreKeyRange, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';

export const PAGES_STORE = 'pages';
/** Dexie store declaration of the pages store. */
export const PAGES_SCHEMA = '';
/** Pages per table: 64,000 rows make pages of about 125 (a one-cell edit rewrites one of them). */
export const PAGE_COUNT = 512;
const HEAD = -1;
/** Requests a whole-table read is made of (PAGE_COUNT is a multiple of it). */
const READ_PARTS = 8;

type Rec = Record<string, unknown>;
/** What the pages store holds at one key: a page's rows, or a table's row count (p = -1). */
export type Stored = Rec[] | number;

/** The page of a record id: FNV-1a (32 bits) over the id's UTF-16 code units, modulo PAGE_COUNT. */
export function pageOf(id: unknown): number {
	const s = typeof id === 'string' ? id : JSON.stringify(id);
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) % PAGE_COUNT;
}

/** The pages (and row count) holding `rows` of `table`, with their keys: what version 4's upgrade
 * step writes. */
export function pagesOf(table: string, rows: Rec[], keyOf: (r: Rec) => unknown = (r) => r.id): { key: [string, number]; value: Stored }[] {
	const pages: Rec[][] = Array.from({ length: PAGE_COUNT }, () => []);
	for (const r of rows) pages[pageOf(keyOf(r))].push(r);
	const out: { key: [string, number]; value: Stored }[] = [];
	pages.forEach((list, p) => list.length && out.push({ key: [table, p], value: list }));
	if (rows.length) out.push({ key: [table, HEAD], value: rows.length });
	return out;
}

/** Compare keys as IndexedDB orders them (strings, the common case, without Dexie's cmp). */
function compareKeys(a: unknown, b: unknown): number {
	if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
	return cmp(a, b);
}

function inRange(key: unknown, range: DBCoreKeyRange): boolean {
	switch (range.type) {
		case 1 /* Equal */:
			return compareKeys(key, range.lower) === 0;
		case 3 /* Any */:
			return true;
		case 4 /* Never */:
			return false;
		default: {
			if (range.lower !== undefined) {
				const c = compareKeys(key, range.lower);
				if (c < 0 || (c === 0 && range.lowerOpen)) return false;
			}
			if (range.upper !== undefined) {
				const c = compareKeys(key, range.upper);
				if (c > 0 || (c === 0 && range.upperOpen)) return false;
			}
			return true;
		}
	}
}

/** What one transaction has read of a table's pages (see the note at the top). */
interface TxTable {
	/** page -> (key -> record). */
	pages: Map<number, Map<unknown, Rec>>;
	/** Rows in the table (from the head, or counted). */
	count?: number;
}

const states = new WeakMap<DBCoreTransaction, Map<string, TxTable>>();
function stateOf(trans: DBCoreTransaction, table: string): TxTable {
	let tables = states.get(trans);
	if (!tables) states.set(trans, (tables = new Map()));
	let s = tables.get(table);
	if (!s) tables.set(table, (s = { pages: new Map() }));
	return s;
}

/**
 * Settle in the caller's Dexie zone (PSD). Dexie's own IndexedDB layer resolves its promises inside
 * the zone of the call (its `wrap`); a middleware above this one (Dexie's hooks) reads the
 * transaction from that zone after awaiting this one, so an async result must do the same.
 */
const zones = Dexie.Promise as unknown as { PSD: unknown; usePSD: (psd: unknown, fn: () => void) => void };
function inZone<T>(run: () => Promise<T>): Promise<T> {
	const psd = zones.PSD;
	return new Promise<T>((resolve, reject) =>
		run().then(
			(v) => zones.usePSD(psd, () => resolve(v)),
			(e) => zones.usePSD(psd, () => reject(e))
		)
	);
}

/**
 * One copy of each repeated short text in rows read from storage: IndexedDB gives every row its
 * own copy of every string (status, level, district, date…), which for 63,600 target rows is about
 * 11 MB of the 18 MB they take. Per field, while its values repeat (a field with over 1,000 different
 * values, more than every other row's, an id or a note, is left as it is). What a string-interning
 * library would do.
 */
function stringSharer(): (rows: Rec[]) => void {
	const pools = new Map<string, Map<string, string> | null>();
	let i = 0;
	// Called once per part of the rows as they arrive; `i` counts the rows seen over all parts.
	return (rows) => {
		for (const r of rows) {
			for (const k in r) {
				const v = r[k];
				if (typeof v !== 'string' || v.length > 64) continue;
				let pool = pools.get(k);
				if (pool === null) continue;
				if (!pool) pools.set(k, (pool = new Map()));
				const had = pool.get(v);
				if (had === undefined) {
					pool.set(v, v);
					if (pool.size > 1000 && pool.size * 2 > i) pools.set(k, null); // mostly different values
				} else r[k] = had;
			}
			i++;
		}
	};
}

/**
 * Every row of a data table in the order its pages hold them, not in key order (for a view that puts
 * them in its own order: 63,600 rows are then not sorted by key first), in one request to the pages
 * store, each repeated short text shared (stringSharer). A database without pages (none of this
 * version's) is read through the Table API.
 */
export async function readUnordered(db: Dexie, table: string): Promise<Rec[]> {
	if (!db.tables.some((t) => t.name === PAGES_STORE)) return (await db.table(table).toArray()) as Rec[];
	const pages = (await db.table(PAGES_STORE).where(':id').between([table, 0], [table, PAGE_COUNT - 1], true, true).toArray()) as Rec[][];
	const rows: Rec[] = [];
	for (const page of pages) for (const r of page) rows.push(r);
	stringSharer()(rows);
	return rows;
}

/**
 * The row counts of `tables` (paged storage), in two requests: the keys of the pages store, then the
 * heads of the tables that have one. A table with pages and no head (none is written so, see
 * `mutate`) is counted through the Table API; a table without pages is empty. Run it inside a
 * transaction over the pages store and the tables for one consistent answer.
 */
export async function tableCounts(db: Dexie, tables: readonly string[]): Promise<Record<string, number>> {
	const store = db.table(PAGES_STORE);
	const keys = (await store.toCollection().primaryKeys()) as unknown as [string, number][];
	const wanted = new Set(tables);
	const pages = new Set<string>();
	const heads: string[] = [];
	for (const [t, p] of keys) {
		if (!wanted.has(t)) continue;
		if (p === HEAD) heads.push(t);
		else pages.add(t);
	}
	const counts = (await store.bulkGet(heads.map((t) => [t, HEAD]))) as unknown[];
	const out: Record<string, number> = {};
	heads.forEach((t, i) => typeof counts[i] === 'number' && (out[t] = counts[i] as number));
	for (const t of tables) if (out[t] === undefined) out[t] = pages.has(t) ? await db.table(t).count() : 0;
	return out;
}

/** Per transaction: the last operation asked for (see `method`). */
const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();

const isUpgrade = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

/** A cursor over rows already in order (what IndexedDB's cursor does, over an array). */
function arrayCursor(trans: DBCoreTransaction, rows: Rec[], keys: unknown[], sign: number, values: boolean): DBCoreCursor {
	let i = 0;
	let onNext: (() => void) | null = null;
	let settle: [(v?: unknown) => void, (e: unknown) => void] | null = null;
	let looping = false;
	let again = false;
	// The consumer calls continue() from inside its callback: loop instead of recursing.
	const go = () => {
		if (looping) return void (again = true);
		looping = true;
		do {
			again = false;
			if (!onNext) break;
			if (i >= rows.length) {
				cursor.done = true;
				cursor.stop();
			} else
				try {
					onNext();
				} catch (e) {
					cursor.fail(e as Error);
				}
		} while (again);
		looping = false;
	};
	const cursor = {
		trans,
		done: false,
		get key() {
			return keys[i];
		},
		get primaryKey() {
			return keys[i];
		},
		get value() {
			return values ? rows[i] : undefined;
		},
		continue(key?: unknown) {
			i++;
			if (key !== undefined) while (i < rows.length && sign * compareKeys(keys[i], key) < 0) i++;
			go();
		},
		advance(n: number) {
			i += n;
			go();
		},
		start(f: () => void) {
			onNext = f;
			return new Promise((resolve, reject) => {
				settle = [resolve, reject];
				go();
			});
		},
		stop(v?: unknown) {
			onNext = null;
			settle?.[0](v);
		},
		fail(e: Error) {
			onNext = null;
			settle?.[1](e);
		}
	};
	// (No continuePrimaryKey and next: Dexie calls them only for compound indexes, which these tables have none of.)
	return cursor as unknown as DBCoreCursor;
}

/**
 * The middleware for the data tables named: paged when the database has the pages store (the
 * database of this version always has it), untouched in the upgrade transaction.
 */
export function pagedTables(names: readonly string[]): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'PagedTables',
		// Under Dexie's own middlewares (observability for liveQuery is at 0, its cache at -1).
		level: -10,
		create(down: DBCore): Partial<DBCore> {
			const present = new Set(down.schema.tables.map((t) => t.name));
			if (!present.has(PAGES_STORE)) return down;
			const paged = new Set(names.filter((n) => present.has(n)));
			const store = down.table(PAGES_STORE);
			const ALL: number[] = Array.from({ length: PAGE_COUNT }, (_, p) => p);

			function wrap(table: DBCoreTable): DBCoreTable {
				const t = table.name;
				const keyPath = table.schema.primaryKey.keyPath;
				/** The key's property when the key path is one plain name ('id', every table of the app). */
				const simple = typeof keyPath === 'string' && !keyPath.includes('.') ? keyPath : null;
				const extract = table.schema.primaryKey.extractKey ?? ((r: Rec) => r.id);
				const keyOf = (r: Rec): unknown => (simple ? r[simple] : extract(r));
				/** The table's pages [from..to] (HEAD, -1, is the head). */
				const range = (from: number, to = PAGE_COUNT - 1): DBCoreKeyRange => ({ type: 2, lower: [t, from], upper: [t, to] });
				// Every page, in READ_PARTS requests asked for at once: each request's result is copied
				// out of IndexedDB in a task of its own (one request for 64,000 rows is one task of 100-200 ms).
				// `each` sees each part's pages when they arrive (in that request's task).
				const readAll = async (trans: DBCoreTransaction, each?: (pages: Rec[][]) => void) => {
					const step = PAGE_COUNT / READ_PARTS;
					const parts = await Promise.all(
						Array.from({ length: READ_PARTS }, (_, i) =>
							store.query({ trans, values: true, query: { index: store.schema.primaryKey, range: range(i * step, (i + 1) * step - 1) } }).then((r) => {
								const pages = r.result as Rec[][];
								each?.(pages);
								return pages;
							})
						)
					);
					return parts.flat();
				};

				/** The pages `ps` (all: every page), read once per transaction. */
				async function load(trans: DBCoreTransaction, ps: number[] | null) {
					const s = stateOf(trans, t);
					const missing = [...new Set(ps ?? ALL)].filter((p) => !s.pages.has(p));
					if (missing.length) {
						// Every page: one request for the table's key range; some: one getMany.
						const got = ps
							? ((await store.getMany({ trans, keys: missing.map((p) => [t, p]) })) as (Rec[] | undefined)[])
							: await readAll(trans);
						// (A page's number is its rows': every row of it is in that page.)
						const found = new Map(got.map((rows, i) => [rows?.length ? pageOf(keyOf(rows[0])) : missing[i], rows]));
						for (const p of missing) if (!s.pages.has(p)) s.pages.set(p, new Map((found.get(p) ?? []).map((r) => [keyOf(r), r])));
					}
					return s;
				}

				async function countOf(trans: DBCoreTransaction): Promise<number> {
					const s = stateOf(trans, t);
					if (s.count === undefined) {
						const n = (await store.get({ trans, key: [t, HEAD] })) as Stored | undefined;
						if (typeof n === 'number') s.count = n;
						else s.count = [...(await load(trans, null)).pages.values()].reduce((n, m) => n + m.size, 0); // no head: count the pages
					}
					return s.count;
				}

				/**
				 * Every record in the range, in key order (sign -1: descending). A whole table read in a
				 * read-only transaction (a view's first load) takes the pages as they come, without keeping
				 * them; rows are sorted by key directly (64,000 rows: no wrapper objects).
				 */
				async function select(trans: DBCoreTransaction, r: DBCoreKeyRange, sign = 1): Promise<Rec[]> {
					const rows: Rec[] = [];
					if (r.type === 4) return rows;
					const take = (row: Rec) => (r.type === 3 || inRange(keyOf(row), r)) && rows.push(row);
					if (r.type === 1) for (const row of (await load(trans, [pageOf(r.lower)])).pages.get(pageOf(r.lower))!.values()) take(row);
					else if ((trans as unknown as IDBTransaction).mode === 'readwrite' || stateOf(trans, t).pages.size === PAGE_COUNT) {
						for (const m of (await load(trans, null)).pages.values()) for (const row of m.values()) take(row);
					} else {
						// Rows read here are this caller's own (not kept in the transaction). Each part, as it
						// arrives (in its own task): its repeated texts shared, its rows sorted and merged into
						// those before it, so that no task sorts the whole table.
						const share = stringSharer();
						let merged: Rec[] = [];
						let mergedOrder: Order | null = null;
						await readAll(trans, (pages) => {
							const from = rows.length;
							for (const pg of pages) for (const row of pg) take(row);
							const run = rows.slice(from);
							share(run);
							const order = orderOf(run, sign);
							run.sort(order.compare);
							mergedOrder = !mergedOrder || (mergedOrder.strings && order.strings) ? order : orderOf([], sign, false);
							merged = mergeTwo(merged, run, mergedOrder.compare);
						});
						return merged;
					}
					return sortRows(rows, sign);
				}

				/** Rows in key order (sign -1: descending); string ids compared directly (no wrapper objects). */
				function sortRows(rows: Rec[], sign: number): Rec[] {
					return rows.sort(orderOf(rows, sign).compare);
				}
				type Order = { strings: boolean; compare: (a: Rec, b: Rec) => number };
				function orderOf(rows: Rec[], sign: number, strings = !!simple && rows.every((row) => typeof row[simple] === 'string')): Order {
					if (strings)
						return {
							strings,
							compare: (a, b) => {
								const x = a[simple!] as string;
								const y = b[simple!] as string;
								return x < y ? -sign : x > y ? sign : 0;
							}
						};
					return { strings, compare: (a, b) => sign * compareKeys(keyOf(a), keyOf(b)) };
				}
				/** Two sorted lists as one (a merge sort's step). */
				function mergeTwo(a: Rec[], b: Rec[], compare: (a: Rec, b: Rec) => number): Rec[] {
					if (!a.length) return b;
					const out: Rec[] = new Array(a.length + b.length);
					let i = 0;
					let j = 0;
					let n = 0;
					while (i < a.length && j < b.length) out[n++] = compare(b[j], a[i]) < 0 ? b[j++] : a[i++];
					while (i < a.length) out[n++] = a[i++];
					while (j < b.length) out[n++] = b[j++];
					return out;
				}

				async function mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
					const { trans } = req;
					const failures: Record<number, Error> = {};
					if (req.type === 'deleteRange') {
						if (req.range.type !== 3) return mutate({ trans, type: 'delete', keys: (await select(trans, req.range)).map(keyOf) });
						// clear(): the table's pages and head go in one request.
						await store.mutate({ trans, type: 'deleteRange', range: range(HEAD) });
						const s = stateOf(trans, t);
						s.pages = new Map(ALL.map((p) => [p, new Map()]));
						s.count = 0;
						return { numFailures: 0, failures, results: [], lastResult: undefined };
					}
					const del = req.type === 'delete';
					const keys: unknown[] = del ? req.keys : (req.keys ?? req.values.map((v) => keyOf(v as Rec)));
					const ps = keys.map(pageOf);
					const { pages } = await load(trans, ps);
					// The count is needed only when a row appears or goes. It is kept in the transaction's state,
					// changed in place (two writes of one transaction may run side by side).
					const s = stateOf(trans, t);
					if (keys.some((k, i) => pages.get(ps[i])!.has(k) === del)) await countOf(trans);
					const touched = new Set<number>();
					let moved = false;
					keys.forEach((key, i) => {
						const p = ps[i];
						const page = pages.get(p)!;
						const had = page.has(key);
						if (del ? !had : req.type === 'add' && had) {
							if (!del) failures[i] = new DOMException('Key already exists in the object store.', 'ConstraintError');
							return;
						}
						if (del) page.delete(key);
						else page.set(key, { ...(req.values[i] as Rec) }); // a copy: the caller may change its object
						if (had !== !del) {
							s.count! += del ? -1 : 1;
							moved = true;
						}
						touched.add(p);
					});
					// Write the pages changed (an empty page is deleted) and, if the counts moved, the head.
					const values: Stored[] = [];
					const putKeys: unknown[] = [];
					const dels: unknown[] = [];
					for (const p of touched) {
						const m = pages.get(p)!;
						if (!m.size) dels.push([t, p]);
						else {
							values.push([...m.values()]);
							putKeys.push([t, p]);
						}
					}
					if (moved) {
						if (!s.count) dels.push([t, HEAD]);
						else {
							values.push(s.count);
							putKeys.push([t, HEAD]);
						}
					}
					if (values.length) await store.mutate({ trans, type: 'put', values, keys: putKeys });
					if (dels.length) await store.mutate({ trans, type: 'delete', keys: dels });
					const results = del ? keys : keys.map((k, i) => (failures[i] ? undefined : k));
					return { numFailures: Object.keys(failures).length, failures, results, lastResult: results[results.length - 1] };
				}

				/** A method: the store as it is in the upgrade transaction, the pages otherwise. (Queries are
				 * on the primary key: the data tables have no other index since version 2.) The operations
				 * of one transaction run one after the other, in the order they were asked for, as
				 * IndexedDB runs requests (a delete asked after an add sees the row). */
				const method =
					<Q extends { trans: DBCoreTransaction }, R>(raw: (req: Q) => Promise<R>, run: (req: Q) => Promise<R>) =>
					(req: Q) => {
						if (isUpgrade(req.trans)) return raw(req);
						const before = queues.get(req.trans) ?? Promise.resolve();
						const done = before.then(() => run(req));
						queues.set(req.trans, done.catch(() => undefined));
						return inZone(() => done);
					};
				return {
					...table,
					mutate: method(table.mutate, mutate),
					get: method(table.get, async (req) => (await load(req.trans, [pageOf(req.key)])).pages.get(pageOf(req.key))!.get(req.key)),
					getMany: method(table.getMany, async (req) => {
						const ps = req.keys.map(pageOf);
						const { pages } = await load(req.trans, ps);
						return req.keys.map((k, i) => pages.get(ps[i])!.get(k));
					}),
					query: method(table.query, async (req) => {
						const rows = await select(req.trans, req.query.range, req.direction?.startsWith('prev') ? -1 : 1);
						if (req.limit !== undefined && req.limit < rows.length) rows.length = req.limit;
						return { result: req.values ? rows : rows.map(keyOf) };
					}),
					openCursor: method(table.openCursor, async (req) => {
						const sign = req.reverse ? -1 : 1;
						const rows = await select(req.trans, req.query.range, sign);
						return rows.length ? arrayCursor(req.trans, rows, rows.map(keyOf), sign, req.values !== false) : null;
					}),
					count: method(table.count, async (req) => {
						if (req.query.range.type === 3) return countOf(req.trans);
						return (await select(req.trans, req.query.range)).length;
					})
				};
			}

			const wrapped = new Map<string, DBCoreTable>();
			return {
				...down,
				transaction(stores, mode, options) {
					const scope = stores.some((s) => paged.has(s)) && !stores.includes(PAGES_STORE) ? [...stores, PAGES_STORE] : stores;
					return down.transaction(scope, mode, options);
				},
				table(name) {
					if (!paged.has(name)) return down.table(name);
					let table = wrapped.get(name);
					if (!table) wrapped.set(name, (table = wrap(down.table(name))));
					return table;
				}
			};
		}
	};
}
