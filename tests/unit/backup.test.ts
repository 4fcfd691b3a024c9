// Backups (db/backup.ts) and daily snapshots (db/backup-snapshots.ts): a complete file of every
// table of the registry, read back as untrusted input, previewed, restored in one transaction;
// a backup made by release 0.1.0 goes through the same normalisation and seed rules as its database.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { NtmDatabase } from '$lib/db/database';
import { syncSeeds, loadSeedState } from '$lib/db/seed';
import { loadLookup, readDataset, readTable } from '$lib/db/read';
import { applyChanges, historyCounts, undo } from '$lib/db/write';
import { AppError } from '$lib/db/errors';
import { makeBackup, encodeBackup, decodeBackup, previewRestore, restoreBackup, backupRows, SCHEMA_VERSION, BACKUP_FORMAT, type BackupFile } from '$lib/db/backup';
import { SnapshotDb, takeSnapshot, listSnapshots, readSnapshot, SNAPSHOTS_KEPT } from '$lib/db/backup-snapshots';
import { TABLE_NAMES, type TableName } from '$lib/schema';
import { seedData, SEED_VERSIONS } from '$seeds/index';
import { loadDump } from './db-fixture';

const T1 = '2024-ntm-20527';
let db: NtmDatabase;
let other: NtmDatabase;

beforeEach(async () => {
	db = new NtmDatabase('backup-' + Math.random());
	other = new NtmDatabase('backup-other-' + Math.random());
	await syncSeeds(db);
});
afterEach(async () => {
	for (const d of [db, other]) {
		d.close();
		await d.delete();
	}
});

async function edit(d: NtmDatabase, id: string, notes: string) {
	await applyChanges(d, [{ op: 'patch', table: 'targets', id, patch: { notes } }], { label: 'x', source: 'edit', lookup: await loadLookup(d) });
}
async function rejection(p: Promise<unknown>): Promise<AppError> {
	const e = await p.then(
		() => null,
		(x) => x
	);
	expect(e).toBeInstanceOf(AppError);
	return e as AppError;
}
const bytesOf = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));

describe('a backup file', () => {
	it('holds every table of the registry, the meta rows, counts, versions and the dataset id; gzipped', async () => {
		await edit(db, T1, 'trước sao lưu');
		const file = await makeBackup(db);
		expect(Object.keys(file.tables).sort()).toEqual([...TABLE_NAMES].sort());
		for (const t of TABLE_NAMES) expect(file.counts[t], t).toBe(await db.table(t).count());
		expect(file).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) });
		expect(file.datasetId).toBe((await db.meta.get('datasetId'))!.value);
		expect(file.meta.map((m) => m.key)).toEqual(expect.arrayContaining(['seedState', 'aliases', 'datasetId']));
		expect(file.history).toBeUndefined();
		const { bytes, gzip } = await encodeBackup(file);
		expect(gzip).toBe(true);
		expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
		expect(JSON.parse(gunzipSync(bytes).toString('utf8')).counts).toEqual(file.counts);
		expect(await decodeBackup(bytes)).toEqual(file);
		expect((await makeBackup(db, { history: true })).history).toHaveLength(1);
	});

	it('round trip: change, restore with a preview, everything back (data, history, seed state)', async () => {
		await edit(db, T1, 'bản gốc');
		const before = await readDataset(db);
		const file = await decodeBackup((await encodeBackup(await makeBackup(db, { history: true }))).bytes);
		await edit(db, T1, 'sửa sau sao lưu');
		await applyChanges(db, [{ op: 'delete', table: 'targets', id: '2024-ntm-20503' }], { label: 'x', source: 'delete', lookup: await loadLookup(db) });
		const preview = await previewRestore(db, file);
		expect(preview.sameDataset).toBe(true);
		const targets = preview.tables.find((r) => r.table === 'targets')!;
		expect(targets.inFile).toBe(targets.current + 1);
		expect(preview).toMatchObject({ history: 1, currentHistory: 3, skipped: 0, unknownTables: [] });
		await restoreBackup(db, file);
		expect(await readDataset(db)).toEqual(before);
		expect(await historyCounts(db)).toEqual({ undo: 1, redo: 0 });
		expect(await syncSeeds(db)).toBe(0); // the seed state came back too: nothing re-added
		await undo(db); // the restored history works
		expect((await db.targets.get(T1))!.notes).toBe('');
	});

	it('restores into another (empty) database: a browser whose data was deleted', async () => {
		await edit(db, T1, 'giữ lại');
		const file = await makeBackup(db);
		await restoreBackup(other, file);
		expect(await syncSeeds(other)).toBe(0);
		expect(await readDataset(other)).toEqual(await readDataset(db));
		expect((await other.meta.get('datasetId'))!.value).toBe(file.datasetId);
	});

	it('is refused, with nothing changed, when it is not a backup, damaged or from a newer version', async () => {
		const file = await makeBackup(db);
		expect((await rejection(decodeBackup(new TextEncoder().encode('PK\u0003\u0004 an xlsx')))).key).toBe('backup.err.notBackup');
		expect((await rejection(decodeBackup(bytesOf({ format: 'something-else' })))).key).toBe('backup.err.notBackup');
		expect((await rejection(decodeBackup(new Uint8Array([0x1f, 0x8b, 1, 2, 3])))).key).toBe('backup.err.notBackup');
		expect((await rejection(decodeBackup(bytesOf({ ...file, tables: { targets: 'x' } })))).key).toBe('backup.err.corrupt');
		expect((await rejection(decodeBackup(bytesOf({ ...file, tables: null })))).key).toBe('backup.err.corrupt');
		const newer = await rejection(decodeBackup(bytesOf({ ...file, schemaVersion: SCHEMA_VERSION + 1, appVersion: '9.0.0' })));
		expect(newer.key).toBe('backup.err.newer');
		expect(newer.params.version).toBe('9.0.0');
	});

	it('normalises untrusted rows: rows without id are left out (and counted), unknown fields kept', async () => {
		const file = await makeBackup(db);
		const targets = file.tables.targets as Record<string, unknown>[];
		targets[0] = { ...targets[0], criteriaMet: '17', futureField: 'giữ' };
		targets.push({ notes: 'không có mã' });
		file.tables.someFutureTable = [{ id: 'x' }];
		const decoded = await decodeBackup(bytesOf(file));
		const preview = await previewRestore(db, decoded);
		expect(preview.skipped).toBe(1);
		expect(preview.unknownTables).toEqual(['someFutureTable']);
		await restoreBackup(db, decoded);
		const row = (await db.targets.get(targets[0].id as string)) as unknown as Record<string, unknown>;
		expect(row.criteriaMet).toBe(17);
		expect(row.futureField).toBe('giữ');
		expect(await db.targets.count()).toBe(targets.length - 1);
	});
});

describe('a backup made by release 0.1.0 (older schema)', () => {
	/** The 0.1.0 fixture's database, written out as that release's data would be in a backup. */
	function backupOf0_1_0(): BackupFile {
		const dump = loadDump();
		const store = (n: string) => dump.db.stores.find((s) => s.name === n)!;
		const tables = Object.fromEntries(dump.db.stores.filter((s) => !['history', 'meta'].includes(s.name)).map((s) => [s.name, s.records]));
		return {
			format: BACKUP_FORMAT,
			formatVersion: 1,
			appVersion: '0.1.0',
			schemaVersion: 2,
			datasetId: String((store('meta').records as { key: string; value: unknown }[]).find((m) => m.key === 'datasetId')?.value ?? ''),
			createdAt: dump.madeAt,
			counts: Object.fromEntries(Object.entries(tables).map(([t, r]) => [t, r.length])),
			tables,
			meta: store('meta').records as BackupFile['meta']
		};
	}

	it('restores through the same normalisation and seed rules as the 0.1.0 database', async () => {
		const dump = loadDump();
		const file = await decodeBackup(bytesOf(backupOf0_1_0()));
		expect(file.schemaVersion).toBeLessThan(SCHEMA_VERSION);
		await restoreBackup(db, file);
		const OLD: TableName[] = ['districts', 'communes', 'targets', 'districtTargets', 'goals', 'indicators'];
		// version 3's step: the one "seeded" flag became the seed version of 0.1.0's six tables
		expect(await loadSeedState(db)).toEqual(Object.fromEntries(OLD.map((t) => [t, 1])));
		for (const t of TABLE_NAMES.filter((t) => !OLD.includes(t))) expect(await db.table(t).count(), t).toBe(0);
		await syncSeeds(db);
		expect(await loadSeedState(db)).toEqual(SEED_VERSIONS);
		for (const e of dump.expect.edits) expect(((await db.table(e.table).get(e.id)) as Record<string, unknown>)?.[e.field], e.id).toEqual(e.value);
		for (const d of dump.expect.deleted) expect(await db.table(d.table).get(d.id), d.id).toBeUndefined();
		for (const a of dump.expect.added) expect(await db.table(a.table).get(a.id), a.id).toBeDefined();
		// new columns read as their defaults (the rows were normalised when restored)
		const targets = await readTable(db, 'targets');
		expect(targets.length).toBe(dump.db.stores.find((s) => s.name === 'targets')!.records.length);
		// the same as the 0.1.0 database opened by this build (migration-0.1.0.test.ts): the new tables get
		// their seeds, plus the recognition the planner had entered as a commune's level
		for (const t of TABLE_NAMES.filter((t) => !OLD.includes(t))) expect(await db.table(t).count(), t).toBe(seedData[t].length + (t === 'recognitions' ? 1 : 0));
	});
});

describe('daily snapshots', () => {
	let snaps: SnapshotDb;
	beforeEach(() => {
		snaps = new SnapshotDb('snapshots-' + Math.random());
	});
	afterEach(async () => {
		snaps.close();
		await snaps.delete();
	});

	it('one a day, the last 7 kept, listed newest first with counts, and restorable', async () => {
		const day = (d: number) => new Date(2026, 10, d, 9, 0);
		expect(await takeSnapshot(db, snaps, { now: day(1) })).toMatchObject({ day: '2026-11-01' });
		expect(await takeSnapshot(db, snaps, { now: day(1) })).toBeNull(); // already taken today
		for (let d = 2; d <= 9; d++) {
			await edit(db, T1, `ngày ${d}`);
			await takeSnapshot(db, snaps, { now: day(d) });
		}
		const list = await listSnapshots(snaps);
		expect(list.map((s) => s.day)).toEqual(['2026-11-09', '2026-11-08', '2026-11-07', '2026-11-06', '2026-11-05', '2026-11-04', '2026-11-03']);
		expect(list).toHaveLength(SNAPSHOTS_KEPT);
		expect(list[0].rows).toBe(backupRows(await makeBackup(db)));
		expect(list[0].size).toBeGreaterThan(1000);
		const file = (await readSnapshot(snaps, '2026-11-05'))!;
		await restoreBackup(db, file);
		expect((await db.targets.get(T1))!.notes).toBe('ngày 5');
	});

	it('never snapshots an empty database (it would push out a good copy)', async () => {
		await takeSnapshot(db, snaps, { now: new Date(2026, 10, 1) });
		expect(await takeSnapshot(other, snaps, { now: new Date(2026, 10, 1), replace: true })).toBeNull();
		expect((await listSnapshots(snaps))[0].rows).toBeGreaterThan(0);
	});
});
