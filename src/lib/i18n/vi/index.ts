// The Vietnamese dictionary (default language). One object per language; each feature keeps its
// keys in its own file (core.ts, excel.ts, dashboard.ts) so they can grow independently.
import { core } from './core';

export const vi = { ...core };
export type DictKey = keyof typeof vi;
