export * from './types';
export * from './values';
export * from './tables';
export * from './record';
