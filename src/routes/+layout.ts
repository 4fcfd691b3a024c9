// Single-page app: everything runs in the browser, nothing is prerendered.
export const ssr = false;
export const prerender = false;
