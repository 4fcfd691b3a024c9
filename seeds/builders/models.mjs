// Models the association runs: the plan names kinds of models (see campaigns.json), not which commune runs which, so the register starts empty.
export const file = 'models.json';

export function build() {
	return [];
}
