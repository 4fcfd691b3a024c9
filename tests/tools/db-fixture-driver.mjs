// What the database-fixture scripts share (make-db-fixture.mjs for release 0.1.0,
// make-db-fixture-0.2.0.mjs for 0.2.0, make-db-fixture-0.3.0.mjs for 0.3.0 and 0.4.0): serve an old build, drive it in real Chromium through
// its UI as a planner does, wait after each action until IndexedDB holds the value, then dump
// every object store with the native IndexedDB API and write the fixture.
//
//   import { makeFixture } from './db-fixture-driver.mjs';
//   await makeFixture({ buildDir, outFile, port, release, commit, madeBy, planner, check });
//
// `planner(session)` drives the page; `session` holds the page, the expectation it fills
// (`stored`, `added`, `deleted`…) and the helpers below, bound to the page. With FIXTURE_SHOTS=<dir>
// set, `session.shot(name)` saves screenshots there to look at.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium-path.mjs';

export const DB_NAME = 'ntm-quang-nam';
export const TIMEOUT = 15_000;
const root = fileURLToPath(new URL('../..', import.meta.url));

export function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

export async function poll(what, fn, ok, timeout = TIMEOUT) {
	const t0 = Date.now();
	let last;
	while (Date.now() - t0 < timeout) {
		last = await fn();
		if (ok(last)) return last;
		await sleep(100);
	}
	throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/** Whether the server answers. node's http, not fetch(): fetch refuses some ports (4190 is on the
 * Fetch standard's list of blocked ports, ManageSieve); Chromium loads them. */
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

function startServer(port, buildDir) {
	const child = spawn(process.execPath, ['tests/tools/serve.mjs', String(port), buildDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
	child.stdout.on('data', (d) => process.stdout.write(`[serve] ${d}`));
	return child;
}

async function waitForServer(child, base) {
	await poll(
		'the server',
		async () => {
			if (child.exitCode !== null) throw new Error(`serve.mjs exited with ${child.exitCode}`);
			return answers(base + '/');
		},
		Boolean
	);
}

/**
 * Every record of a table with its key, straight from IndexedDB: from the table's own store, or,
 * in a database with paged storage (0.4.0 on, src/lib/db/pages.ts), from its pages in the `pages`
 * store (key [table, page], a page being a list of records; page -1 holds the count).
 */
function readTable(page, table) {
	return page.evaluate(
		({ name, table }) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const paged = db.objectStoreNames.contains('pages') && table !== 'history' && table !== 'meta' && table !== 'pages';
					const store = db.transaction(paged ? 'pages' : table).objectStore(paged ? 'pages' : table);
					const range = paged ? IDBKeyRange.bound([table, 0], [table, Infinity]) : undefined;
					const values = store.getAll(range);
					const keys = store.getAllKeys(range);
					keys.onsuccess = () => {
						const rows = paged ? values.result.flat() : values.result;
						resolve({ rows, keys: paged ? rows.map((r) => r.id) : keys.result });
						db.close();
					};
					keys.onerror = () => reject(keys.error);
				};
			}),
		{ name: DB_NAME, table }
	);
}

/** One record, straight from IndexedDB (null when absent). */
export async function readRecord(page, table, id) {
	const { rows, keys } = await readTable(page, table);
	const i = keys.indexOf(id);
	return i < 0 ? null : rows[i];
}

/** Every record of a table, straight from IndexedDB. */
export async function readAll(page, table) {
	return (await readTable(page, table)).rows;
}

export async function readKeys(page, table) {
	return (await readTable(page, table)).keys;
}

/** Undo and redo counts, as the app counts them (history entries by `undone`). */
export async function historyCounts(page) {
	const entries = await readAll(page, 'history');
	const undone = entries.map((e) => e.undone);
	return { undo: undone.filter((u) => u === 0).length, redo: undone.filter((u) => u === 1).length };
}

export function cell(page, rowId, colId) {
	return page.locator(`[row-id="${rowId}"] [col-id="${colId}"]`).first();
}

export async function waitForRows(page) {
	await page.locator('[role="row"][row-index="0"]').first().waitFor({ state: 'visible', timeout: TIMEOUT });
}

/** Double-click a cell, type into its text editor, Enter. */
export async function typeInto(page, rowId, colId, text) {
	await cell(page, rowId, colId).dblclick();
	const input = page.locator('.ag-cell-inline-editing input, .ag-popup-editor textarea').first();
	await input.waitFor({ state: 'visible', timeout: TIMEOUT });
	await input.fill(text);
	await input.press('Enter');
}

/** Double-click a cell and pick `label` in its list editor (AG Grid's select editor). */
export async function pickIn(page, rowId, colId, label) {
	await cell(page, rowId, colId).dblclick();
	await page.locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
	const item = page.locator('.ag-select-list .ag-list-item').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
	await item.first().click();
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

/** The page, the expectation being filled, and the helpers bound to both. */
function session(page, base) {
	const expectation = { edits: [], added: [], deleted: [], undone: null, history: null };
	const s = {
		page,
		base,
		expectation,
		readRecord: (table, id) => readRecord(page, table, id),
		readKeys: (table) => readKeys(page, table),
		readAll: (table) => readAll(page, table),
		historyCounts: () => historyCounts(page),
		cell: (rowId, colId) => cell(page, rowId, colId),
		typeInto: (rowId, colId, text) => typeInto(page, rowId, colId, text),
		pickIn: (rowId, colId, label) => pickIn(page, rowId, colId, label),
		waitForRows: () => waitForRows(page),
		/** A screenshot to look at, only when FIXTURE_SHOTS names a directory. */
		async shot(name) {
			if (!process.env.FIXTURE_SHOTS) return;
			mkdirSync(process.env.FIXTURE_SHOTS, { recursive: true });
			await page.screenshot({ path: join(process.env.FIXTURE_SHOTS, `${name}.png`) });
		},
		async open(path) {
			await page.goto(base + path);
			await waitForRows(page);
		},
		/** Wait until IndexedDB holds `value` in table/id/field (or, given a test, a value passing
		 * it), then record the edit with the value stored. */
		async stored(table, id, field, value, test = (v) => v === value) {
			const rec = await poll(`${table}/${id}.${field} = ${JSON.stringify(value)}`, () => readRecord(page, table, id), (r) => !!r && test(r[field]));
			expectation.edits.push({ table, id, field, value: rec[field] });
			console.log(`  ${table}/${id}.${field} = ${JSON.stringify(rec[field])} (version ${rec.version})`);
			return rec;
		},
		/** Run `act` (an add form submitted), wait for the one new record of `table`, record it. */
		async added(table, act) {
			const before = new Set(await readKeys(page, table));
			await act();
			const after = await poll(`the row added to ${table}`, () => readKeys(page, table), (keys) => keys.length === before.size + 1);
			const id = after.find((k) => !before.has(k));
			const rec = await readRecord(page, table, id);
			expectation.added.push({ table, id });
			console.log(`  added ${table}/${id}`);
			return rec;
		},
		/** Wait until IndexedDB no longer holds table/id, then record the deletion. */
		async deleted(table, id) {
			await poll(`${table}/${id} deleted`, () => readRecord(page, table, id), (r) => r === null);
			expectation.deleted.push({ table, id });
			console.log(`  deleted ${table}/${id}`);
		}
	};
	return s;
}

/**
 * Serve `buildDir` on `port`, run `planner(session)` in Chromium, dump the database, check the dump
 * holds every recorded expectation (and `check(byName, expectation)` if given), write `outFile`.
 */
export async function makeFixture({ buildDir, outFile, port, release, commit, madeBy, planner, check }) {
	buildDir = resolve(buildDir);
	outFile = resolve(outFile);
	const base = `http://127.0.0.1:${port}`;
	const server = startServer(port, buildDir);
	let browser;
	try {
		await waitForServer(server, base);
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

		const s = session(page, base);
		await planner(s);
		const expectation = s.expectation;

		const { db, odd } = await dumpDatabase(page);
		if (odd.length) throw new Error(`values JSON cannot hold: ${odd.slice(0, 10).join(', ')}`);
		const localStorageDump = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
		const appMessages = await page.locator('[role="alert"]').allTextContents();
		if (appMessages.length) problems.push(...appMessages.map((m) => `app alert: ${m}`));

		// Check the dump against what was done before writing it.
		const byName = Object.fromEntries(db.stores.map((st) => [st.name, st]));
		// A paged database (0.4.0 on): each table's records as they are in its pages.
		if (byName.pages) {
			for (const st of db.stores) {
				if (st.name === 'pages' || st.name === 'history' || st.name === 'meta') continue;
				const records = byName.pages.records.filter((_, i) => byName.pages.keys[i][0] === st.name && byName.pages.keys[i][1] >= 0).flat();
				byName[st.name] = { ...st, records, keys: records.map((r) => r.id) };
			}
		}
		const rec = (table, id) => byName[table].records[byName[table].keys.indexOf(id)];
		for (const e of expectation.edits) if (JSON.stringify(rec(e.table, e.id)?.[e.field]) !== JSON.stringify(e.value)) throw new Error(`edit missing in the dump: ${JSON.stringify(e)}`);
		for (const a of expectation.added) if (!rec(a.table, a.id)) throw new Error(`added record missing: ${a.id}`);
		for (const d of expectation.deleted) if (byName[d.table].keys.includes(d.id)) throw new Error(`deleted record present: ${d.id}`);
		const u = expectation.undone;
		if (rec(u.table, u.id)?.[u.field] !== u.valueAfterUndo) throw new Error('the undone value is in the data');
		if (!(expectation.history.undo > 0 && expectation.history.redo > 0)) throw new Error(`history: ${JSON.stringify(expectation.history)}`);
		check?.(byName, expectation);

		const out = {
			madeBy,
			appVersion: release,
			commit,
			madeAt: new Date().toISOString(),
			browser: `${browser.browserType().name()} ${browser.version()}`,
			db,
			localStorage: localStorageDump,
			expect: expectation
		};
		const text = JSON.stringify(out, null, '\t') + '\n';
		writeFileSync(outFile, text);
		console.log(`wrote ${outFile} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB): ${db.stores.map((st) => `${st.name} ${st.records.length}`).join(', ')}`);
		console.log('expect:', JSON.stringify(expectation));
		if (problems.length) console.log('seen in the page:\n  ' + problems.join('\n  '));
		return out;
	} finally {
		await browser?.close();
		server.kill();
	}
}
