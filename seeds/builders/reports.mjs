// Issued reports: none come with the plan; a planner issues them on /reports.
export const file = 'reports.json';

export function build() {
	return [];
}
