// The seed files (seeds/*.json), each named by its table's entry in the registry (`seed.file`).
// In the browser a file is fetched as data (Vite copies each JSON file as an asset and gives its
// URL), so the plan's data is not shipped as script; where there is no page (unit tests) it is
// imported. Nothing here lists the tables: a new table's seed file is found by its name.
const urls = import.meta.glob('./*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
// Only where there is no page: the browser build leaves these imports out (a first run fetched their
// list with the URLs: 0.5 KB gzip).
const modules = (import.meta.env.SSR ? import.meta.glob('./*.json', { import: 'default' }) : {}) as Record<string, () => Promise<unknown>>;

/** The rows of one seed file ("targets.json"). */
export async function seedFile(file: string): Promise<unknown[]> {
	const key = `./${file}`;
	if (typeof document !== 'undefined' && urls[key]) {
		const res = await fetch(urls[key]);
		if (!res.ok) throw new Error(`${urls[key]}: HTTP ${res.status}`);
		return (await res.json()) as unknown[];
	}
	const load = modules[key];
	if (!load) throw new Error(`no seed file ${file}`);
	return (await load()) as unknown[];
}
