// The Vietnamese dictionary (default language). One dictionary per language, kept in parts:
// core.ts and menu.ts are on the first page; excel.ts, dashboard.ts and association.ts (the
// association's registers) are registered by the code that shows them when it loads (*-texts.ts),
// so the first page does not carry them.
import { core } from './core';
import { menu } from './menu';
import type { association } from './association';
import type { resultsEntry } from './results-entry';
import { onboarding } from './onboarding';
import { tablePage } from './table-page';
import { safety } from './safety';
import { storage } from './storage';
import type { backup } from './backup';
import { shell } from './shell';
import type { help } from './help';
import type { pages } from './pages';
import type { excel } from './excel';
import type { dashboard } from './dashboard';
import type { criteria } from './criteria';
import type { report } from './report';
import type { collect } from './collect';
import type { units } from './units';

export type DictKey =
	| keyof typeof core
	| keyof typeof menu
	| keyof typeof association
	| keyof typeof resultsEntry
	| keyof typeof onboarding
	| keyof typeof tablePage
	| keyof typeof safety
	| keyof typeof storage
	| keyof typeof backup
	| keyof typeof shell
	| keyof typeof help
	| keyof typeof pages
	| keyof typeof excel
	| keyof typeof dashboard
	| keyof typeof criteria
	| keyof typeof report
	| keyof typeof collect
	| keyof typeof units;

/** Every key is typed; the parts of features not loaded yet are filled in by registerDictionary. */
export const vi = { ...core, ...menu, ...onboarding, ...tablePage, ...safety, ...storage, ...shell } as Record<DictKey, string>;
