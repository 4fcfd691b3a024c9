// A page's table read while the app starts: the targets page asks for its rows in its route's load
// (before the app has read the names and the page is shown), the read goes to IndexedDB once the
// database is open and seeded and the names are read (openData: the names first, the app waits for
// them), and the page's live copy of the table (table-store.ts) takes the rows read instead of
// reading them again. IndexedDB takes about 0.2 s to hand over 63,600 stored targets; that time now
// passes while the names' lookup, the page and the grid are made, not after them.
//
// No change is lost: the read listens for change notices from before it starts; a notice about its
// table (a write here or in another tab, the seeds, a restore) before the page takes the rows makes
// them unusable, and the page reads the table itself. Notices after that are the page's own.
import { onChanges } from './changes';
import { getDb } from './database';
import { readUnordered } from './pages';

type Rec = Record<string, unknown>;
interface EarlyRead {
	rows: Promise<Rec[]>;
	stale: boolean;
	off: () => void;
}

/** Rows read and not taken are let go after this long (the page was left, or never shown). */
const KEEP_MS = 10_000;
/** What is read: a table, unordered (readUnordered) or in key order (the Table API), as `table|order`. */
const wanted = new Set<string>();
const reads = new Map<string, EarlyRead>();
let open = false;
const keyOf = (table: string, inKeyOrder: boolean) => `${table}|${inKeyOrder ? 'key' : 'any'}`;

function start(key: string) {
	if (reads.has(key)) return;
	const [table, order] = key.split('|');
	const entry: EarlyRead = { rows: Promise.resolve([]), stale: false, off: () => undefined };
	// Listening before the read starts: a change committed later is heard (see the note at the top).
	entry.off = onChanges((notice) => {
		if (notice[table as keyof typeof notice]) entry.stale = true;
	});
	entry.rows = order === 'key' ? (getDb().table(table).toArray() as Promise<Rec[]>) : readUnordered(getDb(), table);
	entry.rows.catch(() => undefined); // a failed read is the page's to repeat (takeEarlyRead's caller)
	reads.set(key, entry);
	setTimeout(() => reads.get(key) === entry && drop(key), KEEP_MS);
}

function drop(key: string) {
	reads.get(key)?.off();
	reads.delete(key);
}

/** A page about to be shown will want `table`'s rows (unordered, see readUnordered, or in key
 * order): read them as soon as the database is ready (at once when it is), in the order asked for. */
export function wantTable(table: string, inKeyOrder = false) {
	const key = keyOf(table, inKeyOrder);
	wanted.add(key);
	if (open) start(key);
}

/** The database is open and seeded (and the names read): the reads asked for so far start now. */
export function startEarlyReads() {
	open = true;
	for (const t of wanted) start(t);
	wanted.clear();
}

/** The rows read early for `table` (given once), or null when there are none or a change to the
 * table was announced since the read began (read it again). */
export function takeEarlyRead(table: string, inKeyOrder = false): Promise<Rec[]> | null {
	const key = keyOf(table, inKeyOrder);
	const entry = reads.get(key);
	drop(key);
	return entry && !entry.stale ? entry.rows : null;
}
