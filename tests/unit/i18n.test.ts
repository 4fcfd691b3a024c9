import { describe, it, expect } from 'vitest';
import { vi as viFirstPage } from '$lib/i18n/vi';
import { excel } from '$lib/i18n/vi/excel';
import { dashboard } from '$lib/i18n/vi/dashboard';
import { association } from '$lib/i18n/vi/association';
import { help } from '$lib/i18n/vi/help';
import { pages } from '$lib/i18n/vi/pages';
import { criteria } from '$lib/i18n/vi/criteria';
import { backup } from '$lib/i18n/vi/backup';
import { report } from '$lib/i18n/vi/report';
import { collect } from '$lib/i18n/vi/collect';
import { resultsEntry } from '$lib/i18n/vi/results-entry';
import { units } from '$lib/i18n/vi/units';
import { en } from '$lib/i18n/en';
import { translate, tvi, LANGS, type DictKey } from '$lib/i18n/translate';

// The whole Vietnamese dictionary: the first-page part plus the parts features register.
const vi = { ...viFirstPage, ...excel, ...dashboard, ...association, ...help, ...pages, ...criteria, ...backup, ...report, ...collect, ...resultsEntry, ...units } as Record<DictKey, string>;
const dictionaries: Record<string, Record<DictKey, string>> = { vi, en };
import { schemas } from '$lib/schema';
import type { Column } from '$lib/schema/types';

const placeholders = (s: string) => new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('dictionaries', () => {
	it('parts never define the same key twice (a later part would silently replace a text)', async () => {
		const parts = await Promise.all(
			['core', 'menu', 'association', 'results-entry', 'onboarding', 'table-page', 'shell', 'help', 'pages', 'excel', 'dashboard', 'criteria', 'report', 'safety', 'storage', 'backup', 'collect', 'units'].map(async (n) => Object.keys(Object.values(await import(`../../src/lib/i18n/vi/${n}.ts`))[0] as object))
		);
		const seen = new Map<string, number>();
		const twice: string[] = [];
		parts.forEach((keys, i) => keys.forEach((k) => (seen.has(k) ? twice.push(k) : seen.set(k, i))));
		expect(twice).toEqual([]);
	});

	it('have the same keys in vi and en', () => {
		const viKeys = Object.keys(vi).sort();
		const enKeys = Object.keys(en).sort();
		expect(viKeys.length).toBeGreaterThan(50);
		expect(enKeys.filter((k) => !(k in vi))).toEqual([]);
		expect(viKeys.filter((k) => !(k in en))).toEqual([]);
		expect(enKeys).toEqual(viKeys);
	});

	it('have non-empty strings', () => {
		for (const lang of LANGS) {
			for (const [k, v] of Object.entries(dictionaries[lang])) {
				expect(typeof v, `${lang} ${k}`).toBe('string');
				expect(v.trim(), `${lang} ${k}`).not.toBe('');
			}
		}
	});

	it('use the same placeholders in both languages', () => {
		for (const k of Object.keys(vi) as DictKey[]) {
			const want = placeholders(vi[k]);
			const got = placeholders(en[k]);
			for (const p of want) expect(got.has(p), `en "${k}" lacks {${p}}`).toBe(true);
			for (const p of got) expect(want.has(p), `en "${k}" has extra {${p}}`).toBe(true);
		}
	});

	it('are NFC', () => {
		for (const lang of LANGS)
			for (const [k, v] of Object.entries(dictionaries[lang])) expect(v.normalize('NFC'), `${lang} ${k}`).toBe(v);
	});

	it('have a label for every column, table title and enumeration value of the schema', () => {
		for (const schema of Object.values(schemas)) {
			expect(vi).toHaveProperty([schema.title]);
			for (const col of schema.columns as Column<any>[]) {
				expect(vi, col.label).toHaveProperty([col.label]);
				if (col.type === 'enum') {
					expect(col.enumName).toBeTruthy();
					for (const code of col.values!) {
						const key = `enum.${col.enumName}.${code}`;
						expect(vi, key).toHaveProperty([key]);
						expect(en, key).toHaveProperty([key]);
					}
				}
			}
		}
	});

	it('give distinct enumeration labels within a group (so labels read back to one code)', () => {
		for (const lang of LANGS) {
			const groups = new Map<string, string[]>();
			for (const [k, v] of Object.entries(dictionaries[lang])) {
				const m = /^enum\.(\w+)\./.exec(k);
				if (!m) continue;
				groups.set(m[1], [...(groups.get(m[1]) ?? []), v.toLowerCase()]);
			}
			for (const [g, labels] of groups) expect(new Set(labels).size, `${lang} ${g}`).toBe(labels.length);
		}
	});
});

describe('translate', () => {
	it('fills params', () => {
		expect(translate('vi', 'msg.deleted', { n: 3 })).toBe('Đã xóa 3 dòng.');
		expect(translate('en', 'grid.rowCount', { shown: 5, total: 193 })).toBe('5 / 193 rows');
		const s = translate('vi', 'err.range', { value: 25, column: 'Số tiêu chí đạt', min: 0, max: 19 });
		expect(s).toBe('25 nằm ngoài khoảng cho phép của cột "Số tiêu chí đạt" (từ 0 đến 19).');
		expect(s).not.toMatch(/\{\w+\}/);
	});

	it('fills every placeholder of every string in both languages', () => {
		for (const lang of LANGS) {
			for (const k of Object.keys(vi) as DictKey[]) {
				const names = [...placeholders(dictionaries[lang][k])];
				const params = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
				const out = translate(lang, k, params);
				expect(out, `${lang} ${k}`).not.toMatch(/\{\w+\}/);
				for (const n of names) expect(out).toContain(`<${n}>`);
			}
		}
	});

	it('leaves unknown placeholders visible and returns the text unchanged without params', () => {
		expect(translate('en', 'msg.deleted', {})).toBe(en['msg.deleted']);
		expect(translate('en', 'msg.deleted', {})).toContain('{n}');
		expect(translate('vi', 'msg.deleted')).toBe(vi['msg.deleted']);
		expect(translate('vi', 'msg.pasted', { n: 0 })).toBe('Đã dán 0 ô.');
	});

	it('does not re-expand a parameter value that looks like a placeholder', () => {
		expect(translate('en', 'msg.undone', { label: '{label}' })).toBe(en['msg.undone'].replace('{label}', '{label}'));
		expect(translate('vi', 'err.suggest', { names: '$& $1' })).toBe('Có phải: $& $1?');
	});

	it('falls back to Vietnamese, then to the key', () => {
		expect(tvi('action.undo')).toBe('Hoàn tác');
		expect(translate('en', 'action.undo')).toBe('Undo');
		expect(translate('en', 'no.such.key' as DictKey)).toBe('no.such.key');
	});
});
