// The fuzz corpus of the import (issue 12, item 9): fast-check generators of random and hostile
// workbooks, shared by tests/unit/fuzz-import.test.ts (everything previewed or refused) and
// tests/unit/excel-fast-reader.test.ts (the fast .xlsx reader reads each as SheetJS does).
import * as XLSX from 'xlsx';
import fc from 'fast-check';
import { TABLE_NAMES, schemas, type Column } from '../../src/lib/schema';
import { tvi } from '../../src/lib/i18n/translate';
import { datasetToXlsx } from '../../src/lib/excel/export';
import { cloneSeed, INFO } from './excel-helpers';

/** Letters only Vietnamese has (and đ): a Vietnamese message has some. */
export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

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

export type Case =
	| { kind: 'workbook'; sheets: SheetSpec[]; bookType: 'xlsx' | 'xls' | 'ods' | 'csv'; dupHeader: boolean }
	| { kind: 'export-xml'; part: number; op: 'truncate' | 'junk' | 'drop' | 'types' | 'sst' | 'nest'; at: number; junk: string }
	| { kind: 'export-bytes'; flips: [number, number][]; cut: number | null }
	| { kind: 'bytes'; bytes: Uint8Array; ext: string; magic: 'none' | 'zip' | 'cfb' }
	| { kind: 'csv'; text: string };

export const caseArb: fc.Arbitrary<Case> = fc.oneof(
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
export const small = cloneSeed();
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

export function caseFile(c: Case): { bytes: Uint8Array; name: string } {
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

