// Which Chromium the tests drive: Playwright's own when installed, else CHROMIUM_PATH, else Debian's.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function playwrightChromium() {
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('@playwright/test');
		const p = chromium.executablePath();
		return p && existsSync(p) ? p : undefined;
	} catch {
		return undefined;
	}
}

export function chromiumPath() {
	const own = playwrightChromium();
	if (own) return undefined; // let Playwright use its own browser
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(p)) return p;
	return '/usr/bin/chromium';
}
