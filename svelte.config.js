import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// SPA: no page is prerendered; the fallback page is the app shell on any static host.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
		// BASE_PATH lets the same build be served under a sub-path (e.g. /ntm).
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		alias: { $seeds: 'seeds' }
	}
};
