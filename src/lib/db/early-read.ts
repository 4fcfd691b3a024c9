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
const wanted = new Set<string>();
const reads = new Map<string, EarlyRead>();
let open = false;

function start(table: string) {
	if (reads.has(table)) return;
	const entry: EarlyRead = { rows: Promise.resolve([]), stale: false, off: () => undefined };
	// Listening before the read starts: a change committed later is heard (see the note at the top).
	entry.off = onChanges((notice) => {
		if (notice[table as keyof typeof notice]) entry.stale = true;
	});
	entry.rows = readUnordered(getDb(), table);
	entry.rows.catch(() => undefined); // a failed read is the page's to repeat (takeEarlyRead's caller)
	reads.set(table, entry);
	setTimeout(() => reads.get(table) === entry && drop(table), KEEP_MS);
}

function drop(table: string) {
	reads.get(table)?.off();
	reads.delete(table);
}

/** A page about to be shown will want `table`'s rows (unordered, see readUnordered): read them as
 * soon as the database is ready (at once when it is). */
export function wantTable(table: string) {
	wanted.add(table);
	if (open) start(table);
}

/** The database is open and seeded (and the names read): the reads asked for so far start now. */
export function startEarlyReads() {
	open = true;
	for (const t of wanted) start(t);
	wanted.clear();
}

/** The rows read early for `table` (given once), or null when there are none or a change to the
 * table was announced since the read began (read it again). */
export function takeEarlyRead(table: string): Promise<Rec[]> | null {
	const entry = reads.get(table);
	drop(table);
	return entry && !entry.stale ? entry.rows : null;
}
