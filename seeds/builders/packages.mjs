// The packages sent to the districts and their returns: made in the app each period; none in the plan.
export const file = 'packages.json';

export function build() {
	return [];
}
