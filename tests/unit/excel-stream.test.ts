// Streaming a big sheet from the parse worker (read.ts RowSink, row-stream.ts, preview.ts): the rows
// handed on while the file is read are exactly the rows of the result, a preview made while they
// arrive equals the preview of the whole result, and when the fast reader gives up after rows were
// handed on, the stream says so (restart) and the result is what SheetJS reads.
import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { parseWorkbookBytes, type RowSink } from '../../src/lib/excel/read';
import { STREAM_ROWS } from '../../src/lib/excel/xlsx-reader';
import { RowStream, StreamRestart } from '../../src/lib/excel/row-stream';
import { buildPreview, type Preview } from '../../src/lib/excel/preview';
import { tvi } from '../../src/lib/i18n/translate';
import type { ParsedRow, ParsedWorkbook, ReadResult } from '../../src/lib/excel/types';
import { viewToXlsx } from '../../src/lib/excel/export-core';
import { Lookup } from '../../src/lib/domain/lookup';
import { schemas } from '../../src/lib/schema';
import { cloneSeed, parsed, seededDb, sheetBytes } from './excel-helpers';
import '../../src/lib/i18n/excel-texts';

const ROWS = 4 * STREAM_ROWS + 321;

/** A hand-made list of targets: every 2024 commune at every level, two years, then repeats (errors). */
function handMade(): Uint8Array {
	const data = cloneSeed();
	const names = data.communes.filter((c) => !c.validFrom).map((c) => c.name);
	const levels = ['ntm', 'nang_cao', 'kieu_mau'].map((l) => tvi(`enum.level.${l}` as never));
	const aoa: unknown[][] = [['Xã', 'Cấp độ', 'Năm', 'Trạng thái', 'Ghi chú']];
	for (let i = 0; i < ROWS; i++) {
		const level = levels[Math.floor(i / names.length) % 3];
		const year = 2026 + (Math.floor(i / (names.length * 3)) % 2);
		aoa.push([names[i % names.length], level, year, tvi('enum.status.not_started' as never), `ghi chú ${i}`]);
	}
	return sheetBytes({ 'Chỉ tiêu xã': aoa });
}

type Events = { head: ParsedWorkbook | null; sheet: number; rows: ParsedRow[]; restarts: number };

/** Parse with a sink that copies what it is given, as postMessage does for the page. */
function streamParse(bytes: Uint8Array, name = 'book.xlsx'): { events: Events; result: ReadResult } {
	const events: Events = { head: null, sheet: -1, rows: [], restarts: 0 };
	const sink: RowSink = {
		head(head, sheet) {
			events.head = structuredClone({ ...head, sheets: head.sheets.map((s, i) => (i === sheet ? { ...s, rows: [] } : s)) });
			events.sheet = sheet;
		},
		rows(sheet, rows) {
			expect(sheet).toBe(events.sheet);
			events.rows.push(...structuredClone(rows));
		},
		restart() {
			events.restarts++;
			events.head = null;
			events.rows = [];
		}
	};
	return { events, result: parseWorkbookBytes(bytes, name, undefined, { sink }) };
}

/** A preview without what differs between two runs: the random ids given to rows without one. */
function comparable(p: Preview) {
	const made = /^[a-z]+-[0-9a-f]{12}$/;
	return {
		...p,
		// The names each preview read (their own Lookup objects) are not part of what it shows.
		read: undefined,
		rows: p.rows.map((r) => ({ ...r, id: made.test(r.id) ? '' : r.id, record: r.record ? { ...r.record, id: '' } : undefined }))
	};
}

describe('a big sheet handed on while it is read', () => {
	it('hands on every row of the result, in order, after a head that matches the result', () => {
		const { events, result } = streamParse(handMade());
		const whole = parsed(result);
		expect(events.restarts).toBe(0);
		expect(events.head).not.toBeNull();
		const head = events.head!;
		expect(head.sheets.map((s) => ({ ...s, rows: [] }))).toEqual(whole.sheets.map((s) => ({ ...s, rows: [] })));
		expect(events.rows).toHaveLength(ROWS);
		expect(events.rows).toEqual(whole.sheets[events.sheet].rows);
		// Handed on before the end: the head came with the first part, not after the last row.
		expect(whole.sheets[events.sheet].rows.length).toBeGreaterThan(STREAM_ROWS);
	});

	it("streams the data sheet of the app's own view export after its information sheet", () => {
		const data = cloneSeed();
		const many = Array.from({ length: ROWS }, (_, i) => ({ ...data.targets[i % data.targets.length], id: `t-${i}`, notes: `ghi chú ${i}` }));
		const keys = schemas.targets.columns.filter((c) => !c.hidden).map((c) => c.key);
		const bytes = viewToXlsx('targets', many as never[], keys, 'vi', new Lookup(data.districts, data.communes));
		const { events, result } = streamParse(bytes);
		const whole = parsed(result);
		expect(events.restarts).toBe(0);
		expect(events.head).not.toBeNull();
		expect(events.head!.base).toEqual(whole.base);
		expect(events.head!.info).toEqual(whole.info);
		expect(events.rows).toEqual(whole.sheets[events.sheet].rows);
		// Every sheet reads as without a sink.
		expect(whole).toEqual(parsed(parseWorkbookBytes(bytes, 'book.xlsx')));
	});

	it('gives the same preview when compared while the rows arrive as when compared at the end', async () => {
		const db = await seededDb();
		const { events, result } = streamParse(handMade());
		const whole = parsed(result);
		const head = events.head!;
		const stream = new RowStream(events.sheet, head.sheets[events.sheet].rows);
		head.stream = stream;
		const early = buildPreview(db, head);
		for (let i = 0; i < events.rows.length; i += 700) {
			await new Promise((r) => setTimeout(r, 0));
			stream.push(events.rows.slice(i, i + 700));
		}
		stream.end('done');
		const streamed = await early;
		const atEnd = await buildPreview(db, whole);
		expect(streamed.counts.new + streamed.counts.error + streamed.counts.unchanged + streamed.counts.changed).toBe(ROWS);
		expect(streamed.counts.error).toBeGreaterThan(0);
		expect(comparable(streamed)).toEqual(comparable(atEnd));
		db.close();
	});

	it('refuses a preview on rows that no longer hold (StreamRestart)', async () => {
		const db = await seededDb();
		const { events } = streamParse(handMade());
		const head = events.head!;
		const stream = new RowStream(events.sheet, head.sheets[events.sheet].rows);
		head.stream = stream;
		const early = buildPreview(db, head);
		stream.push(events.rows.slice(0, 1500));
		await new Promise((r) => setTimeout(r, 0));
		stream.end('failed');
		await expect(early).rejects.toBeInstanceOf(StreamRestart);
		db.close();
	});

	it('says restart when the fast reader gives up after rows were handed on; the result is what SheetJS reads', () => {
		// Row 5 moved after row 2500: SheetJS reads it in place, the fast reader stops streaming.
		const files = unzipSync(handMade());
		const path = Object.keys(files).find((p) => /worksheets\/sheet1\.xml$/.test(p))!;
		let xml = strFromU8(files[path]);
		const row5 = /<row r="5"[^>]*>.*?<\/row>/.exec(xml)![0];
		xml = xml.replace(row5, '');
		const end2500 = /<row r="2500"[^>]*>.*?<\/row>/.exec(xml)!;
		xml = xml.slice(0, end2500.index + end2500[0].length) + row5 + xml.slice(end2500.index + end2500[0].length);
		files[path] = strToU8(xml);
		const bytes = zipSync(files);
		const { events, result } = streamParse(bytes);
		expect(events.restarts).toBe(1);
		expect(events.head).toBeNull();
		expect(result).toEqual(parseWorkbookBytes(bytes, 'book.xlsx', undefined, { reader: 'sheetjs' }));
	});
});
