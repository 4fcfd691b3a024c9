// The targets' rows are read while the app starts, before this page is shown (db/early-read.ts).
import { wantTable } from '$lib/db/early-read';

export const load = () => wantTable('targets');
