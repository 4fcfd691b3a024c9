// The one write path. Every change to the data (an edit, a paste, an added or deleted row, an
// import, an undo) goes through applyChanges or toggle, in one transaction: all or nothing.
// The history is kept in the database, so undo and redo survive reloads, sorting and filtering.
import { Lookup } from '$lib/domain/lookup';
import {
	checkRecord,
	checkChoices,
	normaliseRow,
	rowLabelOf,
	schemas,
	touchesKey,
	UniqueKeys,
	type TableName,
	type TableRecords
} from '$lib/schema';
import { tvi, type DictKey } from '$lib/i18n/translate';
import type { NtmDatabase, HistoryEntry as StoredEntry, HistoryItem as StoredItem, HistorySource } from './database';

import { AppError, toAppError } from './errors';
import { publishChanges, type ChangeNotice } from './changes';
import { ownedBy, writerTab } from './history-counts';

// The tab and the undo counts live in history-counts.ts (on the first page); this module loads with
// the first change (app-state.svelte.ts).
export { setWriterTab, historyCounts } from './history-counts';

export type Change =
	| { op: 'patch'; table: TableName; id: string; patch: Record<string, unknown>; expectedVersion?: number }
	| { op: 'insert'; table: TableName; record: Record<string, unknown> & { id: string } }
	| { op: 'put'; table: TableName; record: Record<string, unknown> & { id: string }; expectedVersion?: number }
	| { op: 'delete'; table: TableName; id: string; expectedVersion?: number };

/**
 * One record of an undo step. `after`: the record's version right after the step (null: it did not
 * exist then); undo and redo are refused when the record has moved on since (another tab changed
 * it). Entries of releases before 0.3.0 have no `after` and are undone without that check.
 */
export interface TabHistoryItem extends StoredItem {
	after?: number | null;
}

/**
 * One undo step. `tab`: the browser tab that made it (a random id kept in sessionStorage, see
 * setWriterTab); each tab undoes its own steps. Entries of releases before 0.3.0 have no tab and any
 * tab may undo them. Neither field is indexed, so they needed no new database version.
 */
export interface TabHistoryEntry extends StoredEntry {
	items: TabHistoryItem[];
	tab?: string;
	packed?: StoredEntry['packed'] & { afters?: (number | null)[] };
}


export interface ApplyOptions {
	/** The tab making the change (default: the one set by setWriterTab). */
	tab?: string;
	label: string;
	source: HistorySource;
	/** Names of communes and districts, for derived fields, checks and messages. */
	lookup: Lookup;
	/** Skip the per-record checks (only for data already checked, e.g. a previewed import). */
	trusted?: boolean;
}

/** Records read, checked and written per step of a transaction (keeps each main-thread task short). */
const WRITE_SLICE = 2000;

const idOf = (c: Change) => ('id' in c ? c.id : c.record.id);

/** Keep at most this many entries of undo history. */
export const HISTORY_LIMIT = 500;

const META_FIELDS = new Set(['id', 'version', 'updatedAt']);

/** For the row named in a refused undo when no names were given. */
const EMPTY_LOOKUP = /* @__PURE__ */ new Lookup([], []);

function sameValue(a: unknown, b: unknown): boolean {
	return a === b || (a == null && b == null);
}

function rowLabel(table: TableName, record: Record<string, unknown> | null | undefined, lookup: Lookup, id: string) {
	return rowLabelOf(table, record, lookup, id);
}

function allTables(db: NtmDatabase) {
	return [...db.dataTables(), db.history];
}

/**
 * The unique keys of a table, read only when a change could take one (a new row, or a change to
 * a field of the key): an ordinary edit of a status reads nothing more.
 */
async function uniqueKeysFor(db: NtmDatabase, table: TableName, list: Change[]): Promise<UniqueKeys | null> {
	if (!UniqueKeys.applies(table)) return null;
	const keyFields = new Set(schemas[table].naturalKey as string[]);
	const needed = list.some((c) => c.op === 'insert' || c.op === 'put' || (c.op === 'patch' && Object.keys(c.patch).some((k) => keyFields.has(k))));
	if (!needed) return null;
	const rows = await db.table(table).toArray();
	return new UniqueKeys(table, rows.map((r) => normaliseRow(table, r)).filter((r): r is Record<string, unknown> => !!r));
}

/**
 * Apply changes in one transaction and record them as one undo step.
 * Returns the history entry, or null when nothing actually changed.
 * Throws AppError (nothing written) on a refused value, a version conflict or a storage failure.
 */
export async function applyChanges(db: NtmDatabase, changes: Change[], opts: ApplyOptions): Promise<TabHistoryEntry | null> {
	if (changes.length === 0) return null;
	const now = new Date().toISOString();
	let idbTx: IDBTransaction | undefined;
	let lastSeq: number | undefined;
	try {
		// A large write (an import) is refused before it starts when it will not fit (storage.ts).
		// (storage-failure.ts is loaded only then, and when a write fails: not on the first page.)
		if (changes.length >= ROOM_CHECK_OVER) await (await import('./storage-failure')).ensureRoomFor(changes);
		lastSeq = (await db.history.orderBy('seq').lastKey()) as number | undefined;
		const entry = await db.transaction('rw', allTables(db), async (tx) => {
			idbTx = (tx as unknown as { idbtrans?: IDBTransaction }).idbtrans;
			// Group per table so each table is read and written in bulk.
			const byTable = new Map<TableName, Change[]>();
			for (const c of changes) {
				const list = byTable.get(c.table);
				if (list) list.push(c);
				else byTable.set(c.table, [c]);
			}
			const items: TabHistoryItem[] = [];
			for (const [table, list] of byTable) {
				const store = db.table_(table);
				const schema = schemas[table] as unknown as {
					derive?: (r: unknown, l: Lookup) => Record<string, unknown>;
				};
				// Rules that hold for every way in: a unique key is not taken twice (always checked,
				// also for a previewed import), a reference points at a row that may be chosen.
				const unique = await uniqueKeysFor(db, table, list);
				// Work in slices, awaiting IndexedDB between them: each slice is a short main-thread task
				// (a 64,000-row import never freezes the page), and the transaction stays open because a
				// request is always pending. New records (insert) are not read first: bulkAdd refuses an
				// id that exists, which aborts the whole transaction.
				const current = new Map<string, Record<string, unknown> | null>();
				const original = new Map<string, Record<string, unknown> | null>();
				const inserted = new Set<string>();
				const stored = new Set<string>();
				for (let start = 0; start < list.length; start += WRITE_SLICE) {
					const slice = list.slice(start, start + WRITE_SLICE);
					const toRead = [
						...new Set(slice.filter((c) => c.op !== 'insert').map(idOf).filter((id) => !current.has(id)))
					];
					if (toRead.length) {
						const got = (await store.bulkGet(toRead)) as (Record<string, unknown> | undefined)[];
						toRead.forEach((id, i) => {
							const row = got[i] ? normaliseRow(table, got[i]) : null;
							current.set(id, row);
							original.set(id, row);
						});
					}
					const dirty = new Set<string>();
					for (const c of slice) {
						const id = idOf(c);
						const cur = current.get(id) ?? null;
						const expected = 'expectedVersion' in c ? c.expectedVersion : undefined;
						if (expected !== undefined && cur && cur.version !== expected) {
							throw new AppError('err.conflict', { row: rowLabel(table, cur, opts.lookup, id) });
						}
						let next: Record<string, unknown> | null;
						if (c.op === 'delete') {
							if (!cur) continue;
							next = null;
							unique?.remove(id);
						} else if (c.op === 'patch') {
							if (!cur) throw new AppError('err.missingRecord', { row: id });
							const patch: Record<string, unknown> = {};
							for (const [k, v] of Object.entries(c.patch)) if (!META_FIELDS.has(k) && !sameValue(cur[k], v)) patch[k] = v;
							if (Object.keys(patch).length === 0) continue;
							next = { ...cur, ...patch };
						} else {
							if (c.op === 'insert') {
								if (cur || inserted.has(id)) throw new AppError('err.unexpected', { detail: `id ${id}` });
								if (!current.has(id)) {
									inserted.add(id);
									original.set(id, null);
								}
							}
							next = { ...c.record };
							if (cur && Object.keys(next).every((k) => META_FIELDS.has(k) || sameValue(cur[k], next![k]))) continue;
						}
						if (next) {
							if (schema.derive) Object.assign(next, schema.derive(next, opts.lookup));
							if (!opts.trusted) {
								const problem = checkRecord(table, next as never, opts.lookup) ?? checkChoices(table, next, cur, opts.lookup);
								if (problem) {
									throw new AppError('err.write', {
										detail: `${rowLabel(table, next, opts.lookup, id)}: ${describe(problem.error.key, problem.error.params)}`
									});
								}
							}
							if (unique && touchesKey(table, cur, next)) {
								const taken = unique.claim(next, opts.lookup);
								if (taken) {
									throw new AppError('err.write', {
										detail: `${rowLabel(table, next, opts.lookup, id)}: ${describe(taken.key, taken.params)}`
									});
								}
							}
							next.version = ((cur?.version as number | undefined) ?? 0) + 1;
							next.updatedAt = now;
						}
						current.set(id, next);
						dirty.add(id);
					}
					const puts: Record<string, unknown>[] = [];
					const adds: Record<string, unknown>[] = [];
					const dels: string[] = [];
					for (const id of dirty) {
						const next = current.get(id) ?? null;
						if (!next) dels.push(id);
						else if (inserted.has(id) && !stored.has(id)) adds.push(next);
						else puts.push(next);
						stored.add(id);
					}
					if (adds.length) await store.bulkAdd(adds as never[]);
					if (puts.length) await store.bulkPut(puts as never[]);
					if (dels.length) await store.bulkDelete(dels);
				}
				for (const [id, before] of original) {
					const now = current.get(id) ?? null;
					if (now !== before) items.push({ table, id, state: before, after: now ? Number(now.version) : null });
				}
			}
			if (items.length === 0) return null;
			// A new change discards this tab's redo side, then the entry is recorded and old history trimmed.
			const tab = opts.tab ?? writerTab;
			await db.history.where('undone').equals(1).filter(ownedBy(tab)).delete();
			const entry: TabHistoryEntry = { label: opts.label, source: opts.source, at: now, items, undone: 0 };
			if (tab !== undefined) entry.tab = tab;
			entry.seq = await db.history.add(packEntry(entry));
			await trimHistory(db);
			return entry;
		});
		if (entry) publishChanges(noticeOf(entry));
		return entry;
	} catch (e) {
		if (e instanceof AppError) throw e;
		let txError: unknown;
		try {
			txError = idbTx?.error ?? undefined;
		} catch {
			/* the transaction is gone */
		}
		const failure = await import('./storage-failure').catch(() => null);
		throw failure ? await failure.failure(db, changes, e, txError, lastSeq) : toAppError(e, txError);
	}
}

/** Writes of at least this many changes are checked against the free space first. */
export const ROOM_CHECK_OVER = 500;
function noticeOf(entry: TabHistoryEntry): ChangeNotice {
	const notice: ChangeNotice = {};
	for (const item of entry.items) ((notice[item.table] as string[] | undefined) ??= []).push(item.id);
	return notice;
}

async function trimHistory(db: NtmDatabase) {
	const count = await db.history.count();
	if (count > HISTORY_LIMIT) {
		const old = await db.history.orderBy('seq').limit(count - HISTORY_LIMIT).primaryKeys();
		await db.history.bulkDelete(old);
	}
}

/** Entries with more items than this are stored packed (column by column). */
const PACK_OVER = 1000;

function packEntry(entry: TabHistoryEntry): TabHistoryEntry {
	if (entry.items.length <= PACK_OVER) return entry;
	const { items, ...rest } = entry;
	const packed: NonNullable<TabHistoryEntry['packed']> = { tables: items.map((i) => i.table), ids: items.map((i) => i.id), states: items.map((i) => i.state) };
	if (items.some((i) => i.after !== undefined)) packed.afters = items.map((i) => i.after ?? null);
	return { ...rest, items: [], packed };
}

function unpackEntry(entry: TabHistoryEntry | undefined): TabHistoryEntry | undefined {
	if (!entry?.packed) return entry;
	const { tables, ids, states, afters } = entry.packed;
	const { packed: _, ...rest } = entry;
	return { ...rest, items: ids.map((id, i) => (afters ? { table: tables[i], id, state: states[i], after: afters[i] } : { table: tables[i], id, state: states[i] })) };
}

/**
 * Restore each item's saved state, saving the current state in its place (so it can be toggled
 * back). An entry holds each record once, so the records are read and written in slices.
 */
async function toggle(db: NtmDatabase, entry: TabHistoryEntry, undone: 0 | 1, lookup?: Lookup) {
	const now = new Date().toISOString();
	const byTable = new Map<TableName, TabHistoryItem[]>();
	for (const item of entry.items) {
		const list = byTable.get(item.table);
		if (list) list.push(item);
		else byTable.set(item.table, [item]);
	}
	const swapped = new Map<TabHistoryItem, Record<string, unknown> | null>();
	const written = new Map<TabHistoryItem, number | null>();
	/** `table id` -> (version of the state put back -> the version it was written as). */
	const restored = new Map<string, Map<number, number>>();
	for (const [table, list] of byTable) {
		const store = db.table_(table);
		for (let start = 0; start < list.length; start += WRITE_SLICE) {
			const slice = list.slice(start, start + WRITE_SLICE);
			const curs = (await store.bulkGet(slice.map((i) => i.id))) as (Record<string, unknown> | undefined)[];
			const puts: Record<string, unknown>[] = [];
			const dels: string[] = [];
			slice.forEach((item, i) => {
				const cur = curs[i] ?? null;
				// Changed since this step (another tab, or a step of an older release in between): refuse,
				// rather than overwrite that change. Throwing aborts the transaction: nothing is written.
				if (item.after !== undefined && (cur ? Number(cur.version) : null) !== item.after) {
					const row = rowLabelOf(table, cur ?? item.state, lookup ?? EMPTY_LOOKUP, item.id);
					throw new AppError(undone ? 'tabs.undoChanged' : 'tabs.redoChanged', { label: entry.label, row });
				}
				if (item.state) {
					const version = Math.max(Number(cur?.version ?? 0), Number(item.state.version ?? 0)) + 1;
					puts.push({ ...item.state, version, updatedAt: now });
					written.set(item, version);
					if (typeof item.state.version === 'number') {
						const k = `${table}\u0001${item.id}`;
						(restored.get(k) ?? restored.set(k, new Map()).get(k)!).set(item.state.version, version);
					}
				} else {
					if (cur) dels.push(item.id);
					written.set(item, null);
				}
				swapped.set(item, cur);
			});
			if (puts.length) await store.bulkPut(puts as never[]);
			if (dels.length) await store.bulkDelete(dels);
		}
	}
	entry.items = entry.items.map((item) => ({ table: item.table, id: item.id, state: swapped.get(item) ?? null, after: written.get(item) ?? null }));
	entry.undone = undone;
	await db.history.put(packEntry(entry));
	await followRestored(db, entry.seq, restored);
}

/**
 * A record put back to an earlier state holds what that state's version held, under a new version
 * number (versions only grow). Steps that left the record at that earlier version now expect the
 * new number, so the tab's next undo (an earlier step of its own) is not taken for a change by
 * another tab. Reads the history once; writes only the entries that change.
 */
async function followRestored(db: NtmDatabase, seq: number | undefined, restored: Map<string, Map<number, number>>) {
	if (!restored.size) return;
	const changed: TabHistoryEntry[] = [];
	for (const e of (await db.history.toArray()) as TabHistoryEntry[]) {
		if (e.seq === seq) continue;
		let touched = false;
		const next = (table: TableName, id: string, after: number | null | undefined) => {
			if (typeof after !== 'number') return after;
			const to = restored.get(`${table}\u0001${id}`)?.get(after);
			if (to === undefined) return after;
			touched = true;
			return to;
		};
		if (e.packed?.afters) {
			const { tables, ids, afters } = e.packed;
			e.packed.afters = afters.map((a, i) => next(tables[i], ids[i], a) ?? null);
		} else {
			for (const item of e.items) if (item.after !== undefined) item.after = next(item.table, item.id, item.after);
		}
		if (touched) changed.push(e);
	}
	if (changed.length) await db.history.bulkPut(changed);
}

export interface UndoOptions {
	/** The tab asking (default: the one set by setWriterTab): its own newest step is undone. */
	tab?: string;
	/** Names of communes and districts, for the row named in a refusal. */
	lookup?: Lookup;
}

/**
 * Undo this tab's newest change (or, without a tab, the newest change). Returns its entry, or null
 * when there is nothing to undo. Throws AppError 'tabs.undoChanged' (nothing written) when a record
 * of the step was changed since, by another tab.
 */
export async function undo(db: NtmDatabase, opts: UndoOptions = {}): Promise<TabHistoryEntry | null> {
	const tab = opts.tab ?? writerTab;
	try {
		const done = await db.transaction('rw', allTables(db), async () => {
			const entry = unpackEntry(await db.history.where('undone').equals(0).reverse().filter(ownedBy(tab)).first());
			if (!entry) return null;
			await toggle(db, entry, 1, opts.lookup);
			return entry;
		});
		if (done) publishChanges(noticeOf(done));
		return done;
	} catch (e) {
		throw toAppError(e);
	}
}

/** Redo the change this tab undid last (refused like undo when a record was changed since). */
export async function redo(db: NtmDatabase, opts: UndoOptions = {}): Promise<TabHistoryEntry | null> {
	const tab = opts.tab ?? writerTab;
	try {
		const done = await db.transaction('rw', allTables(db), async () => {
			const entry = unpackEntry(await db.history.where('undone').equals(1).filter(ownedBy(tab)).first());
			if (!entry) return null;
			await toggle(db, entry, 0, opts.lookup);
			return entry;
		});
		if (done) publishChanges(noticeOf(done));
		return done;
	} catch (e) {
		throw toAppError(e);
	}
}

function describe(key: DictKey, params: Record<string, string | number>): string {
	return tvi(key, params);
}

export type { TableRecords };
