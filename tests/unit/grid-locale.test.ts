// The grid's Vietnamese texts: the Community features' texts are kept, Enterprise ones left out.
import { describe, expect, it } from 'vitest';
import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import { communityTexts } from '../../src/lib/grid/locale-keys.js';

describe('communityTexts', () => {
	const kept = communityTexts(AG_GRID_LOCALE_VN as Record<string, string>);
	it('keeps what the grids show: text filter, overlays, selection, sorting, accessibility labels', () => {
		for (const k of ['filterOoo', 'contains', 'notContains', 'equals', 'startsWith', 'blank', 'andCondition', 'orCondition', 'resetFilter', 'noRowsToShow', 'loadingOoo', 'ariaRowSelect', 'ariaChecked', 'ariaSortableColumn', 'sortAscending', 'ariaFilterInput', 'ariaColumnSelectAll', 'thousandSeparator', 'decimalSeparator']) {
			expect(kept[k], k).toBe((AG_GRID_LOCALE_VN as Record<string, string>)[k]);
		}
	});
	it('leaves out the Enterprise features (charts, pivoting, grouping, set filter, formulas)', () => {
		const keys = Object.keys(kept);
		expect(keys.some((k) => /[cC]hart|[pP]ivot|[gG]roup|[fF]ormula|^setFilter|SetFilter/.test(k))).toBe(false);
		expect(keys.length).toBeLessThan(Object.keys(AG_GRID_LOCALE_VN).length / 2);
	});
});
