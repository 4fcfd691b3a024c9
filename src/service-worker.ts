/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline copy of the app (SvelteKit's service worker, after its docs' example). On install it
// stores every file of this build (the code loaded on demand too: Excel, charts, workers, the help
// images) and the app shell in a cache named for the build's version. It serves only from that cache:
// the page, its chunks and its workers are always of one version, never a mix of old and new. A new
// version waits until the page asks it to take over (the "new version" banner, UpdateBanner.svelte),
// then the old cache is deleted and every tab reloads.
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `ntm-${version}`;
/** The app shell: adapter-static's fallback page, served by the host for every path of the app. */
const SHELL = `${base}/index.html`;
const ASSETS = new Set([...build, ...files, SHELL]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) =>
			// no-cache: revalidate with the host, so a stale HTTP copy of a non-hashed file is not kept.
			cache.addAll([...ASSETS].map((url) => new Request(url, { cache: 'no-cache' })))
		)
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The first visit's page is taken over at once, so what it loads on demand works offline.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// A file of this build, or any page of the app (the shell, which routes in the browser).
	const key = ASSETS.has(url.pathname) ? url.pathname : request.mode === 'navigate' && isAppPath(url.pathname) ? SHELL : null;
	if (!key) return;
	event.respondWith(
		(async () => {
			const cached = await (await caches.open(CACHE)).match(key);
			// Not there only if the cache was cleared by the browser: ask the host.
			return cached ?? fetch(request);
		})()
	);
});

function isAppPath(pathname: string): boolean {
	return pathname === base || pathname.startsWith(`${base}/`);
}
