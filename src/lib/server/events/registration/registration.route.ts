import type { Alliance } from '../../alliances/alliance.types.ts';
import { siteUrlOf } from '../../http/site-url.ts';
import type { RegistrationSite } from './registration.service.ts';

/** Where the registration mails of this request point: the alliance's configured address. */
export function registrationSite(
	locals: { prefix: string; locale: string },
	alliance: Alliance
): RegistrationSite {
	return {
		siteUrl: siteUrlOf({ alliance, prefix: locals.prefix }),
		allianceName: alliance.name,
		replyTo: alliance.contact.email || undefined,
		locale: locals.locale === 'en' ? 'en' : 'de'
	};
}
