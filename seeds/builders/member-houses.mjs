// Members' houses to build or repair: none are named in the plan; the register starts empty.
export const file = 'member-houses.json';

export function build() {
	return [];
}
