export * from './database';
export * from './errors';
export * from './seed';
// The write path loads with the first change (app-state.svelte.ts): import it from './write' by path.
export type { Change, ApplyOptions, UndoOptions, TabHistoryEntry, TabHistoryItem, TableRecords } from './write';
export { historyCounts, setWriterTab } from './history-counts';
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
