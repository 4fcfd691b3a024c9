// Commendations: none are named in the plan; the register starts empty.
export const file = 'commendations.json';

export function build() {
	return [];
}
