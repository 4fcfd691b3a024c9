// Which texts of AG Grid's Vietnamese locale the app ships. The locale has 830 texts (10 KB gzip on
// the first page), most of them for Enterprise features the app does not have (charts, pivoting,
// grouping, the set filter, tool panels, formulas, Excel export, status bar…). The build keeps the
// texts of the Community features the grids use (the text filter, overlays, sorting, selection,
// editing checks, and every accessibility label of those), made at build time by vite.config.ts as
// `virtual:ag-grid-locale-vi` from the installed package: they follow the library's version and
// nothing is copied by hand.
const USED =
	/^(aria|sort)|^(selectAll|searchOoo|blanks|noMatches|filterOoo|equals|notEqual|blank|notBlank|empty|lessThan|greaterThan|lessThanOrEqual|greaterThanOrEqual|inRange|inRangeStart|inRangeEnd|contains|notContains|startsWith|endsWith|andCondition|orCondition|applyFilter|clearFilter|resetFilter|cancelFilter|textFilter|numberFilter|columnFilter|agTextColumnFilterDisplayName|loadingOoo|loadingError|noRowsToShow|noMatchingRows|maxLengthValidation|invalidSelectionValidation|tooltipValidationErrorSeparator|thousandSeparator|decimalSeparator|true|false|invalidNumber|invalidDate|to|of|more)$/;
const ENTERPRISE = /[cC]hart|[pP]ivot|[gG]roup|[aA]ggregat|[aA]dvancedFilter|[sS]parkline|[tT]oolPanel|(^s|S)etFilter|[mM]ultiFilter|RichSelect|DropZone|FilterCard|FilterPanel|ColumnPanel|[fF]ormula|HasNote/;

/** @param {Record<string, string>} locale @returns {Record<string, string>} */
export function communityTexts(locale) {
	return Object.fromEntries(Object.entries(locale).filter(([key]) => USED.test(key) && !ENTERPRISE.test(key)));
}
