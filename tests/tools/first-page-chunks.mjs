// Which JS the first page loads (build/index.html plus the static imports of the targets route),
// and whether any of it contains SheetJS. Run after `npx vite build`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.env.BUILD_DIR ?? 'build';
const html = readFileSync(join(root, 'index.html'), 'utf8');
const start = [...html.matchAll(/(?:href|import\()"?(\/_app\/[^"')]+\.js)/g)].map((m) => join(root, m[1]));
// The route nodes the first page uses: the layout (0) and the page of '/' and '/targets'.
// The route table is in the app entry or, when the build groups the first page's code into a few
// chunks (vite.config.ts), in the chunk the entry re-exports it from.
const appFile = start.find((f) => f.includes('entry/app'));
let app = readFileSync(appFile, 'utf8');
for (const m of app.matchAll(/from\s*"(\.{1,2}\/[^"]+\.js)"/g)) app += readFileSync(resolve(dirname(appFile), m[1]), 'utf8');
const nodeFiles = readdirSync(join(root, '_app/immutable/nodes'));
const routeIds = [...app.matchAll(/"(\/[^"]*)":\[([^\]]*)\]/g)].map((m) => [m[1], m[2]]);
const wanted = new Set(['0']);
for (const [id, spec] of routeIds) if (id === '/' || id === '/targets') for (const x of spec.split(',')) if (/^-?\d+$/.test(x.trim())) wanted.add(String(Math.abs(Number(x))));
for (const n of wanted) {
	const f = nodeFiles.find((x) => x.startsWith(n + '.'));
	if (f) start.push(join(root, '_app/immutable/nodes', f));
}
const seen = new Set();
const queue = [...start];
while (queue.length) {
	const f = queue.shift();
	if (seen.has(f)) continue;
	seen.add(f);
	const src = readFileSync(f, 'utf8');
	// Static imports only (`import{...}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
	for (const m of src.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) queue.push(resolve(dirname(f), m[1]).replace(process.cwd() + '/', ''));
}
let total = 0;
let gz = 0;
let bad = [];
const rows = [...seen].map((f) => {
	const buf = readFileSync(f);
	const text = buf.toString('utf8');
	const z = gzipSync(buf).length;
	total += buf.length;
	gz += z;
	if (/SheetJS|XLSX\.version|"xlsx"|sheet_to_json|CFB\.read/.test(text)) bad.push(f);
	return [f.replace(root + '/_app/immutable/', ''), buf.length, z];
});
rows.sort((a, b) => b[1] - a[1]);
for (const [f, b, z] of rows) console.log(`${f.padEnd(34)} ${(b / 1024).toFixed(1).padStart(8)} KB  ${(z / 1024).toFixed(1).padStart(7)} KB gzip`);
console.log(`first page: ${rows.length} files, ${(total / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(1)} KB gzip; nodes ${[...wanted].join(', ')}`);
const xlsx = readdirSync(join(root, '_app/immutable/chunks')).filter((f) => /SheetJS|sheet_to_json/.test(readFileSync(join(root, '_app/immutable/chunks', f), 'utf8')));
for (const f of xlsx) console.log(`SheetJS is in chunks/${f} (${(statSync(join(root, '_app/immutable/chunks', f)).size / 1024).toFixed(0)} KB), loaded on demand`);
if (bad.length) {
	console.error('SheetJS reaches the first page:', bad);
	process.exit(1);
}
