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
		alias: { $seeds: 'seeds' }
	}
};
