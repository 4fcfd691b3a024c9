// `npm test`: every test, on a fresh machine. Finds a Chromium (Playwright's own, CHROMIUM_PATH,
// or Debian's /usr/bin/chromium; installs Debian's package when run as root on Debian), then runs
// the unit tests, the type check, the production build and the end-to-end tests in real Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumPath, playwrightChromium } from './chromium-path.mjs';

const started = Date.now();
function run(name, cmd, args, env = {}) {
	console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
	const t0 = Date.now();
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const secs = ((Date.now() - t0) / 1000).toFixed(1);
	if (r.status !== 0) {
		console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal}) after ${secs} s`);
		process.exit(r.status || 1);
	}
	console.log(`✓ ${name} (${secs} s)`);
}

function ensureChromium() {
	if (playwrightChromium()) return;
	const p = chromiumPath();
	if (existsSync(p)) return;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const isDebian = existsSync('/etc/debian_version');
	if (isRoot && isDebian) {
		console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
		run('apt-get update', 'apt-get', ['update', '-qq']);
		run('install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
		if (existsSync('/usr/bin/chromium')) return;
	}
	console.error(
		[
			'The end-to-end tests need Chromium, and none was found.',
			`Looked for: Playwright's own browser, CHROMIUM_PATH (${process.env.CHROMIUM_PATH ?? 'not set'}), /usr/bin/chromium.`,
			'Fix one of: `npx playwright install chromium`; or install your system\'s chromium package',
			'(Debian/Ubuntu: `sudo apt-get install chromium`); or set CHROMIUM_PATH to a Chromium or Chrome binary.'
		].join('\n')
	);
	process.exit(1);
}

ensureChromium();
run('unit tests', 'npx', ['vitest', 'run']);
run('type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error']);
run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('end-to-end tests', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts']);
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
