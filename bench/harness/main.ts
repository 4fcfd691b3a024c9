// The benchmark harness page. Each function measures one heavy path of the app against the raw
// library doing the same work in the same page, and returns times in milliseconds.
import * as XLSX from 'xlsx';
import { getDb } from '$lib/db/database';
import { applyChanges } from '$lib/db/write';
import { loadLookup } from '$lib/db/read';
import { TABLE_NAMES, TABLES } from '$lib/schema';
import { SEED_STATE_KEY } from '$lib/db/migrations';
import { parseWorkbookBytes } from '$lib/excel/read';
import { loadSheetJS } from '$lib/excel/sheetjs';
import { unzipNative } from '$lib/excel/unzip-native';
import { wantedPart } from '$lib/excel/xlsx-reader';
import { readAndPreview } from '$lib/excel/import-file';
import { applyPreview } from '$lib/excel/apply';
import { exportDataset, exportView } from '$lib/excel/export';
import { buildViewWorkbook } from '$lib/excel/workbook-write';
import { xlsxChunks } from '$lib/excel/xlsx-writer';
import { zipNative } from '$lib/excel/zip-native';
import { schemas } from '$lib/schema';
import { tvi } from '$lib/i18n/translate';
import { generate, type Dataset } from './generate';
import '$lib/i18n/excel-texts';

const db = getDb();
let data: Dataset | null = null;
let handMade: Uint8Array | null = null;

/** Long main-thread tasks seen while `fn` runs (ms of the longest, how many over 50 ms, and each one's start and length). */
async function withLongTasks<T>(fn: () => Promise<T>): Promise<{ result: T; longest: number; count: number; tasks: [number, number][] }> {
	// Start on a task of its own: the harness's own reads before `fn` (the records, the lookup) end in
	// the task that runs their continuation, which would otherwise be counted as the export's.
	await new Promise((r) => setTimeout(r, 0));
	const seen: [number, number][] = [];
	const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push([e.startTime, e.duration])));
	obs.observe({ type: 'longtask', buffered: false });
	const result = await fn();
	await new Promise((r) => setTimeout(r, 50));
	obs.disconnect();
	return { result, longest: Math.round(Math.max(0, ...seen.map((t) => t[1]))), count: seen.length, tasks: seen };
}

async function clearTargets() {
	await db.transaction('rw', db.targets, db.history, async () => {
		await db.targets.clear();
		await db.history.clear();
	});
}

const api = {
	/** Generate the dataset and load districts and communes (the targets are what gets measured). */
	async prepare(communes = 10_600) {
		data = generate(communes);
		await db.open();
		await db.transaction('rw', [...TABLE_NAMES.map((t) => db.table_(t)), db.meta, db.history], async () => {
			for (const t of TABLE_NAMES) await db.table_(t).clear();
			await db.history.clear();
			await db.districts.bulkPut(data!.districts);
			await db.communes.bulkPut(data!.communes);
			await db.meta.put({ key: 'seeded', value: { version: 1, at: new Date().toISOString(), bench: true } });
			// A database in use holds every table's seed version, so the app adds no seed rows to this dataset.
			await db.meta.put({ key: SEED_STATE_KEY, value: Object.fromEntries(TABLES.map((d) => [d.name, d.seed.version])) });
		});
		return { districts: data.districts.length, communes: data.communes.length, targets: data.targets.length };
	},

	/** The app's write path: the targets as one change list, one transaction, one undo step. */
	async writeApp() {
		await clearTargets();
		const lookup = await loadLookup(db);
		const changes = data!.targets.map((record) => ({ op: 'insert' as const, table: 'targets' as const, record }));
		const t0 = performance.now();
		await applyChanges(db, changes, { label: 'bench', source: 'import', lookup, trusted: true });
		return performance.now() - t0;
	},

	/** The same, with every record checked column by column (what an edit or a paste does). */
	async writeAppChecked() {
		await clearTargets();
		const lookup = await loadLookup(db);
		const changes = data!.targets.map((record) => ({ op: 'insert' as const, table: 'targets' as const, record }));
		const t0 = performance.now();
		await applyChanges(db, changes, { label: 'bench', source: 'import', lookup });
		return performance.now() - t0;
	},

	/** Raw Dexie bulkPut of the same rows. */
	async writeRaw() {
		await clearTargets();
		const t0 = performance.now();
		await db.targets.bulkPut(data!.targets);
		return performance.now() - t0;
	},

	/** For comparison, the layout before version 4: the same rows as one IndexedDB record each (native
	 * put in one transaction, a scratch database, until committed). */
	async writeRecords() {
		const idb = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('bench-records', 1);
			req.onupgradeneeded = () => req.result.createObjectStore('rows', { keyPath: 'id' });
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const run = (fill: (store: IDBObjectStore) => void) =>
			new Promise<void>((resolve, reject) => {
				const tx = idb.transaction('rows', 'readwrite');
				fill(tx.objectStore('rows'));
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
		await run((store) => store.clear());
		const t0 = performance.now();
		await run((store) => {
			for (const r of data!.targets) store.put(r);
		});
		const ms = performance.now() - t0;
		await run((store) => store.clear());
		idb.close();
		return ms;
	},

	/** One cell edit until committed in IndexedDB, n times on random rows. */
	async edits(n = 200) {
		const lookup = await loadLookup(db);
		const times: number[] = [];
		for (let i = 0; i < n; i++) {
			const t = data!.targets[(i * 7919) % data!.targets.length];
			const cur = await db.targets.get(t.id);
			const t0 = performance.now();
			await applyChanges(
				db,
				[{ op: 'patch', table: 'targets', id: t.id, patch: { criteriaMet: (i % 19) + 1 }, expectedVersion: cur!.version }],
				{ label: 'bench edit', source: 'edit', lookup }
			);
			times.push(performance.now() - t0);
		}
		return times;
	},

	/** Export of the whole dataset (styled: frozen header, drop-downs, merge sheet). */
	async exportApp() {
		const { result, longest } = await withLongTasks(async () => {
			const t0 = performance.now();
			const out = await exportDataset(db);
			return { ms: performance.now() - t0, bytes: out.bytes.length };
		});
		return { ...result, longestTask: longest };
	},

	/** Export of the targets view (all rows, the grid's columns) as .xlsx. */
	async exportViewApp() {
		const lookup = await loadLookup(db);
		const rows = await db.targets.toArray();
		const columnKeys = schemas.targets.columns.filter((c) => !c.hidden).map((c) => c.key);
		const { result, longest } = await withLongTasks(async () => {
			const t0 = performance.now();
			const out = await exportView({ table: 'targets', rows, columnKeys, format: 'xlsx', lookup });
			return { ms: performance.now() - t0, bytes: out.blob.size };
		});
		return { ...result, longestTask: longest, rows: rows.length, columns: columnKeys.length };
	},

	/** The stages of the view export, on this thread: records -> workbook model, -> XML parts, -> ZIP. */
	async exportViewStages() {
		const lookup = await loadLookup(db);
		const rows = await db.targets.toArray();
		const columnKeys = schemas.targets.columns.filter((c) => !c.hidden).map((c) => c.key);
		const t0 = performance.now();
		const { wb, patches } = buildViewWorkbook('targets', rows, columnKeys, 'vi', lookup);
		const t1 = performance.now();
		const parts = xlsxChunks(wb, patches, { errorTitle: 'x', error: 'y' });
		const t2 = performance.now();
		const bytes = await zipNative(parts);
		const t3 = performance.now();
		const xml = Object.values(parts).reduce((n, p) => n + p.reduce((m, c) => m + c.length, 0), 0);
		return { build: t1 - t0, parts: t2 - t1, zip: t3 - t2, xmlBytes: xml, bytes: bytes.length };
	},

	/** Raw SheetJS: the same rows as a sheet, written as compressed .xlsx. */
	async exportRaw() {
		const rows = await db.targets.toArray();
		const t0 = performance.now();
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet(rows), 'targets');
		const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
		return { ms: performance.now() - t0, bytes: out.byteLength };
	},

	/** A hand-made sheet of every target, in Vietnamese headers, no ids: what a national list looks like. */
	makeHandMade() {
		const header = ['Xã', 'Cấp độ', 'Năm', 'Nhiệm vụ', 'Trạng thái', 'Thời hạn'];
		const aoa: (string | number)[][] = [header];
		for (const t of data!.targets) {
			aoa.push([t.communeId, tvi(`enum.level.${t.level}`), t.year, tvi('enum.action.reach'), tvi('enum.status.not_started'), `Quý 4/${t.year}`]);
		}
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Chỉ tiêu xã');
		handMade = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
		return { rows: aoa.length - 1, bytes: handMade.length };
	},

	/** Import end to end: parse (worker), map, validate, preview, apply in one transaction. */
	async importApp() {
		await clearTargets();
		const file = new File([handMade! as BlobPart], 'national.xlsx');
		const { result, longest, count, tasks } = await withLongTasks(async () => {
			const t0 = performance.now();
			// As the import dialog does (excel/import-file.ts): the tables are read while the worker
			// parses, and the rows are compared as they arrive. `parse` ends when the worker has sent its
			// result, `preview` when the comparison has caught up with it.
			let t1 = 0;
			const { result, preview } = await readAndPreview(db, file, { onProgress: (p) => p.phase === 'done' && (t1 = performance.now()) });
			if ('error' in result || !preview) throw new Error('error' in result ? result.error.message : 'no preview');
			const t2 = performance.now();
			t1 ||= t2;
			const summary = await applyPreview(db, preview);
			const t3 = performance.now();
			return { ms: t3 - t0, parse: t1 - t0, preview: t2 - t1, apply: t3 - t2, added: summary.added, errors: preview.errorCount, at: [t0, t1, t2, t3] };
		});
		// The longest task of each stage (a task is counted in the stage it started in).
		const [t0, t1, t2] = result.at;
		const stageOf = (start: number) => (start < t1 ? 'parse' : start < t2 ? 'preview' : 'apply');
		const longestIn: Record<string, number> = { parse: 0, preview: 0, apply: 0 };
		for (const [start, d] of tasks) if (start >= t0) longestIn[stageOf(start)] = Math.max(longestIn[stageOf(start)], Math.round(d));
		return { ...result, at: undefined, longestTask: longest, longTasks: count, longestIn };
	},

	/** The hand-made workbook's bytes (base64), for LibreOffice in the runner. */
	handMadeBase64() {
		let s = '';
		for (let i = 0; i < handMade!.length; i += 0x8000) s += String.fromCharCode(...handMade!.subarray(i, i + 0x8000));
		return btoa(s);
	},

	/** The targets view as exported (.xlsx, base64), for LibreOffice in the runner. */
	async exportViewBase64() {
		const lookup = await loadLookup(db);
		const rows = await db.targets.toArray();
		const columnKeys = schemas.targets.columns.filter((c) => !c.hidden).map((c) => c.key);
		const out = new Uint8Array(await (await exportView({ table: 'targets', rows, columnKeys, format: 'xlsx', lookup })).blob.arrayBuffer());
		let s = '';
		for (let i = 0; i < out.length; i += 0x8000) s += String.fromCharCode(...out.subarray(i, i + 0x8000));
		return { base64: btoa(s), rows: rows.length };
	},

	/** The reader alone, on this thread, as the parse worker reads (excel/worker-read.ts): the parts
	 * inflated by the platform, then bytes -> parsed sheets through the fast .xlsx reader. */
	async parseFast() {
		const t0 = performance.now();
		const unzipped = await unzipNative(handMade!, wantedPart);
		const r = parseWorkbookBytes(handMade!, 'national.xlsx', undefined, { reader: 'fast', unzipped });
		if ('error' in r) throw new Error(r.error.message);
		return performance.now() - t0;
	},

	/** The same through SheetJS (the path the fast reader falls back to). */
	parseSheetJS() {
		const t0 = performance.now();
		const r = parseWorkbookBytes(handMade!, 'national.xlsx', undefined, { reader: 'sheetjs' });
		if ('error' in r) throw new Error(r.error.message);
		return performance.now() - t0;
	},

	/** Raw: SheetJS parse of the same file plus a raw bulkPut of its rows. */
	async importRaw() {
		await clearTargets();
		const t0 = performance.now();
		const wb = XLSX.read(handMade!, { type: 'array' });
		const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], { header: 1 });
		const records = rows.slice(1).map((r, i) => ({ id: `r${i}`, communeId: String(r[0]), level: r[1], year: r[2], action: r[3], status: r[4], deadline: r[5] }));
		await db.targets.bulkPut(records as never[]);
		return performance.now() - t0;
	},

	/** Put the targets back (after import runs) so the app page shows all of them. */
	async restoreTargets() {
		await clearTargets();
		await db.targets.bulkPut(data!.targets);
		return db.targets.count();
	}
};

(window as unknown as { bench: typeof api }).bench = api;
// The page's reads may fall back to SheetJS (parseSheetJS below); the worker loads it on its own.
await loadSheetJS();
document.getElementById('status')!.textContent = 'ready';
