import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './tools/chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The app is built first (`npm run build`); the preview server serves build/ as a static host would.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	timeout: 90_000,
	expect: { timeout: 15_000 },
	workers: 1,
	reporter: [['list']],
	outputDir: 'test-results',
	webServer: {
		command: `node tests/tools/serve.mjs ${port} ${process.env.BUILD_DIR ?? 'build'}`,
		url: `http://127.0.0.1:${port}/`,
		cwd: root,
		reuseExistingServer: false,
		timeout: 60_000
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		acceptDownloads: true,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		viewport: { width: 1400, height: 900 },
		launchOptions: {
			executablePath: chromiumPath(),
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	}
});
