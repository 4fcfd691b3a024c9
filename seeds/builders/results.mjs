// The association's figures per district and period: reported by the districts, none in the plan; empty.
export const file = 'results.json';

export function build() {
	return [];
}
