import type { Alliance } from '../alliances/alliance.types.ts';
import type { LinkContext } from '../auth/link-context.ts';

/** Where links in the partner network's mails point: this request's site (origin + prefix). */
export function linkOf(
	url: URL,
	locals: { prefix: string; locale: string },
	alliance: Alliance
): LinkContext {
	return {
		siteUrl: `${url.origin}${locals.prefix}`,
		allianceName: alliance.name,
		locale: locals.locale === 'en' ? 'en' : 'de'
	};
}
