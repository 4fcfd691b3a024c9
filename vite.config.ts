import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { communityTexts } from './src/lib/grid/locale-keys.js';

/** `virtual:ag-grid-locale-vi`: AG Grid's Vietnamese texts without those of Enterprise features. */
function agGridLocaleVi(): Plugin {
	const id = 'virtual:ag-grid-locale-vi';
	return {
		name: 'ag-grid-locale-vi',
		resolveId: (source) => (source === id ? '\0' + id : null),
		load(source) {
			if (source !== '\0' + id) return null;
			const { AG_GRID_LOCALE_VN } = createRequire(import.meta.url)('@ag-grid-community/locale');
			return `export default ${JSON.stringify(communityTexts(AG_GRID_LOCALE_VN))};`;
		}
	};
}

export default defineConfig({
	plugins: [agGridLocaleVi(), sveltekit()],
	preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
	server: { fs: { allow: ['seeds'] } },
	worker: { format: 'es' },
	// Seed files (`?url` JSON) stay files: the app fetches them, and the Content-Security-Policy
	// (svelte.config.js, connect-src 'self') refuses to fetch the data: URLs Vite would inline.
	build: { assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined) },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		// Workbook and database tests take 1-3 s alone; on a loaded 2-core machine 5 s (the default) is not
		// enough. A hang still fails. Speed itself is measured by the benchmark, not here.
		testTimeout: 30_000
	}
});
