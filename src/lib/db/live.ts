// Live views of the database. Dexie's liveQuery re-runs on every commit, in this tab or another
// (BroadcastChannel), and is a valid Svelte store.
import { liveQuery, type Observable } from 'dexie';
import { getDb } from './database';
import { readDataset, type Dataset } from './read';

/** Every table (the dashboard), as one live value. */
export function liveAll(): Observable<Dataset> {
	return liveQuery(() => readDataset(getDb()));
}
