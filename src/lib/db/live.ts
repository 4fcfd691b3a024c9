// Live views of the database. Dexie's liveQuery re-runs on every commit, in this tab or another
// (BroadcastChannel), and is a valid Svelte store.
import { liveQuery, type Observable } from 'dexie';
import type { TableName, TableRecords } from '$lib/domain/records';
import { getDb } from './database';

/** All tables the dashboard and lookups need, as one live value. */
export function liveAll(): Observable<{ [T in TableName]: TableRecords[T][] }> {
	return liveQuery(async () => {
		const db = getDb();
		const [districts, communes, targets, districtTargets, goals, indicators] = await Promise.all([
			db.districts.toArray(),
			db.communes.toArray(),
			db.targets.toArray(),
			db.districtTargets.toArray(),
			db.goals.toArray(),
			db.indicators.toArray()
		]);
		return { districts, communes, targets, districtTargets, goals, indicators };
	});
}
