// Builds the benchmark harness: a page served next to the app (same origin, same IndexedDB) that
// drives the app's own modules (write path, Excel import and export) and the raw libraries.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root: fileURLToPath(new URL('./harness', import.meta.url)),
	base: '/__bench/',
	logLevel: 'warn',
	resolve: {
		alias: {
			$lib: `${root}src/lib`,
			$seeds: `${root}seeds`
		}
	},
	worker: { format: 'es' },
	build: {
		outDir: `${root}${process.env.BUILD_DIR ?? 'build'}/__bench`,
		emptyOutDir: true,
		chunkSizeWarningLimit: 5000
	}
});
