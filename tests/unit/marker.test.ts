// The dataset marker outside the database (db/marker.ts, marker-db.ts): the start decision never
// seeds over a dataset that was here, the change count and the backup reminder.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { startDecision, readMarker, MARKER_KEY, type DatasetMarker } from '$lib/db/marker';
import { seen, backedUp, backupDue, writeMarker, REMIND_AFTER_CHANGES, updateMarker, markBackedUp } from '$lib/db/marker-update';
import { readDbState } from '$lib/db/marker-db';
import { NtmDatabase } from '$lib/db/database';
import { syncSeeds } from '$lib/db/seed';
import { loadLookup } from '$lib/db/read';
import { applyChanges, undo } from '$lib/db/write';

/** A localStorage for the tests (node has none). */
class MemoryStorage {
	data = new Map<string, string>();
	getItem = (k: string) => this.data.get(k) ?? null;
	setItem = (k: string, v: string) => void this.data.set(k, v);
	removeItem = (k: string) => void this.data.delete(k);
}

const marker = (over: Partial<DatasetMarker> = {}): DatasetMarker => ({
	datasetId: 'ds-1',
	since: '2026-11-01T00:00:00.000Z',
	lastChange: '2026-11-20T00:00:00.000Z',
	seenSeq: 10,
	changes: 3,
	rows: 1200,
	lastBackup: null,
	...over
});

describe('the start decision', () => {
	it('first visit: no marker, new database -> load the plan', () => {
		expect(startDecision(null, { datasetId: null, rows: 0 })).toBe('first');
	});
	it('the marker says data was here, the database is new or empty -> lost (never seed quietly)', () => {
		expect(startDecision(marker(), { datasetId: null, rows: 0 })).toBe('lost');
		expect(startDecision(marker(), { datasetId: 'ds-1', rows: 0 })).toBe('lost');
	});
	it('a database with data opens, whatever the marker says', () => {
		expect(startDecision(marker(), { datasetId: 'ds-1', rows: 1200 })).toBe('open');
		expect(startDecision(marker(), { datasetId: 'ds-2', rows: 5 })).toBe('open');
		expect(startDecision(null, { datasetId: null, rows: 900 })).toBe('open'); // a 0.1.0 database
	});
	it('a marker of an empty dataset is not a lost one', () => {
		expect(startDecision(marker({ rows: 0 }), { datasetId: null, rows: 0 })).toBe('first');
	});
});

describe('the marker', () => {
	it('counts new history entries, starts again for another dataset, resets at a backup', () => {
		const m = seen(marker(), { datasetId: 'ds-1', rows: 1201, seq: 14, newEntries: 4 }, '2026-11-21T00:00:00.000Z');
		expect(m).toMatchObject({ changes: 7, seenSeq: 14, rows: 1201, lastChange: '2026-11-21T00:00:00.000Z' });
		// the history was emptied (a restore): nothing counted twice
		expect(seen(m, { datasetId: 'ds-1', rows: 1201, seq: 0, newEntries: 0 }).changes).toBe(7);
		const other = seen(m, { datasetId: 'ds-2', rows: 10, seq: 3, newEntries: 3 }, '2026-11-22T00:00:00.000Z');
		expect(other).toMatchObject({ datasetId: 'ds-2', changes: 0, lastBackup: null, since: '2026-11-22T00:00:00.000Z' });
		expect(backedUp(m, '2026-11-23T00:00:00.000Z')).toMatchObject({ changes: 0, lastBackup: '2026-11-23T00:00:00.000Z' });
	});
	it('reminds after a week or 200 changes, not before', () => {
		const now = Date.parse('2026-11-29T00:00:00.000Z');
		expect(backupDue(marker({ since: '2026-11-25T00:00:00.000Z' }), now)).toBeNull();
		expect(backupDue(marker({ since: '2026-11-22T00:00:00.000Z' }), now)).toEqual({ days: 7, changes: 3 });
		expect(backupDue(marker({ since: '2026-11-28T00:00:00.000Z', changes: REMIND_AFTER_CHANGES }), now)).toEqual({ days: 1, changes: 200 });
		expect(backupDue(marker({ since: '2026-01-01T00:00:00.000Z', lastBackup: '2026-11-27T00:00:00.000Z' }), now)).toBeNull();
		expect(backupDue(null, now)).toBeNull();
	});
	it('reads back what it wrote and ignores what is not a marker', () => {
		const s = new MemoryStorage();
		writeMarker(marker(), s);
		expect(readMarker(s)).toEqual(marker());
		s.setItem(MARKER_KEY, '{oops');
		expect(readMarker(s)).toBeNull();
		s.setItem(MARKER_KEY, JSON.stringify({ rows: 3 }));
		expect(readMarker(s)).toBeNull();
	});
});

describe('the marker kept with the database', () => {
	let db: NtmDatabase;
	beforeEach(() => {
		(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
		db = new NtmDatabase('marker-' + Math.random());
	});
	afterEach(async () => {
		delete (globalThis as { localStorage?: unknown }).localStorage;
		db.close();
		await db.delete();
	});

	it('follows the database; a deleted database reads as lost, not as a first visit', async () => {
		expect(await readDbState(db)).toEqual({ datasetId: null, rows: 0 });
		expect(startDecision(readMarker(), await readDbState(db))).toBe('first');
		await syncSeeds(db);
		const state = await readDbState(db);
		expect(state.rows).toBeGreaterThan(400);
		const m0 = await updateMarker(db);
		expect(m0).toMatchObject({ datasetId: state.datasetId, rows: state.rows, changes: 0 });
		const lookup = await loadLookup(db);
		const opts = { label: 'x', source: 'edit' as const, lookup };
		await applyChanges(db, [{ op: 'patch', table: 'targets', id: '2024-ntm-20527', patch: { notes: 'một' } }], opts);
		await applyChanges(db, [{ op: 'patch', table: 'targets', id: '2024-ntm-20527', patch: { notes: 'hai' } }], opts);
		expect((await updateMarker(db))!.changes).toBe(2);
		await undo(db); // an undo rewrites an entry, it adds none
		expect((await updateMarker(db))!.changes).toBe(2);
		expect(markBackedUp()).toMatchObject({ changes: 0 });
		// The browser deletes the database; the app opens a new, empty one.
		db.close();
		await db.delete();
		db = new NtmDatabase(db.name);
		expect(startDecision(readMarker(), await readDbState(db))).toBe('lost');
	});
});
