import type { Alliance } from '../alliances/alliance.types.ts';

/**
 * The public base URL of an alliance: the only source of absolute links that leave the server
 * (mails, feeds, canonical, og:url, JSON-LD, widget, ICS). It comes from configuration only —
 * the alliance's own domain (always https) or the instance's PUBLIC_URL plus the alliance's
 * path prefix — and never from the request's Host or X-Forwarded-* headers.
 *
 * `prefix` is the prefix under which the request addressed the alliance ('' for the only
 * alliance of an instance, '/b/<slug>' otherwise); without a request it is '/b/<slug>'.
 */
export function allianceBaseUrl(
	publicUrl: string,
	alliance: Pick<Alliance, 'domain' | 'slug'> | null,
	prefix?: string
): string {
	const base = publicUrl.replace(/\/+$/, '');
	if (alliance?.domain) return `https://${alliance.domain.toLowerCase()}`;
	if (!alliance) return base;
	return base + (prefix === '' ? '' : `/b/${alliance.slug}`);
}
