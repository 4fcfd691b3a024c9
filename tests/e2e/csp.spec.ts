// Content-Security-Policy (svelte.config.js kit.csp): every built page carries it, the fallback app
// shell included; it allows only the app's own origin, no eval and no inline script but SvelteKit's
// hashed start script; and the whole app runs under it: every page, import, export, the charts.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clearApp, waitForRows } from './helpers';

const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/workbook-v3.xlsx', import.meta.url)));
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every CSP violation the page reports, from the event and from the console. */
function collect(page: Page): string[] {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) seen.push(`console: ${m.text().slice(0, 300)}`);
	});
	page.on('pageerror', (e) => {
		if (/Content Security Policy|unsafe-eval/i.test(e.message)) seen.push(`error: ${e.message.slice(0, 300)}`);
	});
	void page.exposeFunction('__cspViolation', (v: string) => seen.push(v));
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	return seen;
}

test('the app shell served for any path carries the policy: own origin only, no eval, no inline script', async ({ request }) => {
	for (const path of ['/', '/targets', '/tables/models', '/khong-co']) {
		const html = await (await request.get(path)).text();
		const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
		expect(m, path).not.toBeNull();
		const policy = Object.fromEntries(
			m![1]
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.map(([name, ...values]) => [name, values])
		);
		expect(policy['default-src']).toEqual(["'self'"]);
		expect(policy['object-src']).toEqual(["'none'"]);
		expect(policy['connect-src']).toEqual(["'self'"]);
		expect(policy['worker-src']).toEqual(["'self'"]);
		// Scripts: the app's files and SvelteKit's start script by its hash, nothing else.
		expect(policy['script-src'][0]).toBe("'self'");
		expect(policy['script-src'].slice(1).length).toBeGreaterThan(0);
		for (const v of policy['script-src'].slice(1)) expect(v).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		expect(m![1]).not.toMatch(/unsafe-eval|\*|https?:/);
		// Each inline script of the page is one the policy's hashes allow.
		const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((s) => s[1]);
		expect(inline.length).toBe(policy['script-src'].length - 1);
	}
});

test('every page, import, export and the charts run with no CSP violation', async ({ page }) => {
	test.setTimeout(180_000);
	const violations = collect(page);
	await clearApp(page);
	await page.goto('/tables');
	await expect(page.getByTestId('table-list')).toBeVisible();
	// The watch works: an inline script added to the page is refused and reported.
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__inlineRan = true';
		document.body.append(s);
	});
	// Both watches report it: the console and the securitypolicyviolation event.
	await expect.poll(() => [violations.some((v) => v.startsWith('console:')), violations.some((v) => v.startsWith('script-src'))]).toEqual([true, true]);
	expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
	violations.length = 0;
	// The pages of the header's menu and of every table in the registry: new ones are covered too.
	const tablePaths = await page
		.locator('header nav a, [data-testid^="table-link-"]')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	for (const path of [...new Set(['/targets', '/communes', '/plan', '/association', '/association/results', '/dashboard', '/tables', ...tablePaths, '/help', '/khong-co'])]) {
		await page.goto(path);
		await expect(page.locator('main h1').first(), path).toBeVisible();
		if (path === '/dashboard') await expect(page.locator('[data-testid="dashboard"] canvas').first()).toBeVisible();
	}
	await page.goto('/targets');
	await waitForRows(page);
	// Export (SheetJS in a Web Worker, a blob: download), then import with its preview.
	const whole = page.waitForEvent('download');
	await page.getByTestId('export-all').click();
	expect((await whole).suggestedFilename()).toMatch(/\.xlsx$/);
	await expect(page.getByTestId('export-all')).toBeEnabled();
	const view = page.waitForEvent('download');
	await page.getByTestId('export-view-csv').click();
	expect((await view).suggestedFilename()).toMatch(/\.csv$/);
	await page.getByTestId('import-file').setInputFiles({ name: 'v3.xlsx', mimeType: XLSX_MIME, buffer: FIXTURE });
	await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', /^(preview|mapping)$/);
	await page.getByTestId('import-cancel').click();
	// In English too (the dictionary is loaded on demand).
	await page.getByTestId('lang-switch').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('/help');
	await expect(page.locator('main h1')).toBeVisible();
	expect(violations).toEqual([]);
});
