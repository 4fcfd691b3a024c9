// Issue 12, item 9: random and hostile workbooks through the import code (read.ts parse, then
// preview.ts against a seeded database). Every case must be previewed or refused with a Vietnamese
// message; nothing may throw; nothing is written (only applyPreview writes, and it is not called).
//
// Cases come from fast-check generators with a fixed seed (the same cases every run). `npm test`
// runs FUZZ_RUNS=150 by default; the full run is `node tests/tools/fuzz.mjs` (1,000 cases, or
// FUZZ_RUNS=n), which prints the counts the README gives.
import { it, expect } from 'vitest';
import * as XLSX from 'xlsx';
import fc from 'fast-check';
import { parseWorkbookBytes } from '../../src/lib/excel/read';
import { buildPreview } from '../../src/lib/excel/preview';
import { translate } from '../../src/lib/i18n/translate';
import { TABLE_NAMES, schemas, type Column } from '../../src/lib/schema';
import { tvi } from '../../src/lib/i18n/translate';
import { datasetToXlsx } from '../../src/lib/excel/export';
import { cloneSeed, seededDb, INFO } from './excel-helpers';
import type { NtmDatabase } from '../../src/lib/db/database';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/** Letters only Vietnamese has (and đ): a Vietnamese message has some. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

// ---- What goes into the cells -------------------------------------------------------------------

/** Header texts the importer knows (so sheets are recognised as tables and rows are previewed). */
const HEADERS: string[] = TABLE_NAMES.flatMap((t) => (schemas[t].columns as Column<any>[]).map((c) => c.title ?? tvi(c.label)));
const SHEET_NAMES: string[] = [...TABLE_NAMES.map((t) => tvi(schemas[t].title)), 'Thông tin', '_goc', '_ds', 'Sheet1', 'Dữ liệu'];
const NASTY_TEXT = [
	'=HYPERLINK("http://x","bấm")',
	"'=1+1",
	'+84 905 123 456',
	'-',
	'@SUM(A1)',
	'<script>alert(1)</script>',
	'__proto__',
	'constructor',
	'{"a":1}',
	'\u0000\u0001\u0002',
	'Đại Lộc',
	'DAI LOC',
	'Xã Đại Thạnh',
	'nâng cao',
	'NTM kiểu mẫu',
	'31/02/2024',
	'2024-13-45',
	'Quý 5/2024',
	'NaN',
	'Infinity',
	'1e308',
	'-0',
	'   ',
	'\t\r\n',
	'🙂'.repeat(10)
];

const cellValueArb: fc.Arbitrary<XLSX.CellObject | null> = fc.oneof(
	{ weight: 3, arbitrary: fc.constant(null) },
	{ weight: 4, arbitrary: fc.constantFrom(...HEADERS).map((v) => ({ t: 's', v }) as XLSX.CellObject) },
	{ weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT).map((v) => ({ t: 's', v }) as XLSX.CellObject) },
	{ weight: 3, arbitrary: fc.string({ maxLength: 40 }).map((v) => ({ t: 's', v }) as XLSX.CellObject) },
	{ weight: 1, arbitrary: fc.integer({ min: 1000, max: 32767 }).map((n) => ({ t: 's', v: 'x'.repeat(n) }) as XLSX.CellObject) },
	{ weight: 3, arbitrary: fc.oneof(fc.integer({ min: -5, max: 2100 }), fc.double({ noNaN: true, noDefaultInfinity: true })).map((v) => ({ t: 'n', v }) as XLSX.CellObject) },
	{ weight: 1, arbitrary: fc.integer({ min: -1000, max: 3_000_000 }).map((v) => ({ t: 'n', v, z: 'dd/mm/yyyy' }) as XLSX.CellObject) },
	{ weight: 1, arbitrary: fc.boolean().map((v) => ({ t: 'b', v }) as XLSX.CellObject) },
	{ weight: 1, arbitrary: fc.constantFrom(0x07, 0x17, 0x1d, 0x2a).map((v) => ({ t: 'e', v }) as XLSX.CellObject) },
	// Formula cells, with and without a stored result.
	{ weight: 2, arbitrary: fc.constantFrom('HYPERLINK("http://x","a")', 'NOW()', 'A1+1', 'SUM(A:A)', '1/0').map((f) => ({ t: 'z', f }) as XLSX.CellObject) },
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('A1&"x"', 'B2'), fc.string({ maxLength: 10 })).map(([f, v]) => ({ t: 's', v, f }) as XLSX.CellObject) }
);

interface SheetSpec {
	name: string;
	rows: (XLSX.CellObject | null)[][];
	merges: XLSX.Range[];
	/** Title rows pushed above the header, an offset to the right. */
	top: number;
	left: number;
}

const rangeArb = fc
	.tuple(fc.nat(60), fc.nat(30), fc.nat(200), fc.nat(40), fc.boolean())
	.map(([r, c, h, w, huge]) => ({ s: { r, c }, e: huge ? { r: r + 1_000_000, c: Math.min(16383, c + 16_000) } : { r: r + h, c: c + w } }));

const sheetArb: fc.Arbitrary<SheetSpec> = fc.record({
	name: fc.oneof(fc.constantFrom(...SHEET_NAMES), fc.string({ minLength: 1, maxLength: 40 })),
	rows: fc.array(fc.array(cellValueArb, { maxLength: 14 }), { maxLength: 60 }),
	merges: fc.array(rangeArb, { maxLength: 4 }),
	top: fc.nat(4),
	left: fc.nat(3)
});

// ---- Whole files ---------------------------------------------------------------------------------

type Case =
	| { kind: 'workbook'; sheets: SheetSpec[]; bookType: 'xlsx' | 'xls' | 'ods' | 'csv'; dupHeader: boolean }
	| { kind: 'export-xml'; part: number; op: 'truncate' | 'junk' | 'drop' | 'types' | 'sst' | 'nest'; at: number; junk: string }
	| { kind: 'export-bytes'; flips: [number, number][]; cut: number | null }
	| { kind: 'bytes'; bytes: Uint8Array; ext: string; magic: 'none' | 'zip' | 'cfb' }
	| { kind: 'csv'; text: string };

const caseArb: fc.Arbitrary<Case> = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record({
			kind: fc.constant('workbook' as const),
			sheets: fc.array(sheetArb, { minLength: 1, maxLength: 4 }),
			bookType: fc.constantFrom('xlsx' as const, 'xlsx' as const, 'xls' as const, 'ods' as const, 'csv' as const),
			dupHeader: fc.boolean()
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('export-xml' as const),
			part: fc.nat(40),
			op: fc.constantFrom('truncate' as const, 'junk' as const, 'drop' as const, 'types' as const, 'sst' as const, 'nest' as const),
			at: fc.double({ min: 0, max: 1, noNaN: true }),
			junk: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('<c r="A1" t="s"><v>99999</v></c>', '<row r="0">', '&bogus;', ']]>', '<?xml', '<!DOCTYPE x [<!ENTITY a "aaaa">]>'))
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('export-bytes' as const),
			flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(255)), { minLength: 1, maxLength: 20 }),
			cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }))
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('bytes' as const),
			bytes: fc.uint8Array({ maxLength: 4096 }),
			ext: fc.constantFrom('xlsx', 'xls', 'ods', 'csv', 'txt', 'pdf', ''),
			magic: fc.constantFrom('none' as const, 'zip' as const, 'cfb' as const)
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('csv' as const),
			text: fc
				.array(fc.array(fc.oneof(fc.constantFrom(...HEADERS, ...NASTY_TEXT, '"', '""', ',', ';', '\n'), fc.string({ maxLength: 12 })), { maxLength: 10 }), { maxLength: 30 })
				.map((rows) => rows.map((r) => r.join(',')).join('\r\n'))
		})
	}
);

/** A sheet name SheetJS accepts (31 characters, none of : \ / ? * [ ]), unique in its workbook. */
function sheetName(name: string, taken: Set<string>): string {
	let n = name.replace(/[:\\/?*[\]]/g, ' ').replace(/^'|'$/g, '_').slice(0, 31).trim() || 'Trang';
	for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${n.slice(0, 27)} ${i}`;
	taken.add(n.toLowerCase());
	return n;
}

function workbookBytes(c: Extract<Case, { kind: 'workbook' }>): { bytes: Uint8Array; name: string } {
	const wb = XLSX.utils.book_new();
	const taken = new Set<string>();
	for (const s of c.sheets) {
		const ws: XLSX.WorkSheet = {};
		let maxR = 0;
		let maxC = 0;
		const rows = c.dupHeader && s.rows.length ? [s.rows[0].concat(s.rows[0]), ...s.rows.slice(1)] : s.rows;
		rows.forEach((row, r) =>
			row.forEach((cell, col) => {
				if (!cell) return;
				const at = { r: r + s.top, c: col + s.left };
				ws[XLSX.utils.encode_cell(at)] = { ...cell };
				maxR = Math.max(maxR, at.r);
				maxC = Math.max(maxC, at.c);
			})
		);
		ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
		if (s.merges.length) ws['!merges'] = s.merges;
		XLSX.utils.book_append_sheet(wb, ws, sheetName(s.name, taken));
	}
	const out = XLSX.write(wb, { type: c.bookType === 'csv' ? 'string' : 'array', bookType: c.bookType === 'csv' ? 'csv' : c.bookType });
	const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : new Uint8Array(out as ArrayBuffer);
	return { bytes, name: `ngau-nhien.${c.bookType}` };
}

/** A small real export (a few rows of each table), its ZIP read once. */
const small = cloneSeed();
for (const t of TABLE_NAMES) (small as Record<string, unknown[]>)[t] = (small as Record<string, unknown[]>)[t].slice(0, 12);
const EXPORT = new Uint8Array(datasetToXlsx(small, INFO));
const PARTS = XLSX.CFB.read(EXPORT, { type: 'array' })
	.FullPaths.filter((p: string) => p.endsWith('.xml') || p.endsWith('.rels'))
	.map((p: string) => p.replace(/^Root Entry/, ''));

function exportXmlBytes(c: Extract<Case, { kind: 'export-xml' }>): Uint8Array {
	const zip = XLSX.CFB.read(EXPORT, { type: 'array' });
	const path = PARTS[c.part % PARTS.length];
	const entry = XLSX.CFB.find(zip, path)!;
	const xml = new TextDecoder().decode(entry.content as Uint8Array);
	const at = Math.floor(c.at * xml.length);
	let next = xml;
	switch (c.op) {
		case 'truncate':
			next = xml.slice(0, at);
			break;
		case 'junk':
			next = xml.slice(0, at) + c.junk + xml.slice(at);
			break;
		case 'drop':
			XLSX.CFB.utils.cfb_del(zip, path);
			return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }) as number[]);
		case 'types':
			// Wrong types: strings become numbers, booleans, errors.
			next = xml.replace(/ t="s"/g, (m, i: number) => (i % 3 === 0 ? ' t="n"' : i % 3 === 1 ? ' t="b"' : ' t="e"'));
			break;
		case 'sst':
			next = xml.replace(/<v>(\d+)<\/v>/g, (m, n: string) => `<v>${Number(n) * 1000 + 99999}</v>`);
			break;
		case 'nest':
			next = xml.slice(0, at) + '<x>'.repeat(2000) + xml.slice(at);
			break;
	}
	const bytes = new TextEncoder().encode(next);
	entry.content = bytes as never;
	entry.size = bytes.length;
	return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }) as number[]);
}

function caseFile(c: Case): { bytes: Uint8Array; name: string } {
	switch (c.kind) {
		case 'workbook':
			return workbookBytes(c);
		case 'export-xml':
			return { bytes: exportXmlBytes(c), name: 'da-sua.xlsx' };
		case 'export-bytes': {
			let b = new Uint8Array(EXPORT); // a copy (EXPORT may be a Buffer, whose slice is a view)
			for (const [at, v] of c.flips) b[Math.floor(at * (b.length - 1))] = v;
			if (c.cut !== null) b = b.slice(0, Math.floor(c.cut * b.length));
			return { bytes: b, name: 'hong.xlsx' };
		}
		case 'bytes': {
			const b = new Uint8Array(c.bytes.length + 8);
			b.set(c.bytes, 8);
			if (c.magic === 'zip') b.set([0x50, 0x4b, 0x03, 0x04]);
			else if (c.magic === 'cfb') b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
			else b.set(c.bytes.slice(0, 8));
			return { bytes: b, name: c.ext ? `tep.${c.ext}` : 'tep' };
		}
		case 'csv':
			return { bytes: new TextEncoder().encode(c.text), name: 'bang.csv' };
	}
}

// ---- The run -------------------------------------------------------------------------------------

async function snapshot(db: NtmDatabase): Promise<string> {
	const parts: unknown[] = [await db.history.count(), await db.meta.toArray()];
	for (const t of TABLE_NAMES) parts.push(await db.table(t).toArray());
	return JSON.stringify(parts);
}

it(`${RUNS} random and hostile workbooks are each previewed or refused with a Vietnamese message, nothing thrown, nothing written`, async () => {
	// The small dataset of the export above: each preview reads the whole database, so a small one
	// keeps the run quick (the full seed is previewed by the other Excel tests).
	const db = await seededDb(structuredClone(small));
	const before = await snapshot(db);
	const cases = fc.sample(caseArb, { seed: SEED, numRuns: RUNS });
	const counts = { total: 0, previewed: 0, previewedWithErrors: 0, previewedWithWarnings: 0, refused: {} as Record<string, number>, uncaught: 0, notWritten: 0 };
	const byKind: Record<string, number> = {};
	const refusedBy: Record<string, number> = {};
	const msByKind: Record<string, number> = {};
	const failures: string[] = [];
	let slowest = 0;
	const t0 = Date.now();
	for (const [i, c] of cases.entries()) {
		counts.total++;
		byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
		let file: { bytes: Uint8Array; name: string };
		try {
			file = caseFile(c);
		} catch (e) {
			// SheetJS refused to write this combination: the case is its error text instead (still a file).
			counts.notWritten++;
			if (process.env.FUZZ_DEBUG) console.log('NOTWRITTEN', c.kind, String((e as Error)?.stack).slice(0, 300));
			file = { bytes: new TextEncoder().encode(String(e)), name: 'viet-hong.xlsx' };
		}
		const started = Date.now();
		try {
			const r = parseWorkbookBytes(file.bytes, file.name);
			if ('error' in r) {
				counts.refused[r.error.key] = (counts.refused[r.error.key] ?? 0) + 1;
				refusedBy[`${c.kind}:${file.name.split(".").pop()}:${r.error.key}`] = (refusedBy[`${c.kind}:${file.name.split(".").pop()}:${r.error.key}`] ?? 0) + 1;
				if (r.error.message !== translate('vi', r.error.key, r.error.params) || !VIETNAMESE.test(r.error.message) || /\n\s+at /.test(r.error.message)) {
					failures.push(`case ${i} (${c.kind}): refusal not a Vietnamese message: ${r.error.message}`);
				}
			} else {
				const p = await buildPreview(db, r);
				counts.previewed++;
				if (p.errorCount) counts.previewedWithErrors++;
				if (p.warningCount) counts.previewedWithWarnings++;
				for (const issue of p.issues) {
					if (typeof issue.message !== 'string' || !VIETNAMESE.test(issue.message) || /\n\s+at /.test(issue.message)) {
						failures.push(`case ${i} (${c.kind}): issue not a Vietnamese message: ${issue.message}`);
					}
				}
				for (const row of p.rows) if (row.status === 'error' && row.issues.length === 0 && p.issues.length < 1000) failures.push(`case ${i}: an error row without its message`);
				if ((await db.history.count()) !== 0) failures.push(`case ${i}: the preview wrote history`);
			}
		} catch (e) {
			counts.uncaught++;
			failures.push(`case ${i} (${c.kind}, ${file.name}): uncaught ${String((e as Error)?.stack ?? e).slice(0, 400)}`);
		}
		const ms = Date.now() - started;
		slowest = Math.max(slowest, ms);
		msByKind[c.kind] = (msByKind[c.kind] ?? 0) + ms;
		if (process.env.FUZZ_DEBUG && ms > 200) console.log('SLOW', i, c.kind, file.name, file.bytes.length, ms);
	}
	const summary = { seed: SEED, ...counts, byKind, msByKind, slowestCaseMs: slowest, totalMs: Date.now() - t0 };
	console.log('FUZZ ' + JSON.stringify(summary));
	console.log('FUZZ refused by case ' + JSON.stringify(refusedBy));
	expect(failures.slice(0, 10)).toEqual([]);
	expect(counts.uncaught).toBe(0);
	expect(counts.total).toBe(RUNS);
	// Both outcomes are exercised, and nothing was written by reading and previewing.
	expect(counts.previewed).toBeGreaterThan(RUNS / 10);
	expect(Object.values(counts.refused).reduce((a, b) => a + b, 0)).toBeGreaterThan(RUNS / 10);
	expect(await snapshot(db)).toBe(before);
}, 600_000);
