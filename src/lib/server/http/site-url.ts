import type { Alliance } from '../alliances/alliance.types.ts';

/*
 * The alliance's public base URL, from configuration only (PUBLIC_URL and the alliance's own
 * domain) — never from the request's Host or X-Forwarded-* headers, which a client can set.
 * Absolute links that leave the page (JSON-LD, the OpenAPI document) are built from it.
 */

/** Absolute base URL without trailing slash, e.g. https://buendnis.example/b/musterstadt. */
export function allianceSiteUrl(
	publicUrl: string,
	alliance: Pick<Alliance, 'slug' | 'domain'>,
	prefix: string
): string {
	const base = publicUrl.replace(/\/$/, '');
	if (alliance.domain && prefix === '') {
		const protocol = base.startsWith('http://') ? 'http:' : 'https:';
		return `${protocol}//${alliance.domain}`;
	}
	return `${base}${prefix}`;
}
