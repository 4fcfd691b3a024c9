import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { communityTexts } from './src/lib/grid/locale-keys.js';
import { usedIcons } from './src/lib/grid/icon-names.js';

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

/**
 * The parse worker loads SheetJS from a chunk of its own (src/lib/excel/sheetjs.ts). Such worker
 * chunks are written beside the workers but are not in Vite's manifest, from which SvelteKit lists
 * the files its service worker stores for offline use: they are added to it here, so that a file
 * read with SheetJS (.xls, .csv, a number format) imports offline too.
 */
function workerChunksInManifest(): Plugin {
	return {
		name: 'worker-chunks-in-manifest',
		apply: 'build',
		// The manifest is written with the bundle; SvelteKit reads it once the client build is done.
		writeBundle(options, bundle) {
			const chunks = Object.keys(bundle).filter((file) => /\/workers\/chunks\/[^/]+\.js$/.test(file));
			if (!chunks.length) return;
			const path = `${options.dir}/.vite/manifest.json`;
			if (!existsSync(path)) this.error('worker-chunks-in-manifest: no manifest to list the workers\' chunks in; see vite.config.ts');
			const entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string }>;
			for (const file of chunks) entries[`worker-chunk:${file}`] = { file };
			writeFileSync(path, JSON.stringify(entries, null, 2));
		}
	};
}

/** `virtual:ag-grid-icons`: the Quartz icons the grids can show, as SVG text (src/lib/grid/icon-names.js). */
function agGridIcons(): Plugin {
	const id = 'virtual:ag-grid-icons';
	return {
		name: 'ag-grid-icons',
		resolveId: (source) => (source === id ? '\0' + id : null),
		load(source) {
			if (source !== '\0' + id) return null;
			const { iconSetQuartzRegular } = createRequire(import.meta.url)('ag-grid-community');
			const css = typeof iconSetQuartzRegular.css === 'function' ? iconSetQuartzRegular.css() : iconSetQuartzRegular.css;
			return `export default ${JSON.stringify(usedIcons(css))};`;
		}
	};
}

/**
 * AG Grid falls back to `themeQuartz` for a grid created without a `theme`, which keeps the whole
 * Quartz theme (its 84 icons: 7 KB gzip) in the bundle although every grid of the app passes its own
 * theme (src/lib/grid/theme.ts). This replaces that fallback with an empty theme, so the unused parts
 * can be left out. If AG Grid's code changes, the build stops here: check the fallback again.
 */
function agGridNoDefaultTheme(): Plugin {
	const from = 'getDefaultTheme() {\n    return themeQuartz;\n  }';
	return {
		name: 'ag-grid-no-default-theme',
		transform(code, id) {
			if (!/ag-grid-community[\\/]dist[\\/]package[\\/]main\.esm\.mjs$/.test(id)) return null;
			if (!code.includes(from)) this.error('ag-grid-no-default-theme: AG Grid\'s default theme fallback has changed; see vite.config.ts');
			return { code: code.replace(from, 'getDefaultTheme() {\n    return createTheme();\n  }'), map: null };
		}
	};
}


/**
 * SvelteKit's client reads two functions from Svelte's namespace by destructuring it
 * (`const { onMount, tick } = svelte;`), which keeps every export of Svelte in the bundle (hydrate,
 * the legacy lifecycle functions, createRawSnippet…), none of which this app uses. Reading the two
 * as properties lets the bundler leave the rest out. If the line changes, the build stops here.
 */
function kitSvelteNamespace(): Plugin {
	const from = 'const { onMount, tick } = svelte;';
	return {
		name: 'kit-svelte-namespace',
		apply: 'build',
		transform(code, id) {
			if (!/@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/.test(id)) return null;
			if (!code.includes(from)) this.error("kit-svelte-namespace: SvelteKit's client no longer has the line; see vite.config.ts");
			return { code: code.replace(from, 'const onMount = svelte.onMount;\nconst tick = svelte.tick;'), map: null };
		}
	};
}

/**
 * The first page's code in two chunks instead of about twenty: one with what every page loads (the
 * client's start, the layout, the error page: their static imports) and one with what the targets
 * page adds; AG Grid stays a chunk of its own (pages without a grid do not load it). Fewer files
 * compress better together (the same names and imports are not repeated in each) and are fewer
 * requests: about 7 KB gzip less. Only the client build; code loaded on demand is left as it was.
 */
function firstPageChunks(): Plugin {
	const roots = {
		shell: [/@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/, /generated[\\/]client-optimized[\\/]app\.js$/, /src[\\/]routes[\\/]\+(layout|error)\.(svelte|ts)$/],
		targets: [/src[\\/]routes[\\/]targets[\\/]\+page\.(svelte|ts)$/]
	};
	const grid = /node_modules[\\/](ag-grid-community|ag-stack)[\\/]/;
	type Info = { importedIds: readonly string[] } | null;
	const found = new Map<string, string[]>();
	return {
		name: 'first-page-chunks',
		apply: 'build',
		buildStart() {
			found.clear();
		},
		transform(_code, id) {
			for (const [name, tests] of Object.entries(roots)) if (tests.some((t) => t.test(id))) found.set(name, [...(found.get(name) ?? []), id]);
			return null;
		},
		outputOptions(options) {
			if ((this as unknown as { environment?: { name: string } }).environment?.name !== 'client') return null;
			let groupOf: Map<string, string> | null = null;
			const place = (id: string, info: (id: string) => Info) => {
				if (!groupOf) {
					// Each group: the modules its roots import statically, not already in an earlier group.
					groupOf = new Map();
					for (const name of Object.keys(roots)) {
						const queue = [...(found.get(name) ?? [])];
						while (queue.length) {
							const m = queue.pop()!;
							if (groupOf.has(m) || grid.test(m)) continue;
							groupOf.set(m, name);
							queue.push(...(info(m)?.importedIds ?? []));
						}
					}
				}
				return groupOf.get(id) ?? null;
			};
			return {
				...options,
				codeSplitting: {
					groups: [
						{ name: 'grid', test: grid, priority: 2 },
						{ name: (id, ctx) => place(id, (m) => ctx.getModuleInfo(m) as Info), priority: 1 }
					]
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [workerChunksInManifest(), agGridLocaleVi(), agGridIcons(), agGridNoDefaultTheme(), firstPageChunks(), kitSvelteNamespace(), sveltekit()],
	preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
	server: { fs: { allow: ['seeds'] } },
	worker: { format: 'es' },
	// Dexie's own ES module build for modern browsers (dist/modern), instead of the package's default
	// wrapper around its ES5 UMD build: the same Dexie version, 1.5 KB gzip less on the first page.
	// The wrapper only guards against two copies of Dexie in one page, which this app never has.
	resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
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
