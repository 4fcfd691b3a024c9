// Backups: one file with every table of the registry, the meta rows (dataset id, seed state,
// name aliases, saved mappings) and, if wanted, the undo history; JSON, gzipped with the browser's
// CompressionStream. Restoring reads the file as untrusted input: it is checked, every row goes
// through the same normalisation as a read (schema/normalise.ts), a preview says what will be
// replaced, and the restore is one transaction (all or nothing).
import { TABLE_NAMES, normaliseRows, isTableName, type TableName } from '$lib/schema';
import { version as APP_VERSION } from '../../../package.json';
import type { HistoryEntry, MetaRow, NtmDatabase } from './database';
import { DB_VERSIONS, SEED_STATE_KEY, seedStateOf0_1_0 } from './migrations';
import { AppError, toAppError } from './errors';
import { ensureRoom } from './storage';
import { publishChanges } from './changes';

export const BACKUP_FORMAT = 'ntm-quang-nam-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** The database version this build writes (the newest in the migration contract). */
export const SCHEMA_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1].version;
/** Larger files are refused before they are read (the whole dataset at national scale is ~40 MB of JSON). */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	formatVersion: number;
	appVersion: string;
	schemaVersion: number;
	datasetId: string;
	createdAt: string;
	counts: Record<string, number>;
	tables: Record<string, unknown[]>;
	meta: MetaRow[];
	/** The undo history, when the planner chose to include it. */
	history?: HistoryEntry[];
}

/** A consistent copy of the whole database (one read transaction). */
export async function makeBackup(db: NtmDatabase, opts: { history?: boolean } = {}): Promise<BackupFile> {
	const tables: Record<string, unknown[]> = {};
	let meta: MetaRow[] = [];
	let history: HistoryEntry[] | undefined;
	await db.transaction('r', [...db.dataTables(), db.meta, db.history], async () => {
		for (const t of TABLE_NAMES) tables[t] = await db.table(t).toArray();
		meta = await db.meta.toArray();
		if (opts.history) history = await db.history.toArray();
	});
	const datasetId = String(meta.find((m) => m.key === 'datasetId')?.value ?? '');
	const file: BackupFile = {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion: APP_VERSION,
		schemaVersion: SCHEMA_VERSION,
		datasetId,
		createdAt: new Date().toISOString(),
		counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length])),
		tables,
		meta
	};
	if (history) file.history = history;
	return file;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
	return new Uint8Array(await out.arrayBuffer());
}

/** The file's bytes: gzipped JSON where the browser can compress, plain JSON otherwise. */
export async function encodeBackup(file: BackupFile): Promise<{ bytes: Uint8Array; gzip: boolean }> {
	const json = new TextEncoder().encode(JSON.stringify(file));
	if (typeof CompressionStream === 'undefined') return { bytes: json, gzip: false };
	return { bytes: await pipe(json, new CompressionStream('gzip')), gzip: true };
}

export function backupFileName(file: Pick<BackupFile, 'createdAt'>, gzip: boolean): string {
	const d = new Date(file.createdAt);
	const p = (n: number) => String(n).padStart(2, '0');
	const stamp = `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
	return `ntm-sao-luu-${stamp}.json${gzip ? '.gz' : ''}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Read a backup file's bytes (gzipped or not). Anything that is not a backup of this app is
 * refused with an AppError saying what is wrong; nothing is written. */
export async function decodeBackup(bytes: Uint8Array): Promise<BackupFile> {
	if (bytes.length > MAX_BACKUP_BYTES) throw new AppError('backup.err.tooLarge', { max: Math.round(MAX_BACKUP_BYTES / 1024 / 1024) });
	let text: string;
	try {
		const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
		text = new TextDecoder('utf-8', { fatal: true }).decode(gz ? await pipe(bytes, new DecompressionStream('gzip')) : bytes);
	} catch {
		throw new AppError('backup.err.notBackup');
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		throw new AppError('backup.err.notBackup');
	}
	if (!isObject(raw) || raw.format !== BACKUP_FORMAT) throw new AppError('backup.err.notBackup');
	const schemaVersion = Number(raw.schemaVersion);
	if (!Number.isInteger(schemaVersion) || !isObject(raw.tables) || !Array.isArray(raw.meta ?? [])) throw new AppError('backup.err.corrupt');
	if (schemaVersion > SCHEMA_VERSION || Number(raw.formatVersion) > BACKUP_FORMAT_VERSION) {
		throw new AppError('backup.err.newer', { version: String(raw.appVersion ?? '?') });
	}
	const tables: Record<string, unknown[]> = {};
	for (const [name, rows] of Object.entries(raw.tables)) {
		if (!Array.isArray(rows)) throw new AppError('backup.err.corrupt');
		tables[name] = rows;
	}
	const meta = ((raw.meta as unknown[] | undefined) ?? []).filter((m): m is MetaRow => isObject(m) && typeof m.key === 'string');
	const history = Array.isArray(raw.history)
		? raw.history.filter((h): h is HistoryEntry => isObject(h) && typeof h.seq === 'number' && (h.undone === 0 || h.undone === 1))
		: undefined;
	const datasetId = typeof raw.datasetId === 'string' ? raw.datasetId : String(meta.find((m) => m.key === 'datasetId')?.value ?? '');
	const counts = Object.fromEntries(Object.entries(tables).map(([t, r]) => [t, r.length]));
	return {
		format: BACKUP_FORMAT,
		formatVersion: Number(raw.formatVersion) || 1,
		appVersion: String(raw.appVersion ?? ''),
		schemaVersion,
		datasetId,
		createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : '',
		counts,
		tables,
		meta,
		...(history ? { history } : {})
	};
}

export interface RestorePreview {
	createdAt: string;
	appVersion: string;
	schemaVersion: number;
	/** The file is a backup of the dataset this browser holds (else another planner's or an older one). */
	sameDataset: boolean;
	tables: { table: TableName; inFile: number; current: number }[];
	/** Rows in the file that cannot be rows (no id): left out. */
	skipped: number;
	/** Tables in the file this version does not know (left out). */
	unknownTables: string[];
	history: number | null;
	currentHistory: number;
}

/** What a restore will do, for the planner to read before it replaces anything. */
export async function previewRestore(db: NtmDatabase, file: BackupFile): Promise<RestorePreview> {
	const current = await db.transaction('r', [...db.dataTables(), db.meta, db.history], async () => ({
		counts: Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.table(t).count()] as const))),
		datasetId: String((await db.meta.get('datasetId'))?.value ?? ''),
		history: await db.history.count()
	}));
	let skipped = 0;
	const tables = TABLE_NAMES.map((t) => {
		const rows = file.tables[t] ?? [];
		const kept = normaliseRows(t, rows).length;
		skipped += rows.length - kept;
		return { table: t, inFile: kept, current: current.counts[t] ?? 0 };
	});
	return {
		createdAt: file.createdAt,
		appVersion: file.appVersion,
		schemaVersion: file.schemaVersion,
		sameDataset: !!file.datasetId && file.datasetId === current.datasetId,
		tables,
		skipped,
		unknownTables: Object.keys(file.tables).filter((t) => !isTableName(t)),
		history: file.history ? file.history.length : null,
		currentHistory: current.history
	};
}

/**
 * Replace the whole database with the backup, in one transaction: every table of the registry
 * (a table the file lacks, from an older release, is emptied and then seeded like a new table:
 * its seed state is not in the file), the meta rows, and the undo history (the file's, or none).
 * Refused before anything is written when it will not fit.
 */
export async function restoreBackup(db: NtmDatabase, file: BackupFile): Promise<void> {
	const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, normaliseRows(t, file.tables[t] ?? [])])) as Record<TableName, Record<string, unknown>[]>;
	let bytes = 0;
	for (const t of TABLE_NAMES) bytes += JSON.stringify(rows[t]).length;
	if (file.history) bytes += JSON.stringify(file.history).length;
	await ensureRoom(bytes);
	const meta = file.meta.filter((m) => m.key !== 'datasetId');
	// A backup made by 0.1.0 has the one `seeded` flag: the same step as the database's version 3.
	if (!meta.some((m) => m.key === SEED_STATE_KEY)) {
		const seeded = meta.find((m) => m.key === 'seeded');
		if (seeded) meta.push({ key: SEED_STATE_KEY, value: seedStateOf0_1_0(seeded.value as { version?: number }) });
	}
	if (!meta.some((m) => m.key === 'seeded')) meta.push({ key: 'seeded', value: { at: file.createdAt } });
	meta.push({ key: 'datasetId', value: file.datasetId || `restored-${Date.now().toString(36)}` });
	const before = await countRows(db);
	let idbTx: IDBTransaction | undefined;
	try {
		await db.transaction('rw', [...db.dataTables(), db.meta, db.history], async (tx) => {
			idbTx = (tx as unknown as { idbtrans?: IDBTransaction }).idbtrans;
			for (const t of TABLE_NAMES) {
				await db.table(t).clear();
				await db.table(t).bulkAdd(rows[t]);
			}
			await db.history.clear();
			if (file.history?.length) await db.history.bulkAdd(file.history);
			await db.meta.clear();
			await db.meta.bulkPut(meta);
		});
	} catch (e) {
		let txError: unknown;
		try {
			txError = idbTx?.error ?? undefined;
		} catch {
			/* gone */
		}
		const err = toAppError(e, txError);
		if (err.key !== 'err.quota') throw err;
		// One transaction: nothing should have changed. Read the row counts again to say so truly.
		try {
			const after = await countRows(db);
			const same = TABLE_NAMES.every((t) => after[t] === before[t]);
			const n = Object.values(after).reduce((a, b) => a + b, 0);
			throw same ? new AppError('storage.full', { checked: n }, err.technical) : new AppError('storage.fullChanged', {}, err.technical);
		} catch (again) {
			if (again instanceof AppError) throw again;
			throw new AppError('storage.fullUnknown', {}, err.technical);
		}
	}
	publishChanges(Object.fromEntries(TABLE_NAMES.map((t) => [t, 'all' as const])));
}

async function countRows(db: NtmDatabase): Promise<Record<TableName, number>> {
	const n = await Promise.all(TABLE_NAMES.map((t) => db.table(t).count()));
	return Object.fromEntries(TABLE_NAMES.map((t, i) => [t, n[i]])) as Record<TableName, number>;
}

/** Rows in all tables of a backup. */
export function backupRows(file: Pick<BackupFile, 'counts'>): number {
	return Object.values(file.counts).reduce((a, b) => a + b, 0);
}
