// The header's pages: a few entries of their own and three menus ("Kế hoạch", "Hội CCB", "Bảng & dữ
// liệu"), so that every page is one or two clicks from the header and the header keeps to one line
// at 1366 px in both languages. Tables with a page of their own and a `nav` key (the registry) come
// in by their `group`: no group, an entry of its own; 'plan' or 'association', that menu (their
// heads, schema/heads.ts: the menu does not load the tables' definitions).
import type { DictKey } from '$lib/i18n/translate';
import { HEADS, TABLE_NAMES } from '$lib/schema/heads';

export interface NavLink {
	href: string;
	key: DictKey;
}
export interface NavGroup {
	id: 'plan' | 'association' | 'data';
	key: DictKey;
	links: NavLink[];
}
export type NavItem = NavLink | NavGroup;

const tablePages = (group: string | undefined): NavLink[] =>
	[...TABLE_NAMES]
		.sort((a, b) => HEADS[a].sheetOrder - HEADS[b].sheetOrder)
		.flatMap((name) => {
			const page = HEADS[name].page as { path?: string; nav?: DictKey; group?: string } | undefined;
			return page?.nav && page.group === group ? [{ href: page.path ?? `/tables/${name}`, key: page.nav }] : [];
		});

export const NAV: NavItem[] = [
	...tablePages(undefined),
	{ id: 'plan', key: 'nav.group.plan', links: [{ href: '/plan', key: 'nav.plan' }, ...tablePages('plan')] },
	{ href: '/dashboard', key: 'nav.dashboard' },
	{ id: 'association', key: 'nav.group.association', links: [{ href: '/association', key: 'nav.associationHome' }, ...tablePages('association')] },
	{
		id: 'data',
		key: 'nav.group.data',
		links: [
			{ href: '/tables', key: 'nav.tables' },
			{ href: '/data', key: 'nav.data' }
		]
	},
	{ href: '/help', key: 'nav.help' }
];

export const isGroup = (item: NavItem): item is NavGroup => 'links' in item;

/** The association's registers open under "Hội CCB"; the other tables under "Tất cả bảng". */
const associationTables = new Set<string>(
	TABLE_NAMES.filter((t) => (HEADS[t].page as { group?: string } | undefined)?.group === 'association')
);

/** Whether a header link is the page at `path` (the app's path, without the base). */
export function isActive(path: string, href: string): boolean {
	const p = path || '/';
	const table = p.startsWith('/tables/') ? p.slice('/tables/'.length) : '';
	if (href === '/association') return p.startsWith('/association') || associationTables.has(table);
	if (href === '/tables') return p === '/tables' || (!!table && !associationTables.has(table));
	return p === href || (href === '/targets' && p === '/');
}

/** The test id of a header link: `nav-<path>` ("nav-communes", "nav-association"). */
export const navTestId = (href: string) => `nav-${href.slice(1).replace(/\//g, '-')}`;
