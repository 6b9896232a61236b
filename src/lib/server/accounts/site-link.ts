import type { Alliance } from '../alliances/alliance.types.ts';
import type { LinkContext } from '../auth/link-context.ts';

/**
 * Where links in account mails point: the address the person used (origin) plus the alliance's
 * path prefix, so a link from an alliance under /b/<slug> or under its own domain comes back there.
 */
export function siteLink(
	origin: string,
	prefix: string,
	alliance: Pick<Alliance, 'name'> | null,
	locale: string
): LinkContext {
	return {
		siteUrl: origin.replace(/\/$/, '') + prefix,
		allianceName: alliance?.name ?? 'Bündnis',
		locale: locale === 'en' ? 'en' : 'de'
	};
}

/** The site of an alliance seen from the platform area: its own domain or the path prefix. */
export function allianceSiteLink(
	origin: string,
	alliance: Pick<Alliance, 'name' | 'slug' | 'domain'>,
	locale: string
): LinkContext {
	const url = new URL(origin);
	const siteUrl = alliance.domain
		? `${url.protocol}//${alliance.domain}`
		: `${url.origin}/b/${alliance.slug}`;
	return { siteUrl, allianceName: alliance.name, locale: locale === 'en' ? 'en' : 'de' };
}
