// Which records changed, told to every view of this tab and of the app's other tabs, so that a
// view can re-read only those records instead of a whole table (64,000 rows at national scale).
import type { TableName } from '$lib/schema';

/** ids per table, or 'all' when a table was replaced (seeding, reset). */
export type ChangeNotice = Partial<Record<TableName, string[] | 'all'>>;

const CHANNEL = 'ntm-db-changes';
const local = new EventTarget();
let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
	if (channel || typeof BroadcastChannel === 'undefined') return channel;
	channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (e: MessageEvent<ChangeNotice>) => local.dispatchEvent(new CustomEvent('change', { detail: e.data }));
	return channel;
}

/** Tell this tab's views and the other tabs what a committed transaction changed. */
export function publishChanges(notice: ChangeNotice) {
	if (Object.keys(notice).length === 0) return;
	local.dispatchEvent(new CustomEvent('change', { detail: notice }));
	getChannel()?.postMessage(notice);
}

export function onChanges(listener: (notice: ChangeNotice) => void): () => void {
	getChannel();
	const handler = (e: Event) => listener((e as CustomEvent<ChangeNotice>).detail);
	local.addEventListener('change', handler);
	return () => local.removeEventListener('change', handler);
}
