// The English dictionary: must have every key of the Vietnamese one (checked by the type and a test).
import type { vi } from '../vi';
import { core } from './core';
import { dashboard } from './dashboard';
import { excel } from './excel';

export const en: Record<keyof typeof vi, string> = { ...core, ...dashboard, ...excel };
