// Web Worker: parsing off the main thread (worker-read.ts says what it posts). Receives
// { id, name, bytes }; SheetJS is not part of this code and loads only when a file needs it.
import { en } from '$lib/i18n/en';
import { registerDictionary } from '$lib/i18n/translate';
import '$lib/i18n/excel-texts';
import { readForPage, type WorkerMessage, type WorkerRequest } from './worker-read';

// English labels are read too (a workbook exported in English); register them here.
registerDictionary('en', en);

const ctx = self as unknown as {
	onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
	postMessage: (m: WorkerMessage, transfer?: Transferable[]) => void;
};

ctx.onmessage = (e) => void readForPage(e.data, (m, transfer) => ctx.postMessage(m, transfer ?? []));
