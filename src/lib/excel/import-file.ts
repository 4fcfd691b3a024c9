// A file chosen for import, read and compared in one go: the tables are read while the worker
// parses the file, and a big sheet is compared while the worker still reads it (parse.worker.ts,
// row-stream.ts). Used by the import dialog and the benchmark.
import type { NtmDatabase } from '$lib/db/database';
import { prepareBigWrite } from '$lib/db/write';
import { buildPreview, readLocal, type Preview, type PreviewOptions } from './preview';
import { StreamRestart } from './row-stream';
import { parseWorkbookFile } from './worker-client';
import type { Progress, ReadResult } from './types';

export async function readAndPreview(
	db: NtmDatabase,
	file: File,
	opts: PreviewOptions & { onProgress?: (p: Progress) => void } = {}
): Promise<{ result: ReadResult; preview: Preview | null }> {
	const { onProgress, ...previewOpts } = opts;
	prepareBigWrite();
	const local = readLocal(db);
	local.catch(() => {});
	let early: Promise<Preview> | null = null;
	const result = await parseWorkbookFile(file, onProgress, (head) => {
		early = buildPreview(db, head, { ...previewOpts, local });
		early.catch(() => {});
	});
	if ('error' in result) return { result, preview: null };
	if (early) {
		try {
			return { result, preview: await early };
		} catch (e) {
			if (!(e instanceof StreamRestart)) throw e;
		}
		// The rows compared early no longer hold: compare the result, against a fresh read.
		return { result, preview: await buildPreview(db, result, previewOpts) };
	}
	return { result, preview: await buildPreview(db, result, { ...previewOpts, local }) };
}
