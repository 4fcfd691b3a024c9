// Offline and installable (src/service-worker.ts, UpdateBanner.svelte, +error.svelte): after one
// visit the whole app works without a network, code loaded on demand included; a new version is
// offered and takes over whole; under a base path too; without the offline copy, a part of the app
// that cannot be loaded is said in Vietnamese, never silence or an English error page.
import { test, expect, type Page } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearApp, waitForRows } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD = resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/workbook-v3.xlsx'));
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Servers of these tests' own (a copy of the build that changes, a build under a base path).
// (+1100: not 5173, the port of `vite dev`.)
const OWN_PORT = Number(process.env.PORT ?? 4173) + 1100;

/** Wait until the offline copy is stored and controls the page. */
async function offlineReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});
}

/** English leftovers of SvelteKit's default error page. */
async function noEnglishError(page: Page) {
	await expect(page.locator('body')).not.toContainText(/Internal Error|Not Found|Failed to fetch/i);
}

function serve(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, [join(ROOT, 'tests/tools/serve.mjs'), String(port), dir], { stdio: 'ignore' });
	return new Promise((ok, fail) => {
		const start = Date.now();
		const poll = () =>
			fetch(`http://127.0.0.1:${port}/`)
				.then(() => ok(child))
				.catch(() => (Date.now() - start > 15_000 ? fail(new Error('server did not start')) : setTimeout(poll, 100)));
		poll();
	});
}

test('after one visit, the whole app works offline: import, export, dashboard, every page, a reload', async ({ page, context }) => {
	await clearApp(page);
	await page.goto('/targets');
	await waitForRows(page);
	await offlineReady(page);
	await context.setOffline(true);

	// Choosing a file loads the Excel code, its parsing worker and the import dialog: from the
	// offline copy. The workbook is read as far as its preview.
	await page.getByTestId('import-file').setInputFiles({ name: 'v3.xlsx', mimeType: XLSX_MIME, buffer: FIXTURE });
	await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', /^(preview|mapping)$/);
	await page.getByTestId('import-cancel').click();
	await expect(page.getByTestId('import-dialog')).toHaveCount(0);
	// A CSV is read by SheetJS, which the worker loads from a chunk of its own only then: offline too.
	const csv = Buffer.from('\uFEFFXã,Cấp độ,Năm\nĐại Sơn,NTM,2027\n', 'utf8');
	await page.getByTestId('import-file').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: csv });
	await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', /^(preview|mapping)$/);
	await expect(page.getByTestId('import-dialog')).not.toContainText('hỏng');
	await page.getByTestId('import-cancel').click();
	await expect(page.getByTestId('import-dialog')).toHaveCount(0);

	// Export runs in a Web Worker, also from the offline copy.
	const download = page.waitForEvent('download');
	await page.getByTestId('export-all').click();
	expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

	// The dashboard (Chart.js, loaded on demand) by its link.
	await page.getByTestId('nav-dashboard').click();
	await expect(page.getByTestId('dashboard')).toBeVisible();
	await expect(page.locator('[data-testid="dashboard"] canvas').first()).toBeVisible();
	await expect(page.getByTestId('error-page')).toHaveCount(0);

	// A reload and direct addresses: the app shell comes from the offline copy.
	await page.reload();
	await expect(page.getByTestId('dashboard')).toBeVisible();
	for (const path of ['/communes', '/plan', '/criteria', '/recognitions', '/association', '/association/results', '/tables', '/tables/models', '/targets?district=dai-loc']) {
		await page.goto(path);
		await expect(page.locator('h1').first(), path).toBeVisible();
		await expect(page.getByTestId('error-page'), path).toHaveCount(0);
	}
	await page.goto('/help');
	const img = page.locator('[data-testid="help-page"] img').first();
	await img.scrollIntoViewIfNeeded();
	await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);

	// An unknown address: the Vietnamese not-found page, offline as online.
	await page.goto('/khong-co-trang-nay');
	await expect(page.getByTestId('error-page')).toHaveAttribute('data-status', '404');
	await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
	await expect(page.getByTestId('error-text')).toContainText('/khong-co-trang-nay');
	await noEnglishError(page);
	await page.getByTestId('error-home').click();
	await waitForRows(page);
});

test('the manifest has a Vietnamese name and icons that load', async ({ page, request }) => {
	await page.goto('/targets');
	await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const url = new URL(href!, page.url());
	const manifest = await (await request.get(url.href)).json();
	expect(manifest.name).toBe('Kế hoạch xây dựng nông thôn mới tỉnh Quảng Nam');
	expect(manifest.short_name).toBe('NTM Quảng Nam');
	expect(manifest.lang).toBe('vi');
	expect(manifest.display).toBe('standalone');
	const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons as { src: string; type: string }[]) {
		const res = await request.get(new URL(icon.src, url).href);
		expect(res.status(), icon.src).toBe(200);
		const body = await res.body();
		if (icon.type === 'image/png') expect(body.subarray(1, 4).toString(), icon.src).toBe('PNG');
	}
});

test.describe('without the offline copy', () => {
	test.use({ serviceWorkers: 'block' });

	test('a part of the app that cannot be loaded is said in Vietnamese, not silence or an English error page', async ({ page, context }) => {
		await clearApp(page);
		await page.goto('/targets');
		await waitForRows(page);
		await context.setOffline(true);

		await page.getByTestId('import-file').setInputFiles({ name: 'v3.xlsx', mimeType: XLSX_MIME, buffer: FIXTURE });
		await expect(page.getByTestId('message-error')).toContainText('Không tải được một phần của ứng dụng');
		await expect(page.getByTestId('import-dialog')).toHaveCount(0);

		await page.getByTestId('nav-dashboard').click();
		await expect(page.getByTestId('error-page')).toBeVisible();
		await expect(page.locator('h1')).toHaveText('Không mở được trang này');
		await expect(page.getByTestId('error-text')).toContainText('Không tải được trang "/dashboard"');
		await noEnglishError(page);

		// Back online, the import works: nothing was left half-open.
		await context.setOffline(false);
		await page.getByTestId('error-home').click();
		await waitForRows(page);
		await page.getByTestId('import-file').setInputFiles({ name: 'v3.xlsx', mimeType: XLSX_MIME, buffer: FIXTURE });
		await expect(page.getByTestId('import-dialog')).toBeVisible();
	});
});

test.describe('builds of its own', () => {
	let dir = '';
	let server: ChildProcess | undefined;
	test.afterEach(() => {
		server?.kill();
		server = undefined;
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = '';
	});

	test('a new version is offered ("Có phiên bản mới — tải lại") and takes over whole, in every tab', async ({ context }) => {
		dir = mkdtempSync(join(tmpdir(), 'ntm-sw-'));
		cpSync(BUILD, dir, { recursive: true });
		server = await serve(dir, OWN_PORT);
		const origin = `http://127.0.0.1:${OWN_PORT}`;
		const page = await context.newPage();
		await page.goto(`${origin}/targets`);
		await waitForRows(page);
		await offlineReady(page);
		const other = await context.newPage();
		await other.goto(`${origin}/communes`);
		await waitForRows(other);
		const oldVersion = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')).version as string;
		expect(await page.evaluate(() => caches.keys())).toEqual([`ntm-${oldVersion}`]);

		// The host gets a new version: here, the same files under a new version number.
		const newVersion = `${oldVersion}9`;
		const swPath = join(dir, 'service-worker.js');
		const sw = readFileSync(swPath, 'utf8');
		expect(sw).toContain(oldVersion);
		writeFileSync(swPath, sw.replaceAll(oldVersion, newVersion));
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

		const banner = page.getByTestId('update-banner');
		await expect(banner).toContainText('Có phiên bản mới — tải lại');
		// Until asked, the old version keeps running with its own files only.
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
		await expect(page.getByTestId('nav-dashboard')).toBeVisible();

		const reloaded = page.waitForEvent('load');
		const otherReloaded = other.waitForEvent('load');
		await page.getByTestId('update-reload').click();
		await reloaded;
		await otherReloaded;
		await waitForRows(page);
		await waitForRows(other);
		await expect(page.getByTestId('update-banner')).toHaveCount(0);
		await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`ntm-${newVersion}`]);
	});

	test('under a base path (/ntm), the offline copy serves every route of the app', async ({ page, context }) => {
		test.setTimeout(240_000);
		dir = mkdtempSync(join(tmpdir(), 'ntm-base-'));
		const out = join(dir, 'ntm');
		execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
			cwd: ROOT,
			env: { ...process.env, BASE_PATH: '/ntm', BUILD_DIR: out, KIT_OUT_DIR: `.svelte-kit-base-${OWN_PORT}` },
			stdio: 'ignore'
		});
		expect(existsSync(join(out, 'service-worker.js'))).toBe(true);
		// The host answers every path with the app shell, as for the root build.
		cpSync(join(out, 'index.html'), join(dir, 'index.html'));
		server = await serve(dir, OWN_PORT);
		const origin = `http://127.0.0.1:${OWN_PORT}`;

		await page.goto(`${origin}/ntm/targets`);
		await waitForRows(page);
		await offlineReady(page);
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}/ntm/service-worker.js`);
		await context.setOffline(true);
		await page.reload();
		await waitForRows(page);
		await page.goto(`${origin}/ntm/dashboard`);
		await expect(page.locator('[data-testid="dashboard"] canvas').first()).toBeVisible();
		await page.goto(`${origin}/ntm/tables/goals`);
		await waitForRows(page);
		await page.goto(`${origin}/ntm/nothing-here`);
		await expect(page.getByTestId('error-page')).toHaveAttribute('data-status', '404');
		await noEnglishError(page);
	});
});

