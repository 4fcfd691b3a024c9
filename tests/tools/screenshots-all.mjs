// Screenshots of every page at a laptop (1366×768) and a phone (390×844) size, in Vietnamese and
// English, for a look (not a test): BASE_URL=http://127.0.0.1:4173 node tests/tools/screenshots-all.mjs
// Needs a server on BASE_URL (node tests/tools/serve.mjs 4173 build). Writes docs/screenshots/pages/.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const pages = ['/targets', '/communes', '/plan', '/association', '/association/results', '/tables/models', '/reports', '/collect', '/dashboard', '/tables', '/help'];
const sizes = { laptop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };
const out = 'docs/screenshots/pages';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
for (const [size, viewport] of Object.entries(sizes)) {
	for (const lang of ['vi', 'en']) {
		const page = await browser.newPage({ viewport, locale: 'vi-VN' });
		page.on('pageerror', (e) => console.log('page error:', e.message));
		await page.goto(base + '/targets');
		await page.evaluate((l) => {
			localStorage.setItem('ntm.lang', l);
			localStorage.setItem('ntm.hint.dismissed', '1');
		}, lang);
		for (const path of pages) {
			await page.goto(base + path);
			await page.waitForTimeout(1200);
			const name = `${path.slice(1).replace(/\//g, '-')}-${size}-${lang}.png`;
			await page.screenshot({ path: `${out}/${name}` });
			console.log('saved', name);
		}
		await page.close();
	}
}
await browser.close();
