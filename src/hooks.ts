import type { Reroute, Transport } from '@sveltejs/kit/hooks';
import { splitPrefix } from '#lib/tenancy-path.ts';
import { isPageOnly } from '#lib/page-only.ts';

/** /b/<slug>/termine is served by the route /termine; the server knows the alliance from the prefix. */
export const reroute: Reroute = ({ url }) => {
	const { slug, rest } = splitPrefix(url.pathname);
	if (slug) return rest;
};

/** Data for the server render only (page-only.ts): a placeholder in the page, never its content. */
export const transport: Transport = {
	PageOnly: {
		encode: (value) => isPageOnly(value) && [],
		decode: () => {
			throw new Error('Data marked pageOnly() reached the browser: the page renders on the client');
		}
	}
};
