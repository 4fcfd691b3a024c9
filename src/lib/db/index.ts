export * from './database';
export * from './errors';
export * from './seed';
export * from './write';
export * from './read';
export * from './live';
export * from './changes';
export * from './table-store';
export * from './migrations';
export * from './storage-errors';
export * from './marker';
export * from './marker-db';
// Not here, so that they stay off the first page (import them by path): storage.ts, storage-failure.ts,
// marker-update.ts, backup.ts, backup-snapshots.ts.
