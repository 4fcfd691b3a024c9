// Building the name lookup from the database.
import { Lookup } from '$lib/domain/lookup';
import type { NtmDatabase } from './database';

export async function loadLookup(db: NtmDatabase): Promise<Lookup> {
	const [districts, communes, targets] = await Promise.all([
		db.districts.toArray(),
		db.communes.toArray(),
		db.targets.toArray()
	]);
	// The plan's own spellings ("Tà Bhing", "Duy Phủ") are accepted as names of their commune.
	const aliases: Record<string, string> = {};
	for (const t of targets) if (t.planName && t.communeId) aliases[t.planName] = t.communeId;
	return new Lookup(districts, communes, aliases);
}
