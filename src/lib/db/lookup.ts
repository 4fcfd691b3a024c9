// Building the name lookup from the database.
import { Lookup } from '$lib/domain/lookup';
import type { NtmDatabase } from './database';
import { loadAliases } from './seed';

export async function loadLookup(db: NtmDatabase): Promise<Lookup> {
	const [districts, communes, aliases] = await Promise.all([
		db.districts.toArray(),
		db.communes.toArray(),
		loadAliases(db)
	]);
	return new Lookup(districts, communes, aliases);
}
