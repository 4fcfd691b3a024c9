// Page-wide state: the database being ready, the name lookup, messages, and the write helper
// that turns every failure into a message in the current language (never a stack trace).
import { liveQuery } from 'dexie';
import { Lookup } from '$lib/domain/lookup';
import {
	getDb,
	syncSeeds,
	loadAliases,
	toAppError,
	onConnection,
	readDataset,
	readMarker,
	readDbState,
	startDecision,
	type AppError,
	type Change,
	type HistorySource
} from '$lib/db';
import { historyCounts, setWriterTab } from '$lib/db/history-counts';
import { startEarlyReads } from '$lib/db/early-read';
import { afterFirstPaint, firstPaintDone } from '$lib/first-paint';
import '$lib/schema/core';
import { lookupOf, lookupTables, refRowsOf } from '$lib/schema/lookup';
import { onTablesRegistered } from '$lib/schema/registry';
import { i18n, t, restoreLang } from '$lib/i18n/lang.svelte';
import { labelOf, labelText, type DictKey, type Params } from '$lib/i18n/translate';
import { asOf, onMapChange } from './map-view.svelte';

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
	/** The browser's own words, shown folded away ("Chi tiết kỹ thuật"). */
	details?: string;
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
	connection: '' as '' | 'versionchange' | 'blocked',
	/** The marker says this browser held data, the database is new or empty (storage/LostData). */
	lost: null as null | { rows: number; when: string },
	/** Whether the browser promised to keep the data (navigator.storage.persist). */
	persist: 'unsupported' as 'granted' | 'prompt' | 'unsupported'
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
export function notify(kind: Message['kind'], text: string, action?: MessageAction, details?: string) {
	app.messages = [...app.messages.filter((x) => x.kind !== kind || x.text !== text), { id: nextId++, kind, text, action, details }].slice(-MAX_MESSAGES);
}
export function notifyKey(kind: Message['kind'], key: DictKey, params?: Params, action?: MessageAction) {
	notify(kind, t(key, params), action);
}
export function dismiss(id: number) {
	app.messages = app.messages.filter((m) => m.id !== id);
}

/** sessionStorage key of this tab's id: it survives a reload of the tab, and each tab has its own. */
const TAB_KEY = 'ntm-tab';

/** This tab's id, for per-tab undo (write.ts setWriterTab). A tab duplicated by the browser copies
 * its sessionStorage, and so shares its id (and undo steps) with the tab it was copied from. */
export function tabId(): string {
	const fresh = () => (globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2) + Date.now().toString(36));
	try {
		let id = sessionStorage.getItem(TAB_KEY);
		if (!id) {
			id = fresh();
			sessionStorage.setItem(TAB_KEY, id);
		}
		return id;
	} catch {
		return fresh(); // storage refused: undo is per page load
	}
}

/**
 * Open the database and decide what to do with it: on the first visit, load the plan; when the
 * dataset marker (db/marker.ts) says this browser held data and the database is now new or empty,
 * load nothing and show the "data is gone" panel (restore a backup or a snapshot, or load the
 * plan by choice); otherwise open it (and bring a newer release's seed rows in).
 */
export async function startApp() {
	setWriterTab(tabId());
	const db = getDb();
	await restoreLang().catch(() => undefined); // if English cannot load, Vietnamese stays
	try {
		const marker = readMarker();
		const state = readDbState(db);
		// While the database opens: the first Vietnamese collator of a page loads ICU's collation data
		// (10-20 ms), which the names' order (Lookup.compareNames) needs before the first rows.
		void new Intl.Collator('vi');
		const decision = startDecision(marker, await state);
		app.firstRun = decision === 'first';
		if (decision === 'lost' && marker) {
			app.lost = { rows: marker.rows, when: marker.lastChange };
			return;
		}
	} catch (e) {
		app.fatal = t('app.storageError', { detail: String((e as Error)?.message ?? e).slice(0, 200) });
		return;
	}
	await openData();
}

/** Seed what is missing, then keep the lookup, the history counts and the marker live. Also the
 * way on from the "data is gone" panel, after a restore or when the planner chose the plan. */
export async function openData() {
	const db = getDb();
	try {
		await syncSeeds(db);
		app.lost = null;
		if (app.connection === 'blocked') app.connection = '';
	} catch (e) {
		app.fatal = t('app.storageError', { detail: String((e as Error)?.message ?? e).slice(0, 200) });
		return;
	}
	// The plan's own spellings ("Tà Bhing", "Duy Phủ") are accepted as names of their commune. They
	// are kept with the seeds and never change, so they are read once, not on every edit.
	const aliases = await loadAliases(db);
	// The tables of the definitions loaded so far (on the targets page, the units': schema/core.ts).
	let tables = lookupTables();
	// The names are here before any page shows: rows are put in the plan's order (by district and
	// commune name) once, when a table is first read, so that order must not depend on timing.
	// A name shared by units of two maps means the one of the map in view (map-view.svelte.ts).
	const onMap = (l: Lookup) => ((l.mapDate = asOf()), l);
	// The live query's first answer repeats the first read: the lookup is replaced only when a record
	// really changed (a new lookup rebuilds the grids' columns, which would close an open editor).
	const signature = (d: Record<string, readonly unknown[]>, list: readonly string[]) =>
		list.map((t) => (d[t] as { id: string; version?: number }[]).map((r) => `${r.id}:${r.version ?? ''}`).join(',')).join('|');
	let seen = '';
	try {
		const first = await readDataset(db, tables);
		// The page's own table is read while the names are worked out and the page is made (early-read.ts;
		// asked for beside the names, its 63,600 rows would be handed over before them).
		startEarlyReads();
		seen = signature(first, tables);
		app.lookup = onMap(lookupOf(first, aliases));
	} catch (e) {
		show(e);
	}
	onMapChange((date) => (app.lookup.mapDate = date));
	// Kept live from when the first page is shown (its first answer, a second read of 10,600 communes,
	// would otherwise compete with the first rows): a change made meanwhile differs from `seen`.
	// A live query watches the tables it read: when more tables join the lookup it starts again over
	// all of them (its first answer then repeats what extend read: nothing is replaced).
	let live: { unsubscribe(): void } | null = null;
	const watch = () => {
		live?.unsubscribe();
		live = liveQuery(async () => {
			const list = tables;
			const d = await readDataset(db, list);
			// Tables joined the lookup meanwhile (extend, which starts a new query): an answer of the tables before.
			if (list !== tables) return null;
			const sig = signature(d, list);
			if (sig === seen) return null;
			seen = sig;
			return lookupOf(d, aliases);
		}).subscribe({
			next: (l) => {
				if (l) app.lookup = onMap(l);
			},
			error: (e) => show(e)
		});
	};
	// When the other tables' definitions load (a page or a feature that works on every table, or the
	// write path after the first page is shown), the rows of the tables they point at join the lookup
	// in place: the grids on screen keep their columns (a new lookup would rebuild them).
	let extending = Promise.resolve();
	const extend = () =>
		(extending = extending
			.then(async () => {
				const more = lookupTables().filter((t) => !tables.includes(t));
				if (!more.length) return;
				const d = await readDataset(db, more);
				app.lookup.addRefs(refRowsOf(d, app.lookup, more));
				tables = [...tables, ...more];
				seen = [seen, signature(d, more)].join('|');
				if (live) watch();
			})
			.catch((e) => show(e)));
	onTablesRegistered(extend);
	extend();
	afterFirstPaint(watch);
	liveQuery(() => historyCounts(db)).subscribe({ next: (h) => (app.history = h) });
	app.ready = true;
	// After the first page is shown (its grid's first rows, or soon on a page without a grid): the
	// write path, then the dataset marker, the persistent-storage request, the backup reminder and
	// today's snapshot (storage/after-start.ts, loaded then).
	afterFirstPaint(() => void writePath().catch(() => undefined));
	afterFirstPaint(() => void import('./storage/after-start').then((m) => m.afterStart()).catch(() => undefined));
	setTimeout(firstPaintDone, 2000);
}


function show(e: unknown) {
	const err = toAppError(e);
	notify('error', t(err.key, err.params), undefined, err.technical || undefined);
}

/** An AppError as a message (its technical words folded away). */
export function showError(err: AppError, wrap?: (text: string) => string) {
	const text = t(err.key, err.params);
	notify('error', wrap ? wrap(text) : text, undefined, err.technical || undefined);
}

/** History labels are stored language-neutral (labelOf) and shown in the current language. */
export function historyLabel(label: string): string {
	return labelText(i18n.lang, label);
}

export { labelOf };

/** The write path (and undo, redo) loads with the first change, or just after the first page is
 * shown (openData, first-paint.ts), whichever comes first: it is not needed to show the data. */
const writePath = () => import('$lib/db/write');

/** Write through the one write path; a refusal becomes a message and nothing changes. */
export async function write(changes: Change[], label: string, source: HistorySource): Promise<boolean> {
	try {
		const { applyChanges } = await writePath();
		await applyChanges(getDb(), changes, { label, source, lookup: app.lookup });
		return true;
	} catch (e) {
		// One cell another tab changed meanwhile: the choice to store this tab's value anyway (loaded then).
		if (toAppError(e).key === 'err.conflict' && (await (await import('./conflict')).offerMine(changes, label, source))) return false;
		show(e);
		return false;
	}
}

/** Undo and redo (ui/history-step.ts, loaded with the first one, as the write path is). */
export const doUndo = () => import('./history-step').then((m) => m.historyStep('undo'));
export const doRedo = () => import('./history-step').then((m) => m.historyStep('redo'));
