// A plain static file server for build/, as any static host would serve the app: files as they
// are, and index.html (the app shell) for every other path so deep links work.
// Usage: node tests/tools/serve.mjs [port] [dir]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const root = resolve(process.argv[3] ?? 'build');
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

async function file(path) {
	try {
		const s = await stat(path);
		if (s.isDirectory()) return file(join(path, 'index.html'));
		return { body: await readFile(path), type: types[extname(path)] ?? 'application/octet-stream' };
	} catch {
		return null;
	}
}

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = normalize(join(root, decodeURIComponent(url.pathname)));
	if (!path.startsWith(root)) {
		res.writeHead(403).end();
		return;
	}
	const found = (await file(path)) ?? (await file(join(root, 'index.html')));
	if (!found) {
		res.writeHead(404).end('not built: run `npm run build` first');
		return;
	}
	const immutable = url.pathname.includes('/_app/immutable/');
	res.writeHead(200, {
		'content-type': found.type,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	res.end(found.body);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
