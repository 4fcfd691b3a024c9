// Paged storage (database version 4): the records of every data table are stored in pages of the
// one `pages` store, not one IndexedDB record per row. Chromium spends about 35-70 µs per stored
// record whatever the API, so 64,000 rows cost seconds as records and about 0.1 s as 128 pages.
// The app reads whole tables and filters in memory (version 2 dropped the indexes), so nothing
// needs a record per row.
//
// The layout (a stored format: changing it needs a database version with an upgrade step):
//   pages store, key [t, p]:  { t: table name, p: 0..PAGE_COUNT-1, rows: [record, …] }
//                 key [t, -1]: { t, p: -1, counts: [rows in page 0, …] } (the table's head)
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
export const PAGES_SCHEMA = '[t+p]';
/** Pages per table: 64,000 rows make pages of about 500 (a one-cell edit rewrites one of them). */
export const PAGE_COUNT = 128;
const HEAD = -1;

type Rec = Record<string, unknown>;
export interface StoredPage {
	t: string;
	p: number;
	rows: Rec[];
}
export interface StoredHead {
	t: string;
	p: typeof HEAD;
	counts: number[];
}

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

/** The pages (and head) holding `rows` of `table`: what version 4's upgrade step writes. */
export function pagesOf(table: string, rows: Rec[], keyOf: (r: Rec) => unknown = (r) => r.id): (StoredPage | StoredHead)[] {
	const pages: Rec[][] = Array.from({ length: PAGE_COUNT }, () => []);
	for (const r of rows) pages[pageOf(keyOf(r))].push(r);
	const out: (StoredPage | StoredHead)[] = [];
	pages.forEach((list, p) => list.length && out.push({ t: table, p, rows: list }));
	if (rows.length) out.push({ t: table, p: HEAD, counts: pages.map((l) => l.length) });
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

/** What one transaction has read of the pages (see the note at the top). */
interface TxPages {
	/** `table` -> page -> (key -> record). */
	pages: Map<string, Map<number, Map<unknown, Rec>>>;
	/** `table` -> rows per page (from the head, or counted). */
	heads: Map<string, number[]>;
}

const states = new WeakMap<DBCoreTransaction, TxPages>();
function stateOf(trans: DBCoreTransaction): TxPages {
	let s = states.get(trans);
	if (!s) states.set(trans, (s = { pages: new Map(), heads: new Map() }));
	return s;
}

/**
 * Settle in the caller's Dexie zone (PSD). Dexie's own IndexedDB layer resolves its promises inside
 * the zone of the call (its `wrap`); a middleware above this one (Dexie's hooks) reads the
 * transaction from that zone after awaiting this one, so an async result must do the same.
 */
const DexieZones = Dexie.Promise as unknown as { PSD: unknown; usePSD: (psd: unknown, fn: () => void) => void };
function inZone<T>(run: () => Promise<T>): Promise<T> {
	const psd = DexieZones.PSD;
	return new Promise<T>((resolve, reject) => {
		run().then(
			(v) => DexieZones.usePSD(psd, () => resolve(v)),
			(e) => DexieZones.usePSD(psd, () => reject(e))
		);
	});
}

const isUpgrade = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

function constraintError(): Error {
	return typeof DOMException === 'function'
		? new DOMException('Key already exists in the object store.', 'ConstraintError')
		: Object.assign(new Error('Key already exists in the object store.'), { name: 'ConstraintError' });
}

/** Rows in key order, from the first `from` (inclusive). A cursor of IndexedDB, over an array. */
function arrayCursor(trans: DBCoreTransaction, rows: { key: unknown; value: Rec }[], reverse: boolean, values: boolean): DBCoreCursor {
	let pos = 0;
	let running = false;
	let stepping = false;
	let callback: () => void = () => {};
	let resolveIt: (v?: unknown) => void = () => {};
	let rejectIt: (e: unknown) => void = () => {};
	const beyond = (key: unknown) => (reverse ? compareKeys(rows[pos].key, key) > 0 : compareKeys(rows[pos].key, key) < 0);
	const cursor = {
		trans,
		done: false,
		get key() {
			return rows[pos]?.key;
		},
		get primaryKey() {
			return rows[pos]?.key;
		},
		get value() {
			return values ? rows[pos]?.value : undefined;
		},
		continue(key?: unknown) {
			pos++;
			if (key !== undefined) while (pos < rows.length && beyond(key)) pos++;
			step();
		},
		continuePrimaryKey(key: unknown) {
			cursor.continue(key);
		},
		advance(n: number) {
			pos += n;
			step();
		},
		start(onNext: () => void) {
			callback = onNext;
			return new Promise((resolve, reject) => {
				resolveIt = resolve;
				rejectIt = reject;
				running = true;
				step();
			});
		},
		stop(value?: unknown) {
			running = false;
			resolveIt(value);
		},
		fail(e: Error) {
			running = false;
			rejectIt(e);
		},
		next() {
			let first = true;
			return cursor.start(() => (first ? ((first = false), cursor.continue()) : cursor.stop())).then(() => cursor as DBCoreCursor);
		}
	};
	// The consumer calls continue() from inside its callback: loop instead of recursing.
	let pending = false;
	function step() {
		if (!running) return;
		if (stepping) {
			pending = true;
			return;
		}
		stepping = true;
		try {
			do {
				pending = false;
				if (pos >= rows.length) {
					cursor.done = true;
					cursor.stop();
					return;
				}
				try {
					callback();
				} catch (e) {
					cursor.fail(e as Error);
					return;
				}
			} while (pending && running);
		} finally {
			stepping = false;
		}
	}
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
			const pagesTable = down.table(PAGES_STORE);
			const pageRange = (t: string, from = HEAD, to = PAGE_COUNT - 1): DBCoreKeyRange => ({ type: 2, lower: [t, from], upper: [t, to], lowerOpen: false, upperOpen: false });

			function wrap(table: DBCoreTable): DBCoreTable {
				const t = table.name;
				const extractKey = table.schema.primaryKey.extractKey ?? ((r: Rec) => r.id);
				const keyOf = (r: Rec) => extractKey(r);

				/** The pages `ps` of this table, read once per transaction. */
				async function load(trans: DBCoreTransaction, ps: Iterable<number>): Promise<Map<number, Map<unknown, Rec>>> {
					const s = stateOf(trans);
					let mine = s.pages.get(t);
					if (!mine) s.pages.set(t, (mine = new Map()));
					const missing = [...new Set(ps)].filter((p) => !mine!.has(p));
					if (missing.length) {
						const got = (await pagesTable.getMany({ trans, keys: missing.map((p) => [t, p]) })) as (StoredPage | undefined)[];
						missing.forEach((p, i) => mine!.set(p, new Map((got[i]?.rows ?? []).map((r) => [keyOf(r), r]))));
					}
					return mine;
				}

				async function loadAll(trans: DBCoreTransaction) {
					const all = Array.from({ length: PAGE_COUNT }, (_, p) => p);
					const s = stateOf(trans);
					const mine = s.pages.get(t);
					if (mine && mine.size === PAGE_COUNT) return mine;
					// One request for the whole table (its pages are one key range).
					const got = (await pagesTable.query({ trans, values: true, query: { index: pagesTable.schema.primaryKey, range: pageRange(t, 0) } })).result as StoredPage[];
					const map = mine ?? new Map<number, Map<unknown, Rec>>();
					const byPage = new Map(got.map((pg) => [pg.p, pg]));
					for (const p of all) if (!map.has(p)) map.set(p, new Map((byPage.get(p)?.rows ?? []).map((r) => [keyOf(r), r])));
					s.pages.set(t, map);
					return map;
				}

				async function head(trans: DBCoreTransaction): Promise<number[]> {
					const s = stateOf(trans);
					let counts = s.heads.get(t);
					if (counts) return counts;
					const h = (await pagesTable.get({ trans, key: [t, HEAD] })) as StoredHead | undefined;
					if (h && Array.isArray(h.counts) && h.counts.length === PAGE_COUNT) counts = h.counts.slice();
					else counts = [...(await loadAll(trans)).values()].map((m) => m.size); // no head: count the pages
					s.heads.set(t, counts);
					return counts;
				}

				/** Write the pages changed (an empty page is deleted) and, if the counts moved, the head. */
				async function save(trans: DBCoreTransaction, mine: Map<number, Map<unknown, Rec>>, touched: Set<number>, countsMoved: boolean) {
					const puts: (StoredPage | StoredHead)[] = [];
					const dels: unknown[] = [];
					for (const p of touched) {
						const m = mine.get(p)!;
						if (m.size) puts.push({ t, p, rows: [...m.values()] });
						else dels.push([t, p]);
					}
					if (countsMoved) {
						const counts = stateOf(trans).heads.get(t)!;
						if (counts.some((n) => n > 0)) puts.push({ t, p: HEAD, counts: counts.slice() });
						else dels.push([t, HEAD]);
					}
					if (puts.length) await pagesTable.mutate({ trans, type: 'put', values: puts });
					if (dels.length) await pagesTable.mutate({ trans, type: 'delete', keys: dels });
				}

				/** Every record in the range, in key order (reverse: descending). */
				async function select(trans: DBCoreTransaction, range: DBCoreKeyRange, reverse = false): Promise<{ key: unknown; value: Rec }[]> {
					if (range.type === 4) return [];
					let pages: Iterable<Map<unknown, Rec>>;
					if (range.type === 1) pages = [(await load(trans, [pageOf(range.lower)])).get(pageOf(range.lower))!];
					else if (stateOf(trans).pages.get(t)?.size === PAGE_COUNT || (trans as unknown as IDBTransaction).mode === 'readwrite') pages = (await loadAll(trans)).values();
					else {
						// A read-only transaction reading a whole table (a view's first load): flatten the pages
						// as they come, without keeping them.
						const got = (await pagesTable.query({ trans, values: true, query: { index: pagesTable.schema.primaryKey, range: pageRange(t, 0) } })).result as StoredPage[];
						const out: { key: unknown; value: Rec }[] = [];
						for (const pg of got) for (const r of pg.rows) out.push({ key: keyOf(r), value: r });
						return sortRows(out.filter((x) => range.type === 3 || inRange(x.key, range)), reverse);
					}
					const out: { key: unknown; value: Rec }[] = [];
					for (const m of pages) for (const [key, value] of m) if (range.type === 3 || inRange(key, range)) out.push({ key, value });
					return sortRows(out, reverse);
				}

				function sortRows(rows: { key: unknown; value: Rec }[], reverse: boolean) {
					rows.sort(reverse ? (a, b) => compareKeys(b.key, a.key) : (a, b) => compareKeys(a.key, b.key));
					return rows;
				}

				function primaryOnly(index: { isPrimaryKey?: boolean; name: string | null }) {
					if (!index.isPrimaryKey && index.name !== null) throw new Error(`Paged table ${t} has no index ${index.name}`);
				}

				async function mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
					const { trans } = req;
					const failures: Record<number, Error> = {};
					let numFailures = 0;
					if (req.type === 'deleteRange') {
						if (req.range.type === 3) {
							// clear(): the table's pages and head go in one request.
							await pagesTable.mutate({ trans, type: 'deleteRange', range: pageRange(t) });
							const s = stateOf(trans);
							s.pages.set(t, new Map(Array.from({ length: PAGE_COUNT }, (_, p) => [p, new Map()])));
							s.heads.set(t, new Array(PAGE_COUNT).fill(0));
							return { numFailures, failures, results: [], lastResult: undefined };
						}
						const keys = (await select(trans, req.range)).map((x) => x.key);
						return mutate({ trans, type: 'delete', keys });
					}
					const keys: unknown[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => keyOf(v as Rec)));
					if (keys.length === 0) return { numFailures, failures, results: [], lastResult: undefined };
					const ps = keys.map(pageOf);
					const mine = await load(trans, ps);
					const touched = new Set<number>();
					let counts: number[] | null = null;
					const countsOf = async () => (counts ??= await head(trans));
					// The counts are needed only when a row appears or goes: known after the pages are read.
					const grows = keys.some((k, i) => (req.type === 'delete' ? mine.get(ps[i])!.has(k) : !mine.get(ps[i])!.has(k)));
					if (grows) await countsOf();
					let countsMoved = false;
					keys.forEach((key, i) => {
						const page = mine.get(ps[i])!;
						const had = page.has(key);
						if (req.type === 'delete') {
							if (!had) return;
							page.delete(key);
							counts![ps[i]]--;
						} else {
							if (req.type === 'add' && had) {
								failures[i] = constraintError();
								numFailures++;
								return;
							}
							page.set(key, { ...(req.values[i] as Rec) });
							if (!had) counts![ps[i]]++;
							else {
								touched.add(ps[i]);
								return;
							}
						}
						countsMoved = true;
						touched.add(ps[i]);
					});
					await save(trans, mine, touched, countsMoved);
					const results = req.type === 'delete' ? keys : keys.map((k, i) => (failures[i] ? undefined : k));
					return { numFailures, failures, results, lastResult: results[results.length - 1] };
				}

				return {
					...table,
					mutate: (req) => (isUpgrade(req.trans) ? table.mutate(req) : inZone(() => mutate(req))),
					get: (req) =>
						isUpgrade(req.trans)
							? table.get(req)
							: inZone(async () => {
									const p = pageOf(req.key);
									return (await load(req.trans, [p])).get(p)!.get(req.key);
								}),
					getMany: (req) =>
						isUpgrade(req.trans)
							? table.getMany(req)
							: inZone(async () => {
									const ps = req.keys.map(pageOf);
									const mine = await load(req.trans, ps);
									return req.keys.map((k, i) => mine.get(ps[i])!.get(k));
								}),
					query: (req) =>
						isUpgrade(req.trans)
							? table.query(req)
							: inZone(async () => {
									primaryOnly(req.query.index);
									let rows = await select(req.trans, req.query.range, req.direction === 'prev' || req.direction === 'prevunique');
									if (req.limit !== undefined && req.limit < rows.length) rows = rows.slice(0, req.limit);
									return { result: req.values ? rows.map((x) => x.value) : rows.map((x) => x.key) };
								}),
					openCursor: (req) =>
						isUpgrade(req.trans)
							? table.openCursor(req)
							: inZone(async () => {
									primaryOnly(req.query.index);
									const rows = await select(req.trans, req.query.range, !!req.reverse);
									return rows.length ? arrayCursor(req.trans, rows, !!req.reverse, req.values !== false) : null;
								}),
					count: (req) =>
						isUpgrade(req.trans)
							? table.count(req)
							: inZone(async () => {
									primaryOnly(req.query.index);
									if (req.query.range.type === 3) return (await head(req.trans)).reduce((a, b) => a + b, 0);
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
