// The write path's code (write.ts declares it and loads this on demand): apply a list of changes in
// one transaction, with the checks, versions, conflicts and the undo step. See write.ts.
import type { Lookup } from '$lib/domain/lookup';
import {
	checkRecord,
	checkChoices,
	normaliseRow,
	rowLabelOf,
	schemas,
	touchesKey,
	UniqueKeys,
	type TableName
} from '$lib/schema';
import { tvi, type DictKey } from '$lib/i18n/translate';
import type { NtmDatabase } from './database';
import { AppError, toAppError } from './errors';
import { publishChanges, type ChangeNotice } from './changes';
import { PAGE_COUNT, pageOf } from './pages';
import {
	HISTORY_LIMIT,
	ROOM_CHECK_OVER,
	WRITE_SLICE,
	allTables,
	currentWriterTab,
	ownedBy,
	type ApplyOptions,
	type Change,
	type TabHistoryEntry,
	type TabHistoryItem
} from './write';

const idOf = (c: Change) => (c.op === 'insert' || c.op === 'put' ? c.record.id : c.id);

/**
 * A list longer than one slice, in the order of the pages its records are stored in (pages.ts),
 * stable (a record's changes keep their order): each slice then reads and writes a few pages
 * instead of all of them, and a 64,000-row import writes each page about once.
 */
export function byPage<T>(list: T[], id: (x: T) => string): T[] {
	if (list.length <= WRITE_SLICE) return list;
	// A counting sort by page number (0..PAGE_COUNT-1): linear, and stable by construction.
	const pages = new Uint16Array(list.length);
	const starts = new Uint32Array(PAGE_COUNT + 1);
	for (let i = 0; i < list.length; i++) starts[(pages[i] = pageOf(id(list[i]))) + 1]++;
	for (let p = 0; p < PAGE_COUNT; p++) starts[p + 1] += starts[p];
	const out = new Array<T>(list.length);
	for (let i = 0; i < list.length; i++) out[starts[pages[i]]++] = list[i];
	return out;
}

const META_FIELDS = new Set(['id', 'version', 'updatedAt']);

/** For the row named in a refused undo when no names were given. */

function sameValue(a: unknown, b: unknown): boolean {
	return a === b || (a == null && b == null);
}

function rowLabel(table: TableName, record: Record<string, unknown> | null | undefined, lookup: Lookup, id: string) {
	return rowLabelOf(table, record, lookup, id);
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
			for (const [table, unsorted] of byTable) {
				const list = byPage(unsorted, idOf);
				const store = db.table_(table);
				const schema = schemas[table] as unknown as {
					derive?: (r: unknown, l: Lookup) => Record<string, unknown>;
				};
				// Rules that hold for every way in: a unique key is not taken twice (always checked,
				// also for a previewed import), a reference points at a row that may be chosen.
				let unique = await uniqueKeysFor(db, table, list);
				const previewed = opts.previewed === true && opts.trusted === true;
				// Work in slices, awaiting IndexedDB between them: each slice is a short main-thread task
				// (a 64,000-row import never freezes the page), and the transaction stays open because a
				// request is always pending. New records (insert) are not read first: bulkAdd refuses an
				// id that exists, which aborts the whole transaction.
				/** A record about to be stored: derived fields, the rules, its key claimed, its version. */
				const complete = (id: string, next: Record<string, unknown>, cur: Record<string, unknown> | null, onlyCheck = false) => {
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
						const taken = onlyCheck ? unique.check(next, opts.lookup) : unique.claim(next, opts.lookup);
						if (taken) {
							throw new AppError('err.write', {
								detail: `${rowLabel(table, next, opts.lookup, id)}: ${describe(taken.key, taken.params)}`
							});
						}
					}
					next.version = ((cur?.version as number | undefined) ?? 0) + 1;
					next.updatedAt = now;
				};
				// New rows only, each id once (an import's usual list): nothing to read or keep track of.
				if (list.every((c) => c.op === 'insert') && new Set(list.map(idOf)).size === list.length) {
					// A preview's new rows hold distinct keys: each is only checked against the rows stored.
					if (previewed && unique?.size === 0) unique = null;
					// Twice the usual slice: no reads here, so a slice is still a short task.
					for (let start = 0; start < list.length; start += 2 * WRITE_SLICE) {
						const adds: Record<string, unknown>[] = [];
						for (const c of list.slice(start, start + 2 * WRITE_SLICE) as Extract<Change, { op: 'insert' }>[]) {
							const next: Record<string, unknown> = previewed ? c.record : { ...c.record };
							complete(c.record.id, next, null, previewed);
							adds.push(next);
							items.push({ table, id: c.record.id, state: null, after: 1 });
						}
						await store.bulkAdd(adds as never[]);
					}
					continue;
				}
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
						if (next) complete(id, next, cur);
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
			const tab = opts.tab ?? currentWriterTab();
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

export function noticeOf(entry: TabHistoryEntry): ChangeNotice {
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

export function packEntry(entry: TabHistoryEntry): TabHistoryEntry {
	if (entry.items.length <= PACK_OVER) return entry;
	const { items, ...rest } = entry;
	const packed: NonNullable<TabHistoryEntry['packed']> = { tables: items.map((i) => i.table), ids: items.map((i) => i.id), states: items.map((i) => i.state) };
	if (items.some((i) => i.after !== undefined)) packed.afters = items.map((i) => i.after ?? null);
	return { ...rest, items: [], packed };
}

function describe(key: DictKey, params: Record<string, string | number>): string {
	return tvi(key, params);
}

