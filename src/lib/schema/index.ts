// Everything about tables, with every table's definition loaded (all.ts). The first page's code
// imports these modules by path instead (registry.ts says why).
export * from './types';
export * from './define';
export * from './values';
export * from './registry';
export * from './all';
export { HEADS, type TableHead } from './heads';
export * from './record';
export * from './normalise';
export * from './rules';
export * from './lookup';
export * from './overlay';
export * from './units';
