export * from './types';
export * from './define';
export * from './values';
export * from './registry';
export * from './record';
export * from './normalise';
export * from './rules';
export * from './lookup';
