// Load the app's TypeScript modules in node (with $lib and $seeds aliases) through Vite's SSR loader.
// Used by the Excel fixture and benchmark scripts.
import { createServer } from 'vite';

export async function withModules(fn) {
	const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
	try {
		const load = (p) => server.ssrLoadModule(p);
		return await fn(load);
	} finally {
		await server.close();
	}
}
