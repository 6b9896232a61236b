import type { Reroute } from '@sveltejs/kit/hooks';
import { splitPrefix } from '#lib/tenancy-path.ts';

/** /b/<slug>/termine is served by the route /termine; the server knows the alliance from the prefix. */
export const reroute: Reroute = ({ url }) => {
	const { slug, rest } = splitPrefix(url.pathname);
	if (slug) return rest;
};
