import { getApp } from '../app.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { allianceBaseUrl } from '../tenancy/public-url.ts';

/**
 * The public base URL of the alliance a request belongs to (see tenancy/public-url.ts): from
 * the configuration, never from the request's host. Routes use it for every absolute link.
 */
export function siteUrlOf(locals: {
	alliance: Pick<Alliance, 'domain' | 'slug'> | null;
	prefix: string;
}): string {
	return allianceBaseUrl(getApp().publicUrl, locals.alliance, locals.prefix);
}

/** Absolute base URL without trailing slash, e.g. https://buendnis.example/b/musterstadt. */
export function allianceSiteUrl(
	publicUrl: string,
	alliance: Pick<Alliance, 'slug' | 'domain'>,
	prefix: string
): string {
	return allianceBaseUrl(publicUrl, alliance, prefix);
}
