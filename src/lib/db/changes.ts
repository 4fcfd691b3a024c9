// Which records changed, told to every view of this tab and of the app's other tabs, so that a
// view can re-read only those records instead of a whole table (64,000 rows at national scale).
import type { TableName } from '$lib/schema';

/** ids per table, or 'all' when a table was replaced (seeding, reset). */
export type ChangeNotice = Partial<Record<TableName, string[] | 'all'>>;

const CHANNEL = 'ntm-db-changes';
const local = new EventTarget();
let channel: BroadcastChannel | null = null;
/** Change notices seen by this tab, its own and other tabs' (see changesSeen). */
let seen = 0;

function getChannel(): BroadcastChannel | null {
	if (channel || typeof BroadcastChannel === 'undefined') return channel;
	channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (e: MessageEvent<ChangeNotice>) => {
		seen++;
		local.dispatchEvent(new CustomEvent('change', { detail: e.data }));
	};
	return channel;
}

/** Tell this tab's views and the other tabs what a committed transaction changed. */
export function publishChanges(notice: ChangeNotice) {
	if (Object.keys(notice).length === 0) return;
	seen++;
	local.dispatchEvent(new CustomEvent('change', { detail: notice }));
	getChannel()?.postMessage(notice);
}

/**
 * How many changes this tab has heard of so far (from now on, other tabs' too). Read before a read:
 * while it stays the same, nothing heard of has changed what was read (a write by another tab is
 * heard a moment after it commits).
 */
export function changesSeen(): number {
	getChannel();
	return seen;
}

export function onChanges(listener: (notice: ChangeNotice) => void): () => void {
	getChannel();
	const handler = (e: Event) => listener((e as CustomEvent<ChangeNotice>).detail);
	local.addEventListener('change', handler);
	return () => local.removeEventListener('change', handler);
}
