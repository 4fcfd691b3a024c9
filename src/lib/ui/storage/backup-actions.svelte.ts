// The backup and restore actions of the "Dữ liệu & sao lưu" page, the "data is gone" panel and the
// backup reminder. Loaded on demand (not on the first page).
import { getDb, syncSeeds, toAppError, readDbState } from '$lib/db';
import { markBackedUp, updateMarker } from '$lib/db/marker-update';
import { sizeText } from '$lib/db/storage';
import { makeBackup, encodeBackup, decodeBackup, backupFileName, backupRows, restoreBackup, previewRestore, type BackupFile, type RestorePreview } from '$lib/db/backup';
import { getSnapshotDb, takeSnapshot, listSnapshots, readSnapshot, type SnapshotInfo } from '$lib/db/backup-snapshots';
import { app, notify, showError, openData } from '../app-state.svelte';
import { t } from '$lib/i18n/lang.svelte';
import '$lib/i18n/backup-texts';
import { download } from '$lib/excel/download';

export const backupUi = $state({ making: false });

/** Save bytes as a file (the Excel export's download, without loading the Excel code). */
function save(bytes: Uint8Array, fileName: string, gzip: boolean) {
	download(new Blob([bytes as BlobPart], { type: gzip ? 'application/gzip' : 'application/json' }), fileName);
}

/** Write the whole dataset (and, if asked, the undo history) to a backup file. */
export async function downloadBackup(opts: { history?: boolean } = {}) {
	if (backupUi.making) return;
	backupUi.making = true;
	try {
		const file = await makeBackup(getDb(), opts);
		const { bytes, gzip } = await encodeBackup(file);
		const name = backupFileName(file, gzip);
		save(bytes, name, gzip);
		markBackedUp();
		notify('info', t('backup.done', { file: name, size: sizeText(bytes.length), rows: backupRows(file).toLocaleString('vi-VN') }));
	} catch (e) {
		const err = toAppError(e);
		showError(err, (text) => t('backup.error', { detail: text }));
	} finally {
		backupUi.making = false;
	}
}

/** Today's snapshot, if not taken yet (quietly: a failure, e.g. a full disk, only skips it). */
export async function dailySnapshot(): Promise<SnapshotInfo | null> {
	try {
		return await takeSnapshot(getDb(), getSnapshotDb());
	} catch {
		return null;
	}
}

export async function snapshots(): Promise<SnapshotInfo[]> {
	try {
		return await listSnapshots(getSnapshotDb());
	} catch {
		return [];
	}
}

/** A backup to restore, read and checked, with what restoring it will do. */
export interface Pending {
	file: BackupFile;
	preview: RestorePreview;
	/** File name or the snapshot's day, for the messages. */
	source: string;
}

export async function readBackupFile(f: File): Promise<Pending> {
	const file = await decodeBackup(new Uint8Array(await f.arrayBuffer()));
	return { file, preview: await previewRestore(getDb(), file), source: f.name };
}

export async function readSnapshotFile(day: string): Promise<Pending | null> {
	const file = await readSnapshot(getSnapshotDb(), day);
	return file ? { file, preview: await previewRestore(getDb(), file), source: day } : null;
}

/** Restore: today's snapshot keeps the data being replaced (unless it is empty), then one
 * transaction replaces everything; seeds a table the backup did not have yet. */
export async function restore(p: Pending): Promise<void> {
	const db = getDb();
	if ((await readDbState(db)).rows > 0) await takeSnapshot(db, getSnapshotDb(), { replace: true }).catch(() => null);
	await restoreBackup(db, p.file);
	if (app.lost) await openData();
	else await syncSeeds(db);
	await updateMarker(db).catch(() => null);
	notify('info', t('backup.restored', { rows: backupRows(p.file).toLocaleString('vi-VN'), date: when(p.file.createdAt) }));
}

export function when(iso: string): string {
	const d = new Date(iso);
	if (!iso || Number.isNaN(d.getTime())) return iso || '?';
	const p = (x: number) => String(x).padStart(2, '0');
	return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
