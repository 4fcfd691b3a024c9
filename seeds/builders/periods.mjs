// Reporting periods of the plan (IV.2: "Định kỳ 6 tháng, 01 năm tổng kết đánh giá"): the first
// half and the whole of 2024 and 2025. A planner adds later periods in the app.
import { base } from './common.mjs';

export const file = 'periods.json';

const YEARS = [2024, 2025];

export function build() {
	const rows = [];
	for (const year of YEARS) {
		rows.push({
			...base(`${year}-h1`),
			name: `Sơ kết 6 tháng đầu năm ${year}`,
			year,
			kind: 'h1',
			startsOn: `${year}-01-01`,
			endsOn: `${year}-06-30`,
			notes: ''
		});
		rows.push({
			...base(String(year)),
			name: `Tổng kết năm ${year}`,
			year,
			kind: 'year',
			startsOn: `${year}-01-01`,
			endsOn: `${year}-12-31`,
			notes: ''
		});
	}
	return rows;
}
