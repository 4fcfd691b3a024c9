import { describe, it, expect } from 'vitest';
import { Lookup, foldUnitName, type Resolve } from '$lib/domain/lookup';
import type { Commune, District } from '$lib/domain/records';
import { seedData } from '$seeds/index';

const aliases: Record<string, string> = {};
for (const t of seedData.targets) if (t.planName) aliases[t.planName] = t.communeId;
const lookup = new Lookup(seedData.districts, seedData.communes, aliases);

function id<T extends { id: string }>(r: Resolve<T>): string {
	expect(r.ok, JSON.stringify(r).slice(0, 300)).toBe(true);
	return (r as { ok: true; record: T }).record.id;
}
function failed<T>(r: Resolve<T>) {
	expect(r.ok).toBe(false);
	return r as { ok: false; suggestions: T[]; ambiguous: boolean };
}
const communeId = (name: string, districtName: string) => {
	const d = seedData.districts.find((x) => x.name === districtName)!;
	const c = seedData.communes.filter((x) => x.name === name && x.districtId === d.id);
	expect(c, `${name} (${districtName})`).toHaveLength(1);
	return c[0].id;
};

describe('foldUnitName', () => {
	it('drops the unit prefix', () => {
		expect(foldUnitName('Xã Ba')).toBe('ba');
		expect(foldUnitName('Huyện Đại Lộc')).toBe('dai loc');
		expect(foldUnitName('TP Hội An')).toBe('hoi an');
		expect(foldUnitName('Thành phố Tam Kỳ')).toBe('tam ky');
		expect(foldUnitName('Thị xã Điện Bàn')).toBe('dien ban');
		expect(foldUnitName('Thị trấn Ái Nghĩa')).toBe('ai nghia');
		expect(foldUnitName('Phường Phước Hòa')).toBe('phuoc hoa');
		expect(foldUnitName('Duy Phú')).toBe('duy phu');
	});
});

describe('resolveDistrict', () => {
	it.each([
		['dai loc', '506'],
		['Huyện Đại Lộc', '506'],
		['ĐẠI LỘC', '506'],
		['506', '506'],
		[' 506 ', '506'],
		['TP Hội An', '503'],
		['Thành phố Hội An', '503'],
		['tp. hoi an', '503'],
		['Thị xã Điện Bàn', '507'],
		['Tam Kỳ', '502']
	])('%j -> %s', (text, want) => {
		expect(id(lookup.resolveDistrict(text))).toBe(want);
	});

	it('suggests the nearest district for an unknown name', () => {
		const r = failed(lookup.resolveDistrict('Đại Lột'));
		expect(r.ambiguous).toBe(false);
		expect(r.suggestions[0].name).toBe('Đại Lộc');
		expect(r.suggestions.length).toBeLessThanOrEqual(3);
	});
});

describe('resolveCommune', () => {
	it('resolves by code', () => {
		expect(id(lookup.resolveCommune('20605'))).toBe('20605');
		expect(id(lookup.resolveCommune(' 20605 '))).toBe('20605');
	});

	it('resolves by name, ignoring case and diacritics', () => {
		expect(id(lookup.resolveCommune('Duy Phú'))).toBe('20605');
		expect(id(lookup.resolveCommune('duy phu'))).toBe('20605');
		expect(id(lookup.resolveCommune('DUY PHÚ'))).toBe('20605');
		expect(id(lookup.resolveCommune('Duy Phú'.normalize('NFD')))).toBe('20605');
	});

	it('resolves "Name (District)"', () => {
		expect(id(lookup.resolveCommune('Tam Thanh (Tam Kỳ)'))).toBe(communeId('Tam Thanh', 'Tam Kỳ'));
		expect(id(lookup.resolveCommune('Duy Phú (Duy Xuyên)'))).toBe('20605');
		expect(id(lookup.resolveCommune('Phước Hòa (Tam Kỳ)'))).toBe(communeId('Phước Hòa', 'Tam Kỳ'));
		expect(id(lookup.resolveCommune('Phước Hòa (Huyện Phước Sơn)'))).toBe(communeId('Phước Hòa', 'Phước Sơn'));
	});

	it('resolves with a unit prefix ("xã Ba")', () => {
		const ba = communeId('Ba', 'Đông Giang');
		expect(id(lookup.resolveCommune('xã Ba'))).toBe(ba);
		expect(id(lookup.resolveCommune('Xã Ba'))).toBe(ba);
		expect(id(lookup.resolveCommune('Ba'))).toBe(ba);
	});

	it('resolves the plan spellings given as aliases', () => {
		expect(id(lookup.resolveCommune('Tà Bhing'))).toBe(communeId('Tà Bhinh', 'Nam Giang'));
		expect(id(lookup.resolveCommune('Mà Cooih'))).toBe(seedData.communes.find((c) => c.name === 'Mà Cooi')!.id);
		// an alias never hides a real name
		const bare = new Lookup(seedData.districts, seedData.communes);
		expect(failed(bare.resolveCommune('Tà Bhing')).suggestions[0].name).toBe('Tà Bhinh');
	});

	describe('"Phước Hòa": a phường of Tam Kỳ and a xã of Phước Sơn', () => {
		const phuong = communeId('Phước Hòa', 'Tam Kỳ');
		const xa = communeId('Phước Hòa', 'Phước Sơn');

		it('picks the xã without a hint (the programme and the plan only count xã)', () => {
			const c = lookup.communeById.get(id(lookup.resolveCommune('Phước Hòa')))!;
			expect(c.id).toBe(xa);
			expect(c.kind).toBe('xa');
		});

		it('follows a district hint, by name or code', () => {
			expect(id(lookup.resolveCommune('Phước Hòa', 'Tam Kỳ'))).toBe(phuong);
			expect(id(lookup.resolveCommune('Phước Hòa', 'Thành phố Tam Kỳ'))).toBe(phuong);
			expect(id(lookup.resolveCommune('Phước Hòa', '502'))).toBe(phuong);
			expect(id(lookup.resolveCommune('Phước Hòa', 'Phước Sơn'))).toBe(xa);
		});

		it('follows the unit prefix', () => {
			expect(id(lookup.resolveCommune('Phường Phước Hòa'))).toBe(phuong);
			expect(id(lookup.resolveCommune('Xã Phước Hòa'))).toBe(xa);
		});

		it('is ambiguous, listing both, when the hint names no district', () => {
			const r = failed(lookup.resolveCommune('Phước Hòa', 'Không rõ'));
			expect(r.ambiguous).toBe(true);
			expect(r.suggestions.map((c) => c.id).sort()).toEqual([phuong, xa].sort());
		});

		it('does not guess when the hint is a district without a Phước Hòa', () => {
			const r = failed(lookup.resolveCommune('Phước Hòa (Đại Lộc)'));
			expect(r.ambiguous).toBe(false);
			expect(r.suggestions.slice(0, 2).map((c) => c.name)).toEqual(['Phước Hòa', 'Phước Hòa']);
		});
	});

	describe('names that differ only by their accents', () => {
		// "Tam Thanh" (Tam Kỳ), "Tam Thạnh" (Núi Thành), "Tam Thành" (Phú Ninh) fold alike;
		// so do "Tam Đàn" and "Tam Dân", both of Phú Ninh and both in the plan.
		it('resolves the exact accented name', () => {
			expect(id(lookup.resolveCommune('Tam Thành'))).toBe(communeId('Tam Thành', 'Phú Ninh'));
			expect(id(lookup.resolveCommune('Tam Thạnh'))).toBe(communeId('Tam Thạnh', 'Núi Thành'));
			expect(id(lookup.resolveCommune('Tam Thanh'))).toBe(communeId('Tam Thanh', 'Tam Kỳ'));
			expect(id(lookup.resolveCommune('Tam Dân'))).toBe(communeId('Tam Dân', 'Phú Ninh'));
			expect(id(lookup.resolveCommune('xã Tam Đàn'))).toBe(communeId('Tam Đàn', 'Phú Ninh'));
			expect(id(lookup.resolveCommune('Tam Dân (Phú Ninh)'))).toBe(communeId('Tam Dân', 'Phú Ninh'));
			expect(id(lookup.resolveCommune('TAM DÂN'))).toBe(communeId('Tam Dân', 'Phú Ninh'));
		});

		it('is ambiguous for the unaccented form', () => {
			const r = failed(lookup.resolveCommune('Tam Dan'));
			expect(r.ambiguous).toBe(true);
			expect(r.suggestions.map((c) => c.name).sort()).toEqual(['Tam Dân', 'Tam Đàn'].sort());
			expect(id(lookup.resolveCommune('Tam Thanh', 'Phú Ninh'))).toBe(communeId('Tam Thành', 'Phú Ninh'));
		});
	});

	it('gives suggestions for an unknown name', () => {
		const r = failed(lookup.resolveCommune('Duy Phuu'));
		expect(r.ambiguous).toBe(false);
		expect(r.suggestions).toHaveLength(3);
		expect(r.suggestions[0].name).toBe('Duy Phú');
		expect(failed(lookup.resolveCommune('Không có xã này')).suggestions.length).toBeGreaterThan(0);
	});
});

describe('names', () => {
	it('gives names and unique labels', () => {
		expect(lookup.districtName('506')).toBe('Đại Lộc');
		expect(lookup.districtName('999')).toBe('');
		expect(lookup.districtName(null)).toBe('');
		expect(lookup.communeName('20605')).toBe('Duy Phú');
		expect(lookup.communeName(undefined)).toBe('');
		expect(lookup.communeLabel(lookup.communeById.get('20605') as Commune)).toBe('Duy Phú (Duy Xuyên)');
		const labels = new Set(seedData.communes.map((c) => lookup.communeLabel(c)));
		// Units of two maps share names and former districts (Tam Hải of 2024 and of 01/07/2025): the label says from when.
		expect(labels.size).toBe(seedData.communes.length);
		expect(lookup.communeLabel(lookup.communeById.get('20992-2507') as Commune)).toBe('Tam Hải (Núi Thành, 01/07/2025)');
		expect((lookup.districtById.get('503') as District).name).toBe('Hội An');
	});
});

describe('compareNames', () => {
	it('orders names as localeCompare in Vietnamese does, for unit names and other texts', () => {
		const names = [...seedData.districts.map((d) => d.name), ...seedData.communes.map((c) => c.name), 'Ấp Mới', 'an', 'Zeta', '', 'Đại Lộc'];
		const sign = (n: number) => Math.sign(n);
		for (let i = 0; i < names.length; i += 7)
			for (let j = 0; j < names.length; j += 11) expect(sign(lookup.compareNames(names[i], names[j])), `${names[i]} / ${names[j]}`).toBe(sign(names[i].localeCompare(names[j], 'vi')));
		const sorted = [...names].sort((a, b) => a.localeCompare(b, 'vi'));
		expect([...names].sort((a, b) => lookup.compareNames(a, b))).toEqual(sorted);
	});
});
