import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
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

export default defineConfig({
	plugins: [agGridLocaleVi(), agGridIcons(), agGridNoDefaultTheme(), sveltekit()],
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
