// Page-wide state: the database being ready, the name lookup, messages, and the write helper
// that turns every failure into a message in the current language (never a stack trace).
import { liveQuery } from 'dexie';
import { Lookup } from '$lib/domain/lookup';
import {
	getDb,
	syncSeeds,
	loadAliases,
	historyCounts,
	applyChanges,
	undo,
	redo,
	toAppError,
	onConnection,
	readDataset,
	type Change,
	type HistorySource
} from '$lib/db';
import { lookupOf, lookupTables } from '$lib/schema';
import { i18n, t, restoreLang } from '$lib/i18n/lang.svelte';
import { labelOf, labelText, type DictKey, type Params } from '$lib/i18n/translate';

/** One button in a message ("Xem dòng vừa thêm"): runs, then the message closes. */
export interface MessageAction {
	label: string;
	run: () => void;
}

export interface Message {
	id: number;
	kind: 'info' | 'error';
	text: string;
	action?: MessageAction;
}

export const app = $state({
	ready: false,
	firstRun: false,
	fatal: '',
	lookup: new Lookup([], []) as Lookup,
	messages: [] as Message[],
	history: { undo: 0, redo: 0 },
	/** Another tab opened a newer version of the app (this tab must reload), or this tab waits for
	 * an older tab to let go of the database. */
	connection: '' as '' | 'versionchange' | 'blocked'
});

onConnection((e) => {
	// 'blocked' clears itself once the other tab lets go and this tab's upgrade goes on.
	app.connection = e;
});

/** One message area: at most three messages; the same text again replaces its older copy. Kept
 * oldest to newest (the newest is the last in the page, as screen readers and tests expect) and
 * shown newest first, on top (Messages.svelte). Information fades (a CSS animation, paused while
 * the pointer or the focus is on the messages, then `dismiss`); an error stays until closed. */
export const MAX_MESSAGES = 3;
let nextId = 1;
export function notify(kind: Message['kind'], text: string, action?: MessageAction) {
	app.messages = [...app.messages.filter((x) => x.kind !== kind || x.text !== text), { id: nextId++, kind, text, action }].slice(-MAX_MESSAGES);
}
export function notifyKey(kind: Message['kind'], key: DictKey, params?: Params, action?: MessageAction) {
	notify(kind, t(key, params), action);
}
export function dismiss(id: number) {
	app.messages = app.messages.filter((m) => m.id !== id);
}

/** Open the database, seed it on first run and keep the lookup and history counts live. */
export async function startApp() {
	const db = getDb();
	await restoreLang().catch(() => undefined); // if English cannot load, Vietnamese stays
	try {
		app.firstRun = !(await db.meta.get('seeded'));
		await syncSeeds(db);
		if (app.connection === 'blocked') app.connection = '';
		// Ask the browser not to evict the planner's data under storage pressure (a request only).
		navigator.storage?.persist?.().catch(() => undefined);
	} catch (e) {
		app.fatal = t('app.storageError', { detail: String((e as Error)?.message ?? e).slice(0, 200) });
		return;
	}
	// The plan's own spellings ("Tà Bhing", "Duy Phủ") are accepted as names of their commune. They
	// are kept with the seeds and never change, so they are read once, not on every edit.
	const aliases = await loadAliases(db);
	const tables = lookupTables();
	// The names are here before any page shows: rows are put in the plan's order (by district and
	// commune name) once, when a table is first read, so that order must not depend on timing.
	try {
		app.lookup = lookupOf(await readDataset(db, tables), aliases);
	} catch (e) {
		show(e);
	}
	liveQuery(async () => lookupOf(await readDataset(db, tables), aliases)).subscribe({
		next: (l) => (app.lookup = l),
		error: (e) => show(e)
	});
	liveQuery(() => historyCounts(db)).subscribe({ next: (h) => (app.history = h) });
	app.ready = true;
}

function show(e: unknown) {
	const err = toAppError(e);
	notify('error', t(err.key, err.params));
}

/** History labels are stored language-neutral (labelOf) and shown in the current language. */
export function historyLabel(label: string): string {
	return labelText(i18n.lang, label);
}

export { labelOf };

/** Write through the one write path; a refusal becomes a message and nothing changes. */
export async function write(changes: Change[], label: string, source: HistorySource): Promise<boolean> {
	try {
		await applyChanges(getDb(), changes, { label, source, lookup: app.lookup });
		return true;
	} catch (e) {
		show(e);
		return false;
	}
}

export async function doUndo() {
	try {
		const entry = await undo(getDb());
		notify('info', entry ? t('msg.undone', { label: historyLabel(entry.label) }) : t('msg.nothingToUndo'));
	} catch (e) {
		show(e);
	}
}

export async function doRedo() {
	try {
		const entry = await redo(getDb());
		notify('info', entry ? t('msg.redone', { label: historyLabel(entry.label) }) : t('msg.nothingToRedo'));
	} catch (e) {
		show(e);
	}
}
