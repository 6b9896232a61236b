import type { Alliance } from '../alliances/alliance.types.ts';
import type { LinkContext } from '../auth/link-context.ts';
import { allianceBaseUrl } from '../tenancy/public-url.ts';

/**
 * Where links in account mails point: the alliance's configured public address (its own domain,
 * or PUBLIC_URL plus its prefix; see tenancy/public-url.ts) — never the request's Host.
 */
export function siteLink(
	siteUrl: string,
	alliance: Pick<Alliance, 'name'> | null,
	locale: string
): LinkContext {
	return {
		siteUrl: siteUrl.replace(/\/$/, ''),
		allianceName: alliance?.name ?? 'Bündnis',
		locale: locale === 'en' ? 'en' : 'de'
	};
}

/** The site of an alliance seen from the platform area: its own domain or the path prefix. */
export function allianceSiteLink(
	publicUrl: string,
	alliance: Pick<Alliance, 'name' | 'slug' | 'domain'>,
	locale: string
): LinkContext {
	return {
		siteUrl: allianceBaseUrl(publicUrl, alliance),
		allianceName: alliance.name,
		locale: locale === 'en' ? 'en' : 'de'
	};
}
