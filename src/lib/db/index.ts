export * from './database';
export * from './errors';
export * from './seed';
export * from './write';
export * from './lookup';
export * from './live';
export * from './changes';
export * from './table-store';
