import type { Alliance } from '../../alliances/alliance.types.ts';
import type { RegistrationSite } from './registration.service.ts';

/** Where the registration mails of this request point: its origin plus the alliance's prefix. */
export function registrationSite(
	url: URL,
	locals: { prefix: string; locale: string },
	alliance: Alliance
): RegistrationSite {
	return {
		siteUrl: `${url.origin}${locals.prefix}`,
		allianceName: alliance.name,
		replyTo: alliance.contact.email || undefined,
		locale: locals.locale === 'en' ? 'en' : 'de'
	};
}
