// The targets' rows, and those of the tables their derived values follow, are read while the app
// starts, before this page is shown (db/early-read.ts); the small tables first.
import { wantTable } from '$lib/db/early-read';
import '$lib/schema/core';
import { viewTables } from '$lib/schema/registry';

export const load = () => {
	for (const t of viewTables('targets')) wantTable(t, true); // in key order, as TablePage reads them
	wantTable('targets');
};
