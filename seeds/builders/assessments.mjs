// The criteria matrix starts empty: the plan gives no commune's criteria. Planners create the rows
// of an assessment year in the app ("Tạo bảng đánh giá năm …") and paste or import the cells.
export const file = 'assessments.json';

export function build() {
	return [];
}
