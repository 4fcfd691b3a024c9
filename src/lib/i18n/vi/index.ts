// The Vietnamese dictionary (default language). One object; features keep their keys in their own file.
import { core } from './core';

export const vi = { ...core };
export type DictKey = keyof typeof vi;
