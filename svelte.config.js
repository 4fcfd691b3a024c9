import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// SPA: no page is prerendered; the fallback page is the app shell on any static host.
		// BUILD_DIR and KIT_OUT_DIR let two builds run side by side (parallel work, benchmarks).
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: 'index.html', strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// BASE_PATH lets the same build be served under a sub-path (e.g. /ntm).
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		alias: { $seeds: 'seeds' },
		// The offline copy (src/service-worker.ts) is registered by UpdateBanner.svelte, which also offers new versions.
		serviceWorker: { register: false },
		// Content-Security-Policy, written into every built page as <meta http-equiv> (the README gives
		// the header a host should send too). Only the app's own origin: no inline script except
		// SvelteKit's start script, allowed by its hash; no eval (AG Grid is given functions, not string
		// expressions). Styles need 'unsafe-inline': AG Grid injects its theme CSS and Svelte sets style
		// attributes. Images may be data:/blob: (AG Grid's icons, Chart.js); downloads are blob: links.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};
