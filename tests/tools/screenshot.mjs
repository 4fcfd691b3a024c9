// Screenshots of the built app's pages for a look (not a test): node tests/tools/screenshot.mjs URL... 
// Needs a running preview server (npx vite preview). Output in docs/screenshots/.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const pages = process.argv.slice(2);
mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
for (const p of pages) {
	const [path, name, lang] = p.split('@');
	await page.goto(base + path);
	if (lang === 'en') {
		await page.evaluate(() => localStorage.setItem('ntm.lang', 'en'));
		await page.goto(base + path);
	} else {
		await page.evaluate(() => localStorage.setItem('ntm.lang', 'vi'));
		await page.goto(base + path);
	}
	await page.waitForTimeout(1500);
	await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
	console.log('saved', name);
}
await browser.close();
