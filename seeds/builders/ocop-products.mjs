// Members' OCOP products: none are named in the plan; the register starts empty.
export const file = 'ocop-products.json';

export function build() {
	return [];
}
