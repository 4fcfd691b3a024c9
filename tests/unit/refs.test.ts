// References between tables: any table can be pointed at, shown by its row label, resolved by
// name ignoring diacritics, with the closest names when nothing matches.
import { describe, expect, it } from 'vitest';
import { Lookup } from '../../src/lib/domain/lookup';
import { parseValue, formatValue, checkValue, lookupOf, type Column } from '../../src/lib/schema';
import { seedData } from '../../seeds/index';

const campaigns = [
	{ id: 'cd-1', name: 'Toàn dân đoàn kết xây dựng NTM, đô thị văn minh' },
	{ id: 'cd-2', name: 'Xây dựng gia đình 5 không, 3 sạch' },
	{ id: 'cd-3', name: 'Nhà sạch, vườn đẹp, đường không rác' }
];
const lookup = new Lookup(seedData.districts, seedData.communes, {}, { campaigns: { rows: campaigns, label: (r) => r.name } });
const col: Column<any> = { key: 'campaignId', label: 'col.name', type: 'ref', ref: 'campaigns', editable: true };

describe('a reference to any table', () => {
	it('resolves a name typed without diacritics, or an id', () => {
		expect(parseValue(col, 'nha sach, vuon dep, duong khong rac', lookup)).toEqual({ ok: true, value: 'cd-3' });
		expect(parseValue(col, 'cd-2', lookup)).toEqual({ ok: true, value: 'cd-2' });
	});

	it('refuses an unknown name with the closest names', () => {
		const r = parseValue(col, 'Gia đình 5 không 3 sạch', lookup);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error.key).toBe('err.ref');
			expect(String(r.error.params.names)).toContain('Xây dựng gia đình 5 không, 3 sạch');
		}
	});

	it('is shown by the label of the row pointed at, and a stored id that points nowhere is refused', () => {
		expect(formatValue(col, 'cd-1', 'vi', lookup)).toBe('Toàn dân đoàn kết xây dựng NTM, đô thị văn minh');
		expect(checkValue(col, 'cd-1', lookup)).toBeNull();
		expect(checkValue(col, 'cd-9', lookup)?.key).toBe('err.ref');
	});

	it('communes and districts are references too (by name, "Name (District)", code)', () => {
		const commune: Column<any> = { key: 'communeId', label: 'col.commune', type: 'ref', ref: 'communes' };
		const district: Column<any> = { key: 'districtId', label: 'col.district', type: 'ref', ref: 'districts' };
		const l = lookupOf(seedData);
		expect(parseValue(commune, 'Tam Thanh (Tam Kỳ)', l).ok).toBe(true);
		expect(parseValue(district, 'dai loc', l)).toEqual({ ok: true, value: '506' });
		const bad = parseValue(district, 'Đại Lôc x', l);
		expect(bad.ok || bad.error.key).toBe('err.district');
		expect(formatValue(commune, '20527', 'vi', l)).toBe('Đại Thạnh');
	});
});
