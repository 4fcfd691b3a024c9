// The Vietnamese dictionary (default language). One object per language; each feature keeps its
// keys in its own file (core.ts, excel.ts, dashboard.ts) so they can grow independently.
import { core } from './core';
import { dashboard } from './dashboard';
import { excel } from './excel';

export const vi = { ...core, ...dashboard, ...excel };
export type DictKey = keyof typeof vi;
