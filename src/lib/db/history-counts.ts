// The tab this page writes for and how many steps it can undo and redo: what the first page needs
// of the write path (the undo and redo buttons). The write path itself (write.ts) loads with the
// first change.
import type { HistoryEntry, NtmDatabase } from './database';

/** The tab this page writes for (set once by the app at start; unit tests pass `tab` instead). */
export let writerTab: string | undefined;
export function setWriterTab(tab: string | undefined) {
	writerTab = tab;
}

/** An entry the tab may undo or redo: its own, or one of an older release (no tab). */
export function ownedBy(tab: string | undefined) {
	return (e: HistoryEntry & { tab?: string }) => tab === undefined || e.tab === undefined || e.tab === tab;
}

/**
 * How many steps can be undone and redone (for the toolbar buttons). For a tab: 1 or 0, whether it
 * has a step of its own (found from the newest back, without counting the whole history).
 */
export async function historyCounts(db: NtmDatabase, tab: string | undefined = writerTab): Promise<{ undo: number; redo: number }> {
	if (tab !== undefined) {
		const own = ownedBy(tab);
		const [u, r] = await Promise.all([
			db.history.where('undone').equals(0).reverse().filter(own).first(),
			db.history.where('undone').equals(1).filter(own).first()
		]);
		return { undo: u ? 1 : 0, redo: r ? 1 : 0 };
	}
	const [u, r] = await Promise.all([
		db.history.where('undone').equals(0).count(),
		db.history.where('undone').equals(1).count()
	]);
	return { undo: u, redo: r };
}

