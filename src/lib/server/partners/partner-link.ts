import type { Alliance } from '../alliances/alliance.types.ts';
import type { LinkContext } from '../auth/link-context.ts';
import { siteUrlOf } from '../http/site-url.ts';

/** Where links in the partner network's mails point: the alliance's configured address. */
export function linkOf(
	locals: { prefix: string; locale: string },
	alliance: Alliance
): LinkContext {
	return {
		siteUrl: siteUrlOf({ alliance, prefix: locals.prefix }),
		allianceName: alliance.name,
		locale: locals.locale === 'en' ? 'en' : 'de'
	};
}
