// Storage figures for the README (not a test): how many bytes IndexedDB takes per byte of JSON in
// Chromium (for BYTES_FACTOR in src/lib/db/storage.ts), and the size and time of a full backup and
// restore with the plan's data and with 60,000 extra target-like rows (national scale).
// Needs a built app served: node tests/tools/serve.mjs 4189 build-rel-storage & node tests/tools/storage-bench.mjs
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4189';
const N = Number(process.env.ROWS ?? 60000);
const dir = mkdtempSync('/tmp/storage-bench-');
// A profile on disk (not an incognito context): usage figures are those of LevelDB's files.
const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), args: ['--no-sandbox'], acceptDownloads: true, locale: 'vi-VN' });
const page = await context.newPage();
await page.goto(base + '/targets');
await page.locator('[role="row"][row-index="0"]').first().waitFor();

async function backupAndRestore(label) {
	await page.goto(base + '/data');
	await page.getByTestId('backup-download').waitFor();
	let t = Date.now();
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()]);
	const path = await dl.path();
	const backupMs = Date.now() - t;
	const size = readFileSync(path).length;
	t = Date.now();
	await page.getByTestId('restore-file').setInputFiles(path);
	await page.getByTestId('restore-apply').waitFor();
	const previewMs = Date.now() - t;
	t = Date.now();
	await page.getByTestId('restore-apply').click();
	await page.getByTestId('restore-preview').waitFor({ state: 'detached', timeout: 300_000 });
	const restoreMs = Date.now() - t;
	console.log(`${label}: backup file ${(size / 1024).toFixed(0)} KB gzipped, made in ${backupMs} ms; read + preview ${previewMs} ms; restore ${restoreMs} ms`);
}

await backupAndRestore('plan data (485 rows)');

// Bytes per JSON byte: N rows written in one transaction, as an import writes them (the row, and
// its undo copy as a packed history entry).
const result = await page.evaluate(async (n) => {
	const est = async () => (await navigator.storage.estimate()).usage ?? 0;
	const open = () => new Promise((res, rej) => { const o = indexedDB.open('ntm-quang-nam'); o.onsuccess = () => res(o.result); o.onerror = () => rej(o.error); });
	const db = await open();
	const sample = await new Promise((res) => { const r = db.transaction('targets').objectStore('targets').getAll(); r.onsuccess = () => res(r.result); });
	const rows = Array.from({ length: n }, (_, i) => ({ ...sample[i % sample.length], id: `bench-${i}`, notes: `Ghi chú thử số ${i}`, year: 2026 + (i % 5) }));
	const json = JSON.stringify(rows).length;
	const before = await est();
	const t = performance.now();
	await new Promise((res, rej) => {
		const tx = db.transaction(['targets', 'history'], 'readwrite');
		const s = tx.objectStore('targets');
		for (const r of rows) s.add(r);
		tx.objectStore('history').add({ label: 'bench', source: 'import', at: new Date().toISOString(), items: [], packed: { tables: rows.map(() => 'targets'), ids: rows.map((r) => r.id), states: rows.map(() => null) }, undone: 0 });
		tx.oncomplete = res;
		tx.onabort = () => rej(tx.error);
	});
	const ms = performance.now() - t;
	await new Promise((r) => setTimeout(r, 3000));
	const after = await est();
	db.close();
	return { json, grew: after - before, ms };
}, N);
console.log(`${N} rows: JSON ${(result.json / 1024 / 1024).toFixed(1)} MB, usage grew ${(result.grew / 1024 / 1024).toFixed(1)} MB (factor ${(result.grew / result.json).toFixed(2)}), written in ${result.ms.toFixed(0)} ms`);

await backupAndRestore(`plan data + ${N} rows`);
await context.close();
rmSync(dir, { recursive: true, force: true });

// What Chromium checks: the quota (lowered with CDP before the site first uses storage, the only
// way it is enforced) against the transaction's size. Each trial is a fresh context (a refused or
// a committed write changes what the next one sees): the largest batch of target rows that fits
// the free room gives the bytes checked per byte of JSON.
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const origin = new URL(base).origin;
async function trial(n) {
	const ctx = await browser.newContext();
	const p2 = await ctx.newPage();
	const cdp = await ctx.newCDPSession(p2);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 340_000 });
	await p2.goto(base + '/targets');
	await p2.locator('[role="row"][row-index="0"]').first().waitFor();
	await p2.waitForTimeout(500);
	const uq = await cdp.send('Storage.getUsageAndQuota', { origin });
	const r = await p2.evaluate(async (n) => {
		const db = await new Promise((res) => { const o = indexedDB.open('ntm-quang-nam'); o.onsuccess = () => res(o.result); });
		const sample = await new Promise((res) => { const r = db.transaction('targets').objectStore('targets').getAll(); r.onsuccess = () => res(r.result); });
		const rows = Array.from({ length: n }, (_, i) => ({ ...sample[i % sample.length], id: `p-${i}` }));
		return new Promise((res) => {
			const tx = db.transaction('targets', 'readwrite');
			for (const row of rows) tx.objectStore('targets').add(row);
			tx.oncomplete = () => res({ ok: true, json: JSON.stringify(rows).length });
			tx.onabort = () => res({ ok: false, json: JSON.stringify(rows).length });
		});
	}, n);
	await ctx.close();
	return { ...r, free: uq.quota - uq.usage };
}
let lo = 1, hi = 400, refused = null;
while (lo < hi) {
	const mid = (lo + hi) >> 1;
	const t = await trial(mid);
	if (t.ok) lo = mid + 1;
	else { hi = mid; refused = t; }
}
if (refused) console.log(`quota check: ${(refused.free / 1024).toFixed(1)} KB free, smallest refused batch ${lo} rows = ${(refused.json / 1024).toFixed(1)} KB of JSON (bytes checked per JSON byte ≈ ${(refused.free / refused.json).toFixed(2)})`);
await browser.close();
