// Members' households per district and year: the plan gives goals, not figures, so the register starts empty.
export const file = 'member-households.json';

export function build() {
	return [];
}
