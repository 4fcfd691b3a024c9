export * from './database';
export * from './errors';
export * from './seed';
export * from './write';
export * from './lookup';
export * from './live';
