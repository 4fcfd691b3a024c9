// Undo and redo of this tab's last step (the buttons and Ctrl+Z, Ctrl+Y): said in a message, a
// refused step named in the current language. Loaded with the first of them (app-state.svelte.ts).
import { getDb, toAppError } from '$lib/db';
import { t } from '$lib/i18n/lang.svelte';
import { app, notify, historyLabel } from './app-state.svelte';

export async function historyStep(which: 'undo' | 'redo') {
	try {
		const step = (await import('$lib/db/write'))[which];
		const entry = await step(getDb(), { lookup: app.lookup });
		const undo = which === 'undo';
		notify('info', entry ? t(undo ? 'msg.undone' : 'msg.redone', { label: historyLabel(entry.label) }) : t(undo ? 'msg.nothingToUndo' : 'msg.nothingToRedo'));
	} catch (e) {
		const err = toAppError(e);
		const params = { ...err.params };
		if (typeof params.label === 'string') params.label = historyLabel(params.label);
		notify('error', t(err.key, params));
	}
}
