// A cell edited here from a value another tab has changed since (app-state.svelte.ts write): what
// the other tab stored, and the choice to store this tab's value anyway. Loaded when it happens.
import { getDb, type Change, type HistorySource } from '$lib/db';
import { formatValue, rowLabelOf, schemas, type Column, type TableName } from '$lib/schema';
import { i18n, t } from '$lib/i18n/lang.svelte';
import { app, notify, write } from './app-state.svelte';

/**
 * One cell edited from a value another tab has changed since: say what the other tab stored and
 * offer to store this tab's value anyway (over the version now stored). False when the change is
 * not one cell (a paste keeps the general message).
 */
export async function offerMine(changes: Change[], label: string, source: HistorySource): Promise<boolean> {
	const c = changes[0];
	if (changes.length !== 1 || c.op !== 'patch' || Object.keys(c.patch).length !== 1) return false;
	const key = Object.keys(c.patch)[0];
	const table = c.table as TableName;
	const col = (schemas[table].columns as Column<any>[]).find((x) => x.key === key);
	const stored = (await getDb().table(table).get(c.id)) as Record<string, unknown> | undefined;
	if (!col || !stored) return false;
	const text = (v: unknown) => formatValue(col, v, i18n.lang, app.lookup) || t('tabs.empty');
	const message = t('tabs.stale', {
		column: col.title ?? t(col.label),
		row: rowLabelOf(table, stored, app.lookup, c.id),
		theirs: text(stored[key]),
		mine: text(c.patch[key])
	});
	notify('error', message, { label: t('tabs.applyMine'), run: () => void write([{ ...c, expectedVersion: Number(stored.version) }], label, source) });
	return true;
}
