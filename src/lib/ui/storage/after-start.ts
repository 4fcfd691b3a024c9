// What the app does once the first page is shown (loaded then, not on the first page): ask the
// browser to keep the data (persistent storage), keep the dataset marker in step with every change
// (a little later, once for a burst of changes), remind the planner of a backup when one is due,
// and take today's snapshot when the page is idle.
import { getDb, onChanges } from '$lib/db';
import { updateMarker, backupDue } from '$lib/db/marker-update';
import { requestPersist } from '$lib/db/storage';
import { app, notify } from '../app-state.svelte';
import { t } from '$lib/i18n/lang.svelte';
import '$lib/i18n/backup-texts';

let started = false;

export async function afterStart() {
	if (started) return;
	started = true;
	const db = getDb();
	requestPersist().then((p) => (app.persist = p));
	let timer: ReturnType<typeof setTimeout> | undefined;
	onChanges(() => {
		clearTimeout(timer);
		timer = setTimeout(() => void updateMarker(db).catch(() => undefined), 400);
	});
	const marker = await updateMarker(db).catch(() => null);
	const due = backupDue(marker);
	if (due) {
		notify('info', t(marker?.lastBackup ? 'backup.remind' : 'backup.remindNever', due), {
			label: t('backup.remindAction'),
			run: () => void import('./backup-actions.svelte').then((m) => m.downloadBackup())
		});
	}
	setTimeout(() => {
		void import('./backup-actions.svelte').then((m) => m.dailySnapshot()).catch(() => undefined);
	}, 4000);
}
