// Browser databases captured from the released apps (tests/fixtures/db-<release>.json, written by
// tests/tools/make-db-fixture.mjs for 0.1.0, make-db-fixture-0.2.0.mjs for 0.2.0 and
// make-db-fixture-0.3.0.mjs for 0.3.0, 0.4.0 and 0.5.0), and a loader
// that recreates one with the global `indexedDB` (fake-indexeddb in unit tests, see setup.ts) so a
// test can open it with the current code.
import { readFileSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import Dexie from 'dexie';
import { NtmDatabase } from '../../src/lib/db/database';

export interface DumpIndex {
	name: string;
	keyPath: string | string[];
	unique: boolean;
	multiEntry: boolean;
}

export interface DumpStore {
	name: string;
	keyPath: string | string[] | null;
	autoIncrement: boolean;
	indexes: DumpIndex[];
	/** Primary keys, in the same order as `records`. */
	keys: IDBValidKey[];
	records: unknown[];
}

/** What the planner did while the fixture was made, for tests to check. */
export interface DumpExpect {
	/** The stored value of each edit, as IndexedDB held it (dates as 'yyyy-mm-dd'). */
	edits: { table: string; id: string; field: string; value: unknown }[];
	added: { table: string; id: string }[];
	deleted: { table: string; id: string }[];
	/** An edit that was undone: valueAfterUndo is in the data, valueBeforeUndo only in the redo entry. */
	undone: { table: string; id: string; field: string; valueBeforeUndo: unknown; valueAfterUndo: unknown };
	/** History entries with `undone` 0 and 1. */
	history: { undo: number; redo: number };
	/** (0.2.0 on) An edit undone and redone: valueBeforeUndo is in the data, and is the newest undo step. */
	redone?: { table: string; id: string; field: string; valueBeforeUndo: unknown; valueAfterUndo: unknown };
}

export interface DbDump {
	madeBy: string;
	appVersion: string;
	commit: string;
	madeAt: string;
	browser?: string;
	db: { name: string; version: number; stores: DumpStore[] };
	localStorage: Record<string, string>;
	expect: DumpExpect;
}

/** The releases with a database fixture. */
export const RELEASES = ['0.1.0', '0.2.0', '0.3.0'] as const;
export type Release = (typeof RELEASES)[number];

/** The release whose database already has the paged storage (database version 4): opened, not upgraded. */
export type PagedRelease = '0.4.0' | '0.5.0';

/** The database of a release after a planner's session. A fresh copy on every call. */
export function loadDump(release: Release | PagedRelease = '0.1.0'): DbDump {
	return JSON.parse(readFileSync(new URL(`../fixtures/db-${release}.json`, import.meta.url), 'utf8')) as DbDump;
}

/** Settles with the request; a deletion or an upgrade blocked by an open connection is an error. */
function done(req: IDBRequest | IDBOpenDBRequest, name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve();
		req.onerror = () => reject(req.error);
		if ('onblocked' in req) req.onblocked = () => reject(new Error(`restoreDump: database "${name}" is open elsewhere`));
	});
}

/**
 * Recreate the dumped database under `name`: any database of that name is deleted first, then it is
 * opened at the dumped version, its stores and indexes are created as they were, and every record
 * is written back with its key. The database is closed when this resolves.
 */
export async function restoreDump(dump: DbDump, name: string): Promise<void> {
	const del = indexedDB.deleteDatabase(name);
	await done(del, name);
	const open = indexedDB.open(name, dump.db.version);
	open.onupgradeneeded = () => {
		const db = open.result;
		for (const s of dump.db.stores) {
			const store = db.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
			for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
		}
	};
	await done(open, name);
	const db = open.result;
	try {
		const names = dump.db.stores.map((s) => s.name);
		const missing = names.filter((n) => !db.objectStoreNames.contains(n));
		if (missing.length) throw new Error(`restoreDump: "${name}" existed without stores ${missing.join(', ')}`);
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(names, 'readwrite');
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error ?? new Error('restoreDump: transaction aborted'));
			for (const s of dump.db.stores) {
				const store = tx.objectStore(s.name);
				s.records.forEach((record, i) => {
					if (s.keyPath === null) store.add(record, s.keys[i]);
					else store.add(record);
				});
			}
		});
	} finally {
		db.close();
	}
}

/** A table's records in a dump, with their ids: from the table's store, or from its pages (0.4.0 on). */
export function dumpRows(dump: DbDump, table: string): Record<string, unknown>[] {
	const pages = dump.db.stores.find((s) => s.name === 'pages');
	const own = dump.db.stores.find((s) => s.name === table)!;
	if (!pages) return own.records as Record<string, unknown>[];
	return pages.records.filter((_, i) => (pages.keys[i] as [string, number])[0] === table && (pages.keys[i] as [string, number])[1] >= 0).flat() as Record<string, unknown>[];
}

/** A fixture recreated under a new name and opened by this build; closed and deleted when the test ends. */
export async function openRestored(dump: DbDump, prefix: string): Promise<NtmDatabase> {
	const name = `${prefix}-${Math.random().toString(36).slice(2)}`;
	await restoreDump(dump, name);
	const db = new NtmDatabase(name);
	onTestFinished(async () => {
		db.close();
		await Dexie.delete(name);
	});
	return db;
}
