// Undo and redo (write.ts's `undo` and `redo` load this module on first use, so that it is not on
// the first page): restore each record of a history entry, checking that no other tab changed it
// since, and keep the history's expected versions in step.
import { Lookup } from '$lib/domain/lookup';
import { rowLabelOf, type TableName } from '$lib/schema';
import type { NtmDatabase } from './database';
import { AppError, toAppError } from './errors';
import { publishChanges } from './changes';
import { WRITE_SLICE, allTables, currentWriterTab, ownedBy, type TabHistoryEntry, type TabHistoryItem, type UndoOptions } from './write';
import { byPage, noticeOf, packEntry } from './apply';

/** For the row named in a refused undo when no names were given. */
const EMPTY_LOOKUP = new Lookup([], []);

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
	for (const [table, unsorted] of byTable) {
		const list = byPage(unsorted, (i) => i.id);
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

/**
 * Undo this tab's newest change (or, without a tab, the newest change). Returns its entry, or null
 * when there is nothing to undo. Throws AppError 'tabs.undoChanged' (nothing written) when a record
 * of the step was changed since, by another tab.
 */
export async function undoStep(db: NtmDatabase, opts: UndoOptions = {}): Promise<TabHistoryEntry | null> {
	const tab = opts.tab ?? currentWriterTab();
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
export async function redoStep(db: NtmDatabase, opts: UndoOptions = {}): Promise<TabHistoryEntry | null> {
	const tab = opts.tab ?? currentWriterTab();
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

