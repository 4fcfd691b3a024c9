// Printing a grid's view (the "In" button of every table page, loaded when pressed): every row as
// filtered and sorted, not only those on screen, as a titled table with the filters in words, the
// date, the row count and page numbers (print.css), then the browser's print dialog. Plain DOM with
// textContent (no Svelte here, so the first page's Svelte runtime does not grow; no cell text is HTML).
import { schemas, formatValue, type Column, type TableName } from '$lib/schema';
import { app } from '$lib/ui/app-state.svelte';
import { t, i18n, numberLocale } from '$lib/i18n/lang.svelte';
import { formatNumber } from '$lib/domain/numbers';
import type { DictKey } from '$lib/i18n/translate';
import '$lib/i18n/report-texts';
import './print.css';

type View = { rows: Record<string, unknown>[]; columns: string[]; computed?: { key: string; header: string }[] };
export interface ViewFilters {
	/** Selected values per filter parameter (the URL's). */
	state: Record<string, string[]>;
	q: string;
	/** The toolbar's choices, to name the selected values. */
	fields: { key: string; options: { value: string; label: string }[] }[];
}

/** The filters in words ("Huyện: Đại Lộc; Năm: 2024; "đại""), '' for none. */
export function filtersText(table: TableName, f: ViewFilters): string {
	const parts = ((schemas[table].filters ?? []) as { param: string; label: DictKey }[])
		.filter((d) => f.state[d.param]?.length)
		.map((d) => {
			const options = f.fields.find((x) => x.key === d.param)?.options ?? [];
			return `${t(d.label)}: ${f.state[d.param].map((v) => options.find((o) => o.value === v)?.label ?? v).join(', ')}`;
		});
	if (f.q) parts.push(`"${f.q}"`);
	return parts.join('; ');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	if (text !== undefined) e.textContent = text;
	if (cls) e.className = cls;
	return e;
}

/** The print area of a view: a title, the filters, the date and count, the table. */
export function printTable(table: TableName, view: View, filters: string): HTMLElement {
	const def = schemas[table];
	const cols = view.columns.map((key) => {
		const col = (def.columns as Column<any>[]).find((c) => c.key === key);
		const computed = view.computed?.find((c) => c.key === key);
		return {
			header: col ? (col.title ?? t(col.label)) : (computed?.header ?? key),
			text: (row: Record<string, unknown>) => (col ? formatValue(col, row[key], i18n.lang, app.lookup) : String(row[key] ?? '')),
			cls: !col ? '' : ['int', 'number', 'year'].includes(col.type) ? 'num' : ['date', 'datetime', 'deadline'].includes(col.type) ? 'nowrap' : ''
		};
	});
	const d = new Date();
	const date = `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
	const area = el('div', undefined, 'print-area');
	area.dataset.testid = 'print-area';
	const box = el('div', undefined, 'print-table');
	box.dataset.testid = 'print-table';
	// The page's name in the menu where it has one ("Danh sách xã"), else the table's.
	const page = def.page as { nav?: DictKey } | undefined;
	box.append(
		el('h2', t(page?.nav ?? def.title)),
		el('p', filters ? t('print.filters', { filters }) : t('print.noFilter'), 'meta'),
		el('p', `${t('print.date', { date })} · ${t('print.rows', { n: formatNumber(view.rows.length, numberLocale()) })}`, 'meta')
	);
	const tableEl = el('table');
	const head = el('tr');
	head.append(el('th', 'STT'), ...cols.map((c) => el('th', c.header)));
	tableEl.append(el('thead'));
	tableEl.tHead!.append(head);
	const body = el('tbody');
	view.rows.forEach((row, i) => {
		const tr = el('tr');
		tr.append(el('td', String(i + 1), 'num'), ...cols.map((c) => el('td', c.text(row), c.cls)));
		body.append(tr);
	});
	tableEl.append(body);
	box.append(tableEl);
	area.append(box);
	return area;
}

let shown: HTMLElement | null = null;

/** Put the view in the print area at the end of <body> (replacing an earlier one) and open the print dialog. */
export function printView(table: TableName, view: View, filters: ViewFilters) {
	shown?.remove();
	shown = printTable(table, view, filtersText(table, filters));
	document.body.append(shown);
	window.print();
}
