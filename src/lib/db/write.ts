// The one write path. Every change to the data (an edit, a paste, an added or deleted row, an
// import, an undo) goes through applyChanges or toggle, in one transaction: all or nothing.
// The history is kept in the database, so undo and redo survive reloads, sorting and filtering.
// This module declares the path; its code is in apply.ts (applyChanges) and undo.ts (undo, redo),
// loaded on demand so that the first page does not carry it.
import type { Lookup } from '$lib/domain/lookup';
import type { TableName, TableRecords } from '$lib/schema';
import type { NtmDatabase, HistoryEntry as StoredEntry, HistoryItem as StoredItem, HistorySource } from './database';

import { writerTab } from './history-counts';

// The tab and the undo counts live in history-counts.ts (on the first page, for the undo buttons).
export { setWriterTab, historyCounts, ownedBy } from './history-counts';

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

/** The tab set by setWriterTab. */
export function currentWriterTab(): string | undefined {
	return writerTab;
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
	/**
	 * The records were made for this write by an import's preview (with `trusted`): the keys of its
	 * new rows were checked against each other there, so they are checked again only against the rows
	 * stored now (none stored: nothing to check); and the write keeps the record objects it is given.
	 */
	previewed?: boolean;
}

/** Records read, checked and written per step of a transaction (keeps each main-thread task short). */
export const WRITE_SLICE = 2000;

/** Keep at most this many entries of undo history. */
export const HISTORY_LIMIT = 500;

export function allTables(db: NtmDatabase) {
	return [...db.dataTables(), db.history];
}

/**
 * Apply changes in one transaction and record them as one undo step.
 * Returns the history entry, or null when nothing actually changed.
 * Throws AppError (nothing written) on a refused value, a version conflict or a storage failure.
 * (The code is in apply.ts: loaded when the browser is idle after start, or on the first write,
 * not with the first page.)
 */
export async function applyChanges(db: NtmDatabase, changes: Change[], opts: ApplyOptions): Promise<TabHistoryEntry | null> {
	return (await import('./apply')).applyChanges(db, changes, opts);
}
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void import('./apply').catch(() => undefined), { timeout: 5000 });

/** Load the code of a big write ahead (an import's, while its file is read). */
export function prepareBigWrite(): void {
	void import('./apply').catch(() => undefined);
	void import('./storage-failure').catch(() => undefined);
}

/** Writes of at least this many changes are checked against the free space first. */
export const ROOM_CHECK_OVER = 500;

export interface UndoOptions {
	/** The tab asking (default: the one set by setWriterTab): its own newest step is undone. */
	tab?: string;
	/** Names of communes and districts, for the row named in a refusal. */
	lookup?: Lookup;
}

/**
 * Undo this tab's newest change (or, without a tab, the newest change). Returns its entry, or null
 * when there is nothing to undo. Throws AppError 'tabs.undoChanged' (nothing written) when a record
 * of the step was changed since, by another tab. (The code is in undo.ts, loaded on the first undo:
 * not on the first page.)
 */
export async function undo(db: NtmDatabase, opts: UndoOptions = {}): Promise<TabHistoryEntry | null> {
	return (await import('./undo')).undoStep(db, opts);
}

/** Redo the change this tab undid last (refused like undo when a record was changed since). */
export async function redo(db: NtmDatabase, opts: UndoOptions = {}): Promise<TabHistoryEntry | null> {
	return (await import('./undo')).redoStep(db, opts);
}


export type { TableRecords };
