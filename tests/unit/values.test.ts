import { describe, it, expect } from 'vitest';
import { parseValue, formatValue, excelSerialToIso, enumLabel, MAX_TEXT } from '$lib/schema/values';
import { columnOf } from '$lib/schema';
import type { Column } from '$lib/schema/types';
import { Lookup } from '$lib/domain/lookup';
import { seedData } from '$seeds/index';

const col = (table: Parameters<typeof columnOf>[0], key: string): Column<any> => {
	const c = columnOf(table, key);
	if (!c) throw new Error(`no column ${table}.${key}`);
	return c;
};

const criteriaMet = col('targets', 'criteriaMet');
const year = col('targets', 'year');
const status = col('targets', 'status');
const level = col('targets', 'level');
const decisionDate = col('targets', 'decisionDate');
const deadline = col('targets', 'deadline');
const commune = col('targets', 'communeId');
const district = col('targets', 'districtId');
const notes = col('targets', 'notes');
const responsible = col('targets', 'responsible');
const decisionNo = col('targets', 'decisionNo');
const inProgramme = col('communes', 'inProgramme');
const recognisedLevel = col('communes', 'recognisedLevel');
const goalTarget = col('goals', 'target');
const updatedAt = col('targets', 'updatedAt');

function aliasesFromTargets(): Record<string, string> {
	const a: Record<string, string> = {};
	for (const t of seedData.targets) if (t.planName) a[t.planName] = t.communeId;
	return a;
}
const lookup = new Lookup(seedData.districts, seedData.communes, aliasesFromTargets());
const bare = new Lookup(seedData.districts, seedData.communes);

const ok = (r: ReturnType<typeof parseValue>) => {
	expect(r.ok, JSON.stringify(r)).toBe(true);
	return (r as { ok: true; value: unknown }).value;
};
const err = (r: ReturnType<typeof parseValue>) => {
	expect(r.ok, JSON.stringify(r)).toBe(false);
	return (r as { ok: false; error: { key: string; params: Record<string, string | number> } }).error;
};

describe('int column (targets.criteriaMet, 0..19)', () => {
	it('accepts 19 and 0 and numbers from workbooks', () => {
		expect(ok(parseValue(criteriaMet, '19'))).toBe(19);
		expect(ok(parseValue(criteriaMet, ' 0 '))).toBe(0);
		expect(ok(parseValue(criteriaMet, 12))).toBe(12);
	});
	it('refuses 25 with err.range and the column limits', () => {
		const e = err(parseValue(criteriaMet, '25'));
		expect(e.key).toBe('err.range');
		expect(e.params).toMatchObject({ min: 0, max: 19, value: '25', column: 'Số tiêu chí đạt' });
		expect(err(parseValue(criteriaMet, 25)).key).toBe('err.range');
		expect(err(parseValue(criteriaMet, '-1')).key).toBe('err.range');
	});
	it('refuses text and fractions with err.notInteger', () => {
		expect(err(parseValue(criteriaMet, 'abc')).key).toBe('err.notInteger');
		expect(err(parseValue(criteriaMet, '12,5')).key).toBe('err.notInteger');
		expect(err(parseValue(criteriaMet, 12.5)).key).toBe('err.notInteger');
	});
	it('reads empty as null', () => {
		expect(ok(parseValue(criteriaMet, ''))).toBeNull();
		expect(ok(parseValue(criteriaMet, '   '))).toBeNull();
		expect(ok(parseValue(criteriaMet, null))).toBeNull();
		expect(ok(parseValue(criteriaMet, undefined))).toBeNull();
	});
});

describe('year and number columns', () => {
	it('reads a year and refuses one out of range or empty when required', () => {
		expect(ok(parseValue(year, '2025'))).toBe(2025);
		expect(err(parseValue(year, '1999')).key).toBe('err.range');
		expect(err(parseValue(year, '2024,5')).key).toBe('err.notInteger');
		expect(err(parseValue(year, '')).key).toBe('err.required');
	});
	it('reads Vietnamese and English numbers', () => {
		expect(ok(parseValue(goalTarget, '1.234,5'))).toBe(1234.5);
		expect(ok(parseValue(goalTarget, '1,234.5'))).toBe(1234.5);
		expect(ok(parseValue(goalTarget, '12,5'))).toBe(12.5);
		expect(err(parseValue(goalTarget, 'abc')).key).toBe('err.notNumber');
		expect(err(parseValue(goalTarget, '-1')).key).toBe('err.range');
	});
});

describe('enum column', () => {
	it('reads a code, a Vietnamese label, an English label and a folded label', () => {
		expect(ok(parseValue(status, 'recognised'))).toBe('recognised');
		expect(ok(parseValue(status, 'Đã công nhận'))).toBe('recognised');
		expect(ok(parseValue(status, 'Đã công nhận'.normalize('NFD')))).toBe('recognised');
		expect(ok(parseValue(status, 'Recognised'))).toBe('recognised');
		expect(ok(parseValue(status, 'da cong nhan'))).toBe('recognised');
		expect(ok(parseValue(status, 'ĐÃ  CÔNG NHẬN'))).toBe('recognised');
		expect(ok(parseValue(status, 'Dossier submitted'))).toBe('submitted');
		expect(ok(parseValue(level, 'NTM nâng cao'))).toBe('nang_cao');
		expect(ok(parseValue(level, 'ntm kieu mau'))).toBe('kieu_mau');
		expect(ok(parseValue(level, 'NTM'))).toBe('ntm');
	});
	it('refuses other text with err.enum, listing the Vietnamese labels', () => {
		const e = err(parseValue(status, 'Đã xong'));
		expect(e.key).toBe('err.enum');
		expect(String(e.params.allowed)).toContain('Đã công nhận');
		expect(String(e.params.allowed)).toContain('Chưa thực hiện');
		expect(err(parseValue(status, '')).key).toBe('err.required');
	});
	it('reads empty as null in an optional enum column', () => {
		expect(ok(parseValue(recognisedLevel, ''))).toBeNull();
		expect(ok(parseValue(recognisedLevel, 'NTM'))).toBe('ntm');
	});
});

describe('date column', () => {
	it('reads dd/mm/yyyy and ISO', () => {
		expect(ok(parseValue(decisionDate, '25/01/2024'))).toBe('2024-01-25');
		expect(ok(parseValue(decisionDate, '2024-01-25'))).toBe('2024-01-25');
		expect(ok(parseValue(decisionDate, ''))).toBeNull();
	});
	it('reads an Excel serial number', () => {
		expect(excelSerialToIso(45316)).toBe('2024-01-25');
		expect(ok(parseValue(decisionDate, 45316))).toBe('2024-01-25');
		expect(excelSerialToIso(0)).toBeNull();
		expect(err(parseValue(decisionDate, -5)).key).toBe('err.date');
	});
	it('reads a Date object (local midnight, as SheetJS gives)', () => {
		expect(ok(parseValue(decisionDate, new Date(2024, 0, 25)))).toBe('2024-01-25');
		expect(ok(parseValue(deadline, new Date(2024, 11, 31)))).toBe('2024-12-31');
		expect(err(parseValue(decisionDate, new Date('nonsense'))).key).toBe('err.date');
	});
	it('refuses days that do not exist', () => {
		expect(err(parseValue(decisionDate, '31/02/2024')).key).toBe('err.date');
		expect(err(parseValue(decisionDate, 'hôm qua')).key).toBe('err.date');
	});
});

describe('deadline column', () => {
	it('reads each form into its canonical text', () => {
		expect(ok(parseValue(deadline, 'quý I/2024'))).toBe('2024-Q1');
		expect(ok(parseValue(deadline, 'trước tháng 10/2024'))).toBe('2024-10');
		expect(ok(parseValue(deadline, '25/01/2024'))).toBe('2024-01-25');
		expect(ok(parseValue(deadline, 2025))).toBe('2025');
		expect(ok(parseValue(deadline, 45316))).toBe('2024-01-25');
		expect(ok(parseValue(deadline, ''))).toBeNull();
		expect(err(parseValue(deadline, 'sớm')).key).toBe('err.deadline');
	});
});

describe('bool column', () => {
	it('reads Có / Không and the usual spellings', () => {
		expect(ok(parseValue(inProgramme, 'Có'))).toBe(true);
		expect(ok(parseValue(inProgramme, 'co'))).toBe(true);
		expect(ok(parseValue(inProgramme, 'Yes'))).toBe(true);
		expect(ok(parseValue(inProgramme, true))).toBe(true);
		expect(ok(parseValue(inProgramme, 'x'))).toBe(true);
		expect(ok(parseValue(inProgramme, 'Không'))).toBe(false);
		expect(ok(parseValue(inProgramme, 'KHÔNG'))).toBe(false);
		expect(ok(parseValue(inProgramme, false))).toBe(false);
		expect(ok(parseValue(inProgramme, ''))).toBe(false);
		expect(err(parseValue(inProgramme, 'có lẽ')).key).toBe('err.bool');
	});
});

describe('commune and district columns', () => {
	it('resolves names, codes and the plan spelling "Tà Bhing"', () => {
		expect(ok(parseValue(commune, '20605', lookup))).toBe('20605');
		expect(ok(parseValue(commune, 'Duy Phú', lookup))).toBe('20605');
		expect(ok(parseValue(commune, 'Tà Bhing', lookup))).toBe('20710');
		expect(ok(parseValue(commune, 'Tà Bhinh', lookup))).toBe('20710');
		const bhaLe = seedData.communes.filter((c) => c.name === 'Bha Lê');
		expect(bhaLe).toHaveLength(1);
		expect(ok(parseValue(commune, 'Bhalêê', lookup))).toBe(bhaLe[0].id);
	});

	it('reads "Duy Phủ" as Duy Phú (accent-insensitive match)', () => {
		expect(ok(parseValue(commune, 'Duy Phủ', lookup))).toBe('20605');
		expect(ok(parseValue(commune, 'Duy Phủ', bare))).toBe('20605');
	});

	it('suggests Duy Phú for a misspelling, and Tà Bhinh without the alias', () => {
		const e = err(parseValue(commune, 'Duy Phuu', lookup));
		expect(e.key).toBe('err.commune');
		expect(String(e.params.names).split('; ')[0]).toBe('Duy Phú (Duy Xuyên)');
		expect(String(e.params.suggest)).toContain('Duy Phú (Duy Xuyên)');
		expect(e.params.value).toBe('Duy Phuu');

		const e2 = err(parseValue(commune, 'Tà Bhing', bare));
		expect(String(e2.params.names).split('; ')[0]).toBe('Tà Bhinh (Nam Giang)');
	});

	it('refuses an empty required commune', () => {
		expect(err(parseValue(commune, '', lookup)).key).toBe('err.required');
	});

	it('resolves districts', () => {
		expect(ok(parseValue(district, 'Huyện Đại Lộc', lookup))).toBe('506');
		expect(ok(parseValue(district, 'tp hoi an', lookup))).toBe('503');
		const e = err(parseValue(district, 'Đại Lọt', lookup));
		expect(String(e.params.names)).toContain('Đại Lộc');
	});
});

describe('text columns', () => {
	it('stores NFC text, trimmed; one-line text has its spaces collapsed', () => {
		const nfd = '  Phòng   Kinh tế  '.normalize('NFD');
		expect(ok(parseValue(responsible, nfd))).toBe('Phòng Kinh tế');
		expect(ok(parseValue(notes, 'dòng 1\r\ndòng 2'))).toBe('dòng 1\ndòng 2');
		expect(ok(parseValue(notes, ''))).toBe('');
		expect(ok(parseValue(notes, null))).toBe('');
	});

	it(`refuses text longer than MAX_TEXT (${MAX_TEXT}) without echoing it`, () => {
		const long = 'Đ'.repeat(MAX_TEXT + 1);
		const e = err(parseValue(notes, long));
		expect(e.key).toBe('err.tooLong');
		expect(e.params).toMatchObject({ length: MAX_TEXT + 1, max: MAX_TEXT });
		const all = Object.values(e.params).map(String).join('|');
		expect(all).not.toContain(long);
		expect(all.length).toBeLessThan(200);
		expect(ok(parseValue(notes, 'a'.repeat(MAX_TEXT)))).toHaveLength(MAX_TEXT);
	});

	it("honours a column's own maxLength", () => {
		expect(decisionNo.maxLength).toBe(200);
		expect(err(parseValue(decisionNo, '1'.repeat(201))).params.max).toBe(200);
		expect(ok(parseValue(decisionNo, '648/KH-UBND'))).toBe('648/KH-UBND');
	});

	it('shortens a long refused value in the message params', () => {
		const e = err(parseValue(criteriaMet, '9'.repeat(100)));
		expect(String(e.params.value).length).toBeLessThanOrEqual(60);
	});
});

describe('formatValue', () => {
	it('shows dates as dd/mm/yyyy', () => {
		expect(formatValue(decisionDate, '2024-01-25', 'vi')).toBe('25/01/2024');
		expect(formatValue(decisionDate, '2024-01-25', 'en')).toBe('25/01/2024');
		expect(formatValue(decisionDate, null, 'vi')).toBe('');
	});
	it('shows numbers in the language convention', () => {
		expect(formatValue(goalTarget, 1234.5, 'vi')).toBe('1.234,5');
		expect(formatValue(goalTarget, 1234.5, 'en')).toBe('1,234.5');
		expect(formatValue(criteriaMet, 19, 'vi')).toBe('19');
		expect(formatValue(year, 2025, 'vi')).toBe('2025'); // no thousands separator in a year
	});
	it('shows enum labels in vi and en', () => {
		expect(formatValue(status, 'recognised', 'vi')).toBe('Đã công nhận');
		expect(formatValue(status, 'recognised', 'en')).toBe('Recognised');
		expect(formatValue(level, 'nang_cao', 'vi')).toBe('NTM nâng cao');
		expect(enumLabel(level, 'kieu_mau', 'en')).toBe('NTM model');
	});
	it('shows booleans, deadlines, communes and districts', () => {
		expect(formatValue(inProgramme, true, 'vi')).toBe('Có');
		expect(formatValue(inProgramme, false, 'vi')).toBe('Không');
		expect(formatValue(inProgramme, false, 'en')).toBe('No');
		expect(formatValue(deadline, '2024-Q1', 'vi')).toBe('Quý 1/2024');
		expect(formatValue(deadline, '2024-10', 'vi')).toBe('trước tháng 10/2024');
		expect(formatValue(deadline, '2024-Q1', 'en')).toBe('Q1 2024');
		expect(formatValue(deadline, '2024-10', 'en')).toBe('by September 2024');
		expect(formatValue(commune, '20605', 'vi', lookup)).toBe('Duy Phú');
		expect(formatValue(district, '506', 'vi', lookup)).toBe('Đại Lộc');
		expect(formatValue(commune, '99999', 'vi', lookup)).toBe('99999');
		expect(formatValue(updatedAt, 'not a date', 'vi')).toBe('not a date');
	});
	it('round-trips every enum label through parseValue', () => {
		for (const c of [status, level, recognisedLevel, col('targets', 'action'), col('communes', 'kind')]) {
			for (const code of c.values!) {
				for (const lang of ['vi', 'en'] as const) {
					expect(ok(parseValue(c, formatValue(c, code, lang)))).toBe(code);
				}
			}
		}
	});
});
