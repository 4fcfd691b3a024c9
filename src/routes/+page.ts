import { redirect } from '@sveltejs/kit';
import { base } from '$app/paths';

// The targets grid is the main view.
export function load({ url }: { url: URL }) {
	redirect(307, `${base}/targets${url.search}`);
}
