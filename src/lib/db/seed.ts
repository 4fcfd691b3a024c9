// First-run seeding and "reset to the plan". The seed module is loaded only when needed.
import { TABLE_NAMES, type TableName, type TableRecords } from '$lib/domain/records';
import type { NtmDatabase } from './database';
import { publishChanges } from './changes';

const SEED_KEY = 'seeded';

/** The plan's data: fetched as JSON in the browser; imported as modules where there is no page (tests). */
async function loadSeeds(): Promise<{ seedData: { [T in TableName]: TableRecords[T][] }; SEED_VERSION: number }> {
	if (typeof document === 'undefined') return import('$seeds/index');
	const { SEED_URLS, SEED_VERSION } = await import('$seeds/urls');
	const entries = await Promise.all(
		TABLE_NAMES.map(async (t) => {
			const res = await fetch(SEED_URLS[t]);
			if (!res.ok) throw new Error(`${SEED_URLS[t]}: HTTP ${res.status}`);
			return [t, await res.json()] as const;
		})
	);
	return { seedData: Object.fromEntries(entries) as { [T in TableName]: TableRecords[T][] }, SEED_VERSION };
}

/** The plan's own spellings of commune names ("Tà Bhing" -> 20710), kept for name matching. */
function planAliases(targets: { planName: string; communeId: string }[]): Record<string, string> {
	const aliases: Record<string, string> = {};
	for (const t of targets) if (t.planName && t.communeId) aliases[t.planName] = t.communeId;
	return aliases;
}

export async function loadAliases(db: NtmDatabase): Promise<Record<string, string>> {
	return ((await db.meta.get('aliases'))?.value as Record<string, string> | undefined) ?? {};
}

function seedTables(db: NtmDatabase) {
	return [...TABLE_NAMES.map((t) => db.table_(t)), db.meta, db.history];
}

/** Load the plan's data if this database has never been seeded. Never overwrites user data. */
export async function ensureSeeded(db: NtmDatabase): Promise<boolean> {
	if (await db.meta.get(SEED_KEY)) return false;
	const { seedData, SEED_VERSION } = await loadSeeds();
	const seeded = await db.transaction('rw', seedTables(db), async () => {
		if (await db.meta.get(SEED_KEY)) return false; // another tab seeded first
		for (const t of TABLE_NAMES) {
			if ((await db.table_(t).count()) > 0) return false; // data exists: never overwrite
		}
		for (const t of TABLE_NAMES) await db.table_(t).bulkAdd(seedData[t] as never[]);
		await db.meta.put({ key: SEED_KEY, value: { version: SEED_VERSION, at: new Date().toISOString() } });
		await db.meta.put({ key: 'aliases', value: planAliases(seedData.targets) });
		if (!(await db.meta.get('datasetId'))) await db.meta.put({ key: 'datasetId', value: newDatasetId() });
		return true;
	});
	if (seeded) publishAll();
	return seeded;
}

function publishAll() {
	publishChanges(Object.fromEntries(TABLE_NAMES.map((t) => [t, 'all' as const])));
}

/** Replace everything with the plan's data and clear the undo history ("Khôi phục dữ liệu kế hoạch"). */
export async function resetToPlan(db: NtmDatabase): Promise<void> {
	const { seedData, SEED_VERSION } = await loadSeeds();
	await db.transaction('rw', seedTables(db), async () => {
		for (const t of TABLE_NAMES) {
			await db.table_(t as TableName).clear();
			await db.table_(t).bulkAdd(seedData[t] as never[]);
		}
		await db.history.clear();
		await db.meta.put({ key: SEED_KEY, value: { version: SEED_VERSION, at: new Date().toISOString() } });
		await db.meta.put({ key: 'aliases', value: planAliases(seedData.targets) });
	});
	publishAll();
}

function newDatasetId(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
