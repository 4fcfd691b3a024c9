// Apply a preview: new rows, cell changes, resolved conflicts and (replace mode) deletions,
// in one transaction through the app's one write path, recorded as one undo step.
import type { NtmDatabase } from '$lib/db/database';
import { applyChanges, type Change } from '$lib/db/write';
import { AppError, toAppError } from '$lib/db/errors';
import { loadLookup } from '$lib/db/read';
import { changesSeen } from '$lib/db/changes';
import { labelOf, tvi } from '$lib/i18n/translate';
import { conflictKey, type Preview } from './preview';

export type Resolution = 'mine' | 'theirs' | 'base';

/** Per conflicting cell (key from `conflictKey(table, id, field)`): which value to keep. */
export type Resolutions = Record<string, Resolution>;

export interface Summary {
	added: number;
	updated: number;
	deleted: number;
	unchanged: number;
	/** Rows with errors, not imported. */
	skipped: number;
	/** The undo entry's sequence number (null when nothing changed). */
	historySeq: number | null;
	/** Vietnamese summary sentence. */
	message: string;
}

export interface ApplyOptions {
	/** Used for conflicts with no entry in `resolutions`; without it such conflicts refuse the apply. */
	defaultResolution?: Resolution;
}

/** The changes a preview stands for (pure; throws AppError on unresolved conflicts). */
export function previewToChanges(preview: Preview, resolutions: Resolutions = {}, opts: ApplyOptions = {}): Change[] {
	if (preview.blocking) {
		throw new AppError('excel.err.cannotApply', { detail: preview.issues.find((i) => i.level === 'error')?.message ?? '' });
	}
	const changes: Change[] = [];
	let unresolved = 0;
	for (const row of preview.rows) {
		if (row.status === 'new' && row.record) {
			// The preview's record already has the row's id; the write path copies what it stores.
			const record = row.record.id === row.id ? (row.record as Record<string, unknown> & { id: string }) : { ...row.record, id: row.id };
			changes.push({ op: 'insert', table: row.table, record });
		} else if (row.status === 'changed' || row.status === 'conflict') {
			const patch: Record<string, unknown> = {};
			for (const c of row.changes) patch[c.key] = c.new;
			for (const c of row.conflicts) {
				const choice = resolutions[conflictKey(row.table, row.id, c.key)] ?? opts.defaultResolution;
				if (!choice) {
					unresolved++;
					continue;
				}
				if (choice === 'theirs') patch[c.key] = c.theirs;
				else if (choice === 'base') patch[c.key] = c.base;
			}
			if (Object.keys(patch).length) changes.push({ op: 'patch', table: row.table, id: row.id, patch, expectedVersion: row.expectedVersion });
		}
	}
	if (unresolved) throw new AppError('excel.err.unresolved', { n: unresolved });
	for (const d of preview.deletions) changes.push({ op: 'delete', table: d.table, id: d.id, expectedVersion: d.expectedVersion });
	return changes;
}

/** Write the preview. All or nothing: on any error (AppError with a Vietnamese key) nothing is changed. */
export async function applyPreview(
	db: NtmDatabase,
	preview: Preview,
	resolutions: Resolutions = {},
	opts: ApplyOptions = {}
): Promise<Summary> {
	// The names as the preview read them, while no change has been heard of since; else read again
	// while the changes are worked out. (The write path uses them for derived fields and messages.)
	const lookupRead = preview.read && preview.read.changes === changesSeen() ? Promise.resolve(preview.read.lookup) : loadLookup(db);
	lookupRead.catch(() => {});
	const changes = previewToChanges(preview, resolutions, opts);
	let entry;
	try {
		const lookup = await lookupRead;
		entry = await applyChanges(db, changes, {
			label: labelOf('history.import', { file: preview.fileName }),
			source: 'import',
			lookup,
			trusted: true,
			previewed: true
		});
	} catch (e) {
		throw toAppError(e);
	}
	// What was written, from the undo step: a row that was not there before was added (an insert),
	// a row that was and still is was updated (a patch); deletions are counted from the preview.
	let added = 0;
	let updated = 0;
	for (const i of entry?.items ?? []) {
		if (i.after === null) continue;
		if (i.state === null) added++;
		else updated++;
	}
	const deleted = preview.deletions.length;
	const unchanged = preview.counts.unchanged + preview.counts.kept + (preview.counts.changed + preview.counts.conflict - updated);
	const skipped = preview.counts.error;
	const summary = { added, updated, deleted, unchanged: Math.max(0, unchanged), skipped };
	return {
		...summary,
		historySeq: entry?.seq ?? null,
		message: tvi('excel.summary', summary)
	};
}
