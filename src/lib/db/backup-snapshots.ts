// Automatic daily snapshots: a copy of the data once a day, the last 7 days kept, in a database of
// their own ("ntm-quang-nam-snapshots"), not a store of the main one. Why a separate database: the
// things that wipe the main database — a deleteDatabase (by a tool, by the planner clearing one
// database, by an upgrade gone wrong), a reset of that database — leave another database alone;
// its own version and stores never take part in the main database's migrations; a snapshot being
// written never shares a transaction (or its abort on a full disk) with the planner's edits. It
// does not survive "clear all site data" or the browser evicting the whole site: that is what
// the backup file is for.
import Dexie, { type Table } from 'dexie';
import type { NtmDatabase } from './database';
import { makeBackup, encodeBackup, decodeBackup, backupRows, type BackupFile } from './backup';

export const SNAPSHOT_DB_NAME = 'ntm-quang-nam-snapshots';
export const SNAPSHOTS_KEPT = 7;

export interface Snapshot {
	/** Local day, yyyy-mm-dd (the key: one snapshot a day). */
	day: string;
	at: string;
	datasetId: string;
	appVersion: string;
	counts: Record<string, number>;
	rows: number;
	/** The backup file's bytes (gzipped JSON, without the undo history). */
	bytes: Uint8Array;
	size: number;
}

export type SnapshotInfo = Omit<Snapshot, 'bytes'>;

export class SnapshotDb extends Dexie {
	snapshots!: Table<Snapshot, string>;
	constructor(name = SNAPSHOT_DB_NAME) {
		super(name);
		this.version(1).stores({ snapshots: 'day' });
	}
}

let instance: SnapshotDb | null = null;
export function getSnapshotDb(): SnapshotDb {
	return (instance ??= new SnapshotDb());
}

export function localDay(d = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Take today's snapshot unless there is one (or `replace`: before a restore, so the data being
 * replaced can be had back). An empty database is never snapshotted (it would push out a good
 * copy). Keeps the newest SNAPSHOTS_KEPT days. Returns the snapshot taken, or null.
 */
export async function takeSnapshot(db: NtmDatabase, snaps: SnapshotDb, opts: { now?: Date; replace?: boolean } = {}): Promise<SnapshotInfo | null> {
	const day = localDay(opts.now);
	if (!opts.replace && (await snaps.snapshots.get(day))) return null;
	const file = await makeBackup(db);
	const rows = backupRows(file);
	if (rows === 0) return null;
	const { bytes } = await encodeBackup(file);
	const snap: Snapshot = {
		day,
		at: (opts.now ?? new Date()).toISOString(),
		datasetId: file.datasetId,
		appVersion: file.appVersion,
		counts: file.counts,
		rows,
		bytes,
		size: bytes.length
	};
	await snaps.transaction('rw', snaps.snapshots, async () => {
		await snaps.snapshots.put(snap);
		const days = (await snaps.snapshots.orderBy('day').primaryKeys()) as string[];
		if (days.length > SNAPSHOTS_KEPT) await snaps.snapshots.bulkDelete(days.slice(0, days.length - SNAPSHOTS_KEPT));
	});
	const { bytes: _, ...info } = snap;
	return info;
}

/** The snapshots kept, newest first (without their data). */
export async function listSnapshots(snaps: SnapshotDb): Promise<SnapshotInfo[]> {
	const all = await snaps.snapshots.orderBy('day').reverse().toArray();
	return all.map(({ bytes: _, ...info }) => info);
}

export async function readSnapshot(snaps: SnapshotDb, day: string): Promise<BackupFile | null> {
	const s = await snaps.snapshots.get(day);
	return s ? decodeBackup(s.bytes) : null;
}
