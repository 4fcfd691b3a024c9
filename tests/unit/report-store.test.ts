// Issued reports in the database: issuing stores the frozen figures through the one write path; a
// later change to the data does not change them; a new edition replaces the report in one step; the
// whole-dataset workbook carries the snapshot and reads it back whole.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import * as XLSX from 'xlsx';
import { NtmDatabase } from '$lib/db/database';
import { syncSeeds } from '$lib/db/seed';
import { loadLookup, readDataset, readTable } from '$lib/db/read';
import { applyChanges, type ApplyOptions } from '$lib/db/write';
import { withOverlays } from '$lib/schema';
import { datasetToXlsx } from '$lib/excel/export-core';
import { reportFigures } from '$lib/report/figures';
import { parseSnapshot, DEFAULT_SETTINGS, diffFigures } from '$lib/report/document';
import { issueRecord, issueChanges, issuedFor } from '$lib/report/issue';
import { buildPreview } from '$lib/excel/preview';
import { parseBytes } from './excel-helpers';

let db: NtmDatabase;
let opts: ApplyOptions;
beforeEach(async () => {
	db = new NtmDatabase('test-reports-' + Math.random());
	await syncSeeds(db);
	opts = { label: 'test', source: 'add', lookup: await loadLookup(db) };
});
afterEach(async () => {
	db.close();
	await db.delete();
});

async function issue(number: string, replaces?: Awaited<ReturnType<typeof readTable<'reports'>>>[number]) {
	const figures = reportFigures(withOverlays(await readDataset(db)), 'province', '2025-h1')!;
	const rec = issueRecord({ figures, settings: DEFAULT_SETTINGS, number, date: '2025-07-05', reports: await readTable(db, 'reports'), replaces, id: `bc-${number}`, now: '2025-07-05T08:00:00.000Z' });
	await applyChanges(db, issueChanges(rec, replaces), opts);
	return rec;
}

describe('issued reports', () => {
	it('store the frozen figures; data changes show as differences; a new edition replaces the report', async () => {
		const first = await issue('05/BC-CCB');
		const stored = (await readTable(db, 'reports'))[0];
		expect(stored.snapshot.length).toBeGreaterThan(5000);
		expect(stored.edition).toBe(1);
		const snap = parseSnapshot(stored.snapshot)!;
		expect(snap.head.number).toBe('05/BC-CCB');
		expect(snap.figures.tables[0].rows.at(-1)!.cells.map((c) => c!.value)).toEqual([49, 1, 1, 77, 0, 0]);

		await applyChanges(db, [{ op: 'patch', table: 'targets', id: '2024-ntm-20503', patch: { status: 'submitted' } }], { ...opts, source: 'edit' });
		const again = parseSnapshot((await readTable(db, 'reports'))[0].snapshot)!;
		expect(again).toEqual(snap);
		const now = reportFigures(withOverlays(await readDataset(db)), 'province', '2025-h1')!;
		expect(diffFigures(again.figures, now)).toHaveLength(3);

		expect(issuedFor(await readTable(db, 'reports'), 'province', '2025-h1')?.id).toBe(first.id);
		const second = await issue('06/BC-CCB', stored);
		const all = await readTable(db, 'reports');
		expect(all.find((r) => r.id === first.id)!.status).toBe('replaced');
		expect(all.find((r) => r.id === second.id)).toMatchObject({ status: 'issued', edition: 2, replaces: first.id });
		expect(issuedFor(all, 'province', '2025-h1')?.id).toBe(second.id);
		expect(parseSnapshot(all.find((r) => r.id === second.id)!.snapshot)!.figures.tables[0].rows.at(-1)!.cells.map((c) => c!.value)).toEqual([49, 2, 1, 77, 0, 0]);
	});

	it('the whole-dataset workbook carries the snapshot, whole, in one cell', async () => {
		const rec = await issue('05/BC-CCB');
		const bytes = datasetToXlsx(await readDataset(db), { datasetId: 'x', exportedAt: new Date('2025-07-05T00:00:00Z'), appVersion: 'test', filters: '' });
		const wb = XLSX.read(bytes);
		const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Báo cáo đã ban hành']);
		expect(rows).toHaveLength(1);
		expect(rows[0]['Số liệu đã báo cáo (JSON)']).toBe(rec.snapshot);
		// Imported back, nothing changes and nothing is refused.
		const preview = await buildPreview(db, parseBytes(bytes, 'ntm.xlsx'));
		expect(preview.errorCount).toBe(0);
		expect(preview.rows).toEqual([]);
	});
});
