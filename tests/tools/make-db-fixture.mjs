// Writes a fixture of the browser database exactly as the released 0.1.0 app leaves it after a
// planner has worked in it: edits on /targets, /communes and /plan, an added target, two deleted
// targets, and undo history with both undo and redo entries. A unit test restores it (see
// tests/unit/db-fixture.ts) so that later builds can prove they open a 0.1.0 database and keep
// every edit. Run once, against a build of the 0.1.0 release, not of the current sources.
//
//   node tests/tools/make-db-fixture.mjs <buildDir> <out.json>
//
// <buildDir> is the static build of release 0.1.0 (commit 021bc05). To make it, in a clone of the
// repository at commit 021bc05:
//
//   git clone <this repository> /tmp/v010 && cd /tmp/v010 && git checkout 021bc05
//   ln -s <this repository>/node_modules node_modules      # or `npm ci` if package-lock.json has
//                                                          # changed since 021bc05
//   npx svelte-kit sync && npx vite build                  # writes /tmp/v010/build
//
// then, from this repository's root:
//
//   node tests/tools/make-db-fixture.mjs /tmp/v010/build tests/fixtures/db-0.1.0.json
//
// The script serves <buildDir> with tests/tools/serve.mjs on port 4190, drives it in real Chromium
// through the UI (as the end-to-end tests do), waits after each action until IndexedDB holds the
// value, then dumps every object store with the native IndexedDB API.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium-path.mjs';

const [buildArg, outArg] = process.argv.slice(2);
if (!buildArg || !outArg) {
	console.error('usage: node tests/tools/make-db-fixture.mjs <buildDir> <out.json>');
	process.exit(2);
}
const buildDir = resolve(buildArg);
const outFile = resolve(outArg);
const root = fileURLToPath(new URL('../..', import.meta.url));
// 4190 is on the Fetch standard's list of blocked ports (ManageSieve): node's fetch() refuses it
// ("bad port"), so the server check below uses node:http. Chromium 156 loads it.
const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const DB_NAME = 'ntm-quang-nam';
const TIMEOUT = 15_000;

// The planner's data (ids from seeds/ of 0.1.0; all in Đại Lộc, district 506, so one filtered view holds them).
const T_STATUS = '2024-ntm-20503'; // Đại Sơn, NTM 2024: status -> recognised, decision date
const T_NOTES = '2024-ntm-20530'; // Đại Chánh, NTM 2024: notes
const T_CRITERIA = '2024-ntm-20533'; // Đại Tân, NTM 2024: criteriaMet
const T_UNDONE = '2024-nang_cao-20548'; // Đại Hòa, NTM nâng cao 2024: edited, then undone
const T_DELETE = ['2024-nang_cao-20506', '2025-nang_cao-20547']; // Đại Lãnh 2024, Đại An 2025
const C_CRITERIA = '20527'; // commune Đại Thạnh: criteriaMet
const C_RECOGNISED = '20503'; // commune Đại Sơn: recognisedLevel, recognisedYear
const GOAL = 'communes_ntm'; // goal: target 154 -> 160
const INDICATOR = 'ind-water-clean'; // indicator: actual '' -> '61,5'
const ADD = { commune: 'Đại Sơn (Đại Lộc)', communeId: '20503', level: 'kieu_mau', year: 2025 };

const NOTE = 'Đã rà soát hồ sơ, chờ thẩm định';

const expectation = { edits: [], added: [], deleted: [], undone: null, history: null };

function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

async function poll(what, fn, ok, timeout = TIMEOUT) {
	const t0 = Date.now();
	let last;
	while (Date.now() - t0 < timeout) {
		last = await fn();
		if (ok(last)) return last;
		await sleep(100);
	}
	throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/** Whether the server answers (node's http: fetch() refuses port 4190, see PORT). */
function answers(url) {
	return new Promise((resolve) => {
		const req = get(url, { timeout: 2000 }, (res) => {
			res.resume();
			resolve(res.statusCode === 200);
		});
		req.on('error', () => resolve(false));
		req.on('timeout', () => {
			req.destroy();
			resolve(false);
		});
	});
}

function startServer() {
	const child = spawn(process.execPath, ['tests/tools/serve.mjs', String(PORT), buildDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
	child.stdout.on('data', (d) => process.stdout.write(`[serve] ${d}`));
	return child;
}

async function waitForServer(child) {
	await poll(
		'the server',
		async () => {
			if (child.exitCode !== null) throw new Error(`serve.mjs exited with ${child.exitCode}`);
			return answers(BASE + '/');
		},
		Boolean
	);
}

function readRecord(page, table, id) {
	return page.evaluate(
		({ name, table, id }) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const req = db.transaction(table).objectStore(table).get(id);
					req.onsuccess = () => {
						resolve(req.result ?? null);
						db.close();
					};
					req.onerror = () => reject(req.error);
				};
			}),
		{ name: DB_NAME, table, id }
	);
}

function readKeys(page, table) {
	return page.evaluate(
		({ name, table }) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const req = db.transaction(table).objectStore(table).getAllKeys();
					req.onsuccess = () => {
						resolve(req.result);
						db.close();
					};
					req.onerror = () => reject(req.error);
				};
			}),
		{ name: DB_NAME, table }
	);
}

/** Undo and redo counts, as the app counts them (history entries by `undone`). */
async function historyCounts(page) {
	const entries = await page.evaluate(
		(name) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const req = db.transaction('history').objectStore('history').getAll();
					req.onsuccess = () => {
						resolve(req.result.map((e) => e.undone));
						db.close();
					};
					req.onerror = () => reject(req.error);
				};
			}),
		DB_NAME
	);
	return { undo: entries.filter((u) => u === 0).length, redo: entries.filter((u) => u === 1).length };
}

function cell(page, rowId, colId) {
	return page.locator(`[row-id="${rowId}"] [col-id="${colId}"]`).first();
}

async function waitForRows(page) {
	await page.locator('[role="row"][row-index="0"]').first().waitFor({ state: 'visible', timeout: TIMEOUT });
}

async function open(page, path) {
	await page.goto(BASE + path);
	await waitForRows(page);
}

async function typeInto(page, rowId, colId, text) {
	await cell(page, rowId, colId).dblclick();
	const input = page.locator('.ag-cell-inline-editing input, .ag-popup-editor textarea').first();
	await input.waitFor({ state: 'visible', timeout: TIMEOUT });
	await input.fill(text);
	await input.press('Enter');
}

async function pickIn(page, rowId, colId, label) {
	await cell(page, rowId, colId).dblclick();
	await page.locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
	const item = page.locator('.ag-select-list .ag-list-item').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
	await item.first().click();
}

/** Wait until IndexedDB holds `value` in table/id/field, then record the edit. */
async function stored(page, table, id, field, value) {
	const rec = await poll(`${table}/${id}.${field} = ${JSON.stringify(value)}`, () => readRecord(page, table, id), (r) => r?.[field] === value);
	expectation.edits.push({ table, id, field, value: rec[field] });
	console.log(`  ${table}/${id}.${field} = ${JSON.stringify(rec[field])} (version ${rec.version})`);
}

async function planner(page) {
	// a. Targets: status (list editor), notes with diacritics, criteriaMet, decision date.
	console.log('targets: edits');
	await open(page, '/targets?district=506');
	await pickIn(page, T_STATUS, 'status', 'Đã công nhận');
	await stored(page, 'targets', T_STATUS, 'status', 'recognised');
	await typeInto(page, T_NOTES, 'notes', NOTE);
	await stored(page, 'targets', T_NOTES, 'notes', NOTE);
	await typeInto(page, T_CRITERIA, 'criteriaMet', '17');
	await stored(page, 'targets', T_CRITERIA, 'criteriaMet', 17);
	await typeInto(page, T_STATUS, 'decisionDate', '15/03/2024');
	await stored(page, 'targets', T_STATUS, 'decisionDate', '2024-03-15');

	// d. Add a target through the form (Đại Sơn has no NTM kiểu mẫu target in 2025).
	console.log('targets: add');
	const before = new Set(await readKeys(page, 'targets'));
	await page.getByTestId('add-target').click();
	await page.getByTestId('add-commune').fill(ADD.commune);
	await page.getByTestId('add-level').selectOption(ADD.level);
	await page.getByTestId('add-year').fill(String(ADD.year));
	await page.getByTestId('add-submit').click();
	const after = await poll('the added target', () => readKeys(page, 'targets'), (keys) => keys.length === before.size + 1);
	const addedId = after.find((k) => !before.has(k));
	const added = await readRecord(page, 'targets', addedId);
	if (added.communeId !== ADD.communeId || added.level !== ADD.level || added.year !== ADD.year) {
		throw new Error(`the added target is not the one asked for: ${JSON.stringify(added)}`);
	}
	expectation.added.push({ table: 'targets', id: addedId });
	console.log(`  added targets/${addedId}`);

	// e. Delete two seeded targets: their row checkboxes, the delete button, the confirm dialog.
	console.log('targets: delete');
	for (const id of T_DELETE) {
		const box = page.locator(`[row-id="${id}"] .ag-selection-checkbox input[type="checkbox"]`).first();
		await box.click();
		await poll(`row ${id} selected`, () => box.isChecked(), Boolean);
	}
	await page.getByTestId('delete-rows').click();
	await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Đồng ý' }).click();
	for (const id of T_DELETE) {
		await poll(`targets/${id} deleted`, () => readRecord(page, 'targets', id), (r) => r === null);
		expectation.deleted.push({ table: 'targets', id });
		console.log(`  deleted targets/${id}`);
	}

	// b. Communes: criteriaMet on one, recognised level and year on another.
	console.log('communes: edits');
	await open(page, '/communes?district=506');
	await typeInto(page, C_CRITERIA, 'criteriaMet', '18');
	await stored(page, 'communes', C_CRITERIA, 'criteriaMet', 18);
	await pickIn(page, C_RECOGNISED, 'recognisedLevel', 'NTM');
	await stored(page, 'communes', C_RECOGNISED, 'recognisedLevel', 'ntm');
	await typeInto(page, C_RECOGNISED, 'recognisedYear', '2024');
	await stored(page, 'communes', C_RECOGNISED, 'recognisedYear', 2024);

	// c. Plan: a goal's target, an indicator's actual value (text, as the plan writes it).
	console.log('plan: edits');
	await open(page, '/plan');
	await typeInto(page, GOAL, 'target', '160');
	await stored(page, 'goals', GOAL, 'target', 160);
	await typeInto(page, INDICATOR, 'actual', '61,5');
	await stored(page, 'indicators', INDICATOR, 'actual', '61,5');

	// f. One more edit, then Undo: the history keeps a redo entry and the value is gone.
	console.log('targets: edit, then undo');
	await open(page, '/targets?district=506');
	const original = (await readRecord(page, 'targets', T_UNDONE)).criteriaMet;
	await typeInto(page, T_UNDONE, 'criteriaMet', '15');
	const edited = await poll('the edit to undo', () => readRecord(page, 'targets', T_UNDONE), (r) => r?.criteriaMet === 15);
	await page.getByTestId('undo').click();
	const undone = await poll('the undo', () => readRecord(page, 'targets', T_UNDONE), (r) => r?.criteriaMet === original);
	await poll('one redo entry', () => historyCounts(page), (h) => h.redo === 1);
	expectation.undone = { table: 'targets', id: T_UNDONE, field: 'criteriaMet', valueBeforeUndo: edited.criteriaMet, valueAfterUndo: undone.criteriaMet };
	console.log(`  targets/${T_UNDONE}.criteriaMet ${edited.criteriaMet} -> undone -> ${JSON.stringify(undone.criteriaMet)}`);
	// Let the page settle (no write may follow the undo, or the redo entry would be discarded).
	await sleep(500);
	expectation.history = await historyCounts(page);
}

/** Every object store of the database, with its schema and its records and keys (native API). */
function dumpDatabase(page) {
	return page.evaluate(
		(name) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names, 'readonly');
					const stores = names.map((n) => {
						const s = tx.objectStore(n);
						const store = {
							name: n,
							keyPath: s.keyPath,
							autoIncrement: s.autoIncrement,
							indexes: [...s.indexNames].map((i) => {
								const x = s.index(i);
								return { name: x.name, keyPath: x.keyPath, unique: x.unique, multiEntry: x.multiEntry };
							}),
							keys: null,
							records: null
						};
						const k = s.getAllKeys();
						k.onsuccess = () => (store.keys = k.result);
						const r = s.getAll();
						r.onsuccess = () => (store.records = r.result);
						return store;
					});
					tx.oncomplete = () => {
						db.close();
						// Anything JSON would not keep (undefined, Date, NaN...) would make the fixture lie.
						const odd = [];
						const walk = (v, path) => {
							if (v === undefined || (typeof v === 'number' && !Number.isFinite(v)) || typeof v === 'bigint') odd.push(path);
							else if (v && typeof v === 'object') {
								if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
								else if (Object.getPrototypeOf(v) !== Object.prototype) odd.push(`${path} (${v.constructor?.name})`);
								else for (const [key, x] of Object.entries(v)) walk(x, `${path}.${key}`);
							}
						};
						for (const s of stores) s.records.forEach((rec, i) => walk(rec, `${s.name}[${i}]`));
						resolve({ db: { name: db.name, version: db.version, stores }, odd });
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		DB_NAME
	);
}

const server = startServer();
let browser;
try {
	await waitForServer(server);
	browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1400, height: 900 } });
	const page = await context.newPage();
	page.setDefaultTimeout(TIMEOUT);
	const problems = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));

	await planner(page);

	const { db, odd } = await dumpDatabase(page);
	if (odd.length) throw new Error(`values JSON cannot hold: ${odd.slice(0, 10).join(', ')}`);
	const localStorageDump = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
	const appMessages = await page.locator('[role="alert"]').allTextContents();
	if (appMessages.length) problems.push(...appMessages.map((m) => `app alert: ${m}`));

	// Check the dump against what was done before writing it.
	const byName = Object.fromEntries(db.stores.map((s) => [s.name, s]));
	const rec = (table, id) => byName[table].records[byName[table].keys.indexOf(id)];
	for (const e of expectation.edits) if (rec(e.table, e.id)?.[e.field] !== e.value) throw new Error(`edit missing in the dump: ${JSON.stringify(e)}`);
	for (const a of expectation.added) if (!rec(a.table, a.id)) throw new Error(`added record missing: ${a.id}`);
	for (const d of expectation.deleted) if (byName[d.table].keys.includes(d.id)) throw new Error(`deleted record present: ${d.id}`);
	const u = expectation.undone;
	if (rec(u.table, u.id)?.[u.field] !== u.valueAfterUndo) throw new Error('the undone value is in the data');
	if (!(expectation.history.undo > 0 && expectation.history.redo > 0)) throw new Error(`history: ${JSON.stringify(expectation.history)}`);
	for (const k of ['seeded', 'aliases', 'datasetId']) if (!byName.meta.keys.includes(k)) throw new Error(`meta has no ${k}`);

	const out = {
		madeBy: 'tests/tools/make-db-fixture.mjs (real Chromium driving the 0.1.0 build through its UI)',
		appVersion: '0.1.0',
		commit: '021bc05',
		madeAt: new Date().toISOString(),
		browser: `${browser.browserType().name()} ${browser.version()}`,
		db,
		localStorage: localStorageDump,
		expect: expectation
	};
	const text = JSON.stringify(out, null, '\t') + '\n';
	writeFileSync(outFile, text);
	console.log(`wrote ${outFile} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB): ${db.stores.map((s) => `${s.name} ${s.records.length}`).join(', ')}`);
	console.log('expect:', JSON.stringify(expectation));
	if (problems.length) console.log('seen in the page:\n  ' + problems.join('\n  '));
} finally {
	await browser?.close();
	server.kill();
}
