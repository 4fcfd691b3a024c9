// The English dictionary, whole (loaded only when someone switches to English): every key of the
// Vietnamese one, checked by the type and a test.
import type { DictKey } from '../vi';
import { core } from './core';
import { menu } from './menu';
import { association } from './association';
import { resultsEntry } from './results-entry';
import { onboarding } from './onboarding';
import { tablePage } from './table-page';
import { shell } from './shell';
import { help } from './help';
import { pages } from './pages';
import { dashboard } from './dashboard';
import { excel } from './excel';
import { criteria } from './criteria';
import { report } from './report';
import { safety } from './safety';
import { storage } from './storage';
import { backup } from './backup';
import { collect } from './collect';
import { units } from './units';

export const en: Record<DictKey, string> = { ...core, ...menu, ...association, ...resultsEntry, ...onboarding, ...tablePage, ...shell, ...help, ...pages, ...dashboard, ...excel, ...criteria, ...report, ...safety, ...storage, ...backup, ...collect, ...units };
