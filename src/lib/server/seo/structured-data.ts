import type { Alliance } from '../alliances/alliance.types.ts';
import type { PublicPartner } from '../partners/partner.types.ts';
import { allianceSiteUrl } from '../http/site-url.ts';

/*
 * schema.org data for search engines and link previews (JSON-LD): the alliance and its
 * partners as Organization, addresses as PostalAddress. Every absolute URL is built from the
 * alliance's public base URL (configuration, `http/site-url.ts`), never from the request.
 */

export type JsonLd = Record<string, unknown>;

/** Leaves out empty values, so that no property says "" or []. */
function compact<T extends JsonLd>(value: T): T {
	return Object.fromEntries(
		Object.entries(value).filter(
			([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length)
		)
	) as T;
}

/**
 * A German address written on one line ("Lindenstraße 4, 12345 Musterstadt") as PostalAddress.
 * Without a postcode the last part is taken as the town when there are several parts, else
 * `town` (the alliance's town) stands in.
 */
export function postalAddress(text: string, town = ''): JsonLd | undefined {
	const parts = text
		.split(/[,\n]/)
		.map((p) => p.trim())
		.filter(Boolean);
	if (!parts.length) return undefined;
	let locality = '';
	let postalCode = '';
	const last = parts[parts.length - 1]!;
	const withCode = /^(?:D-)?(\d{5})\s+(.+)$/.exec(last);
	if (withCode) {
		postalCode = withCode[1]!;
		locality = withCode[2]!;
		parts.pop();
	} else if (parts.length > 1 && !/\d/.test(last)) {
		locality = last;
		parts.pop();
	}
	return compact({
		'@type': 'PostalAddress',
		streetAddress: parts.join(', '),
		postalCode,
		addressLocality: locality || town,
		addressCountry: 'DE'
	});
}

/** The alliance as Organization (home, about, contact and imprint pages; organiser of events). */
function allianceOrganization(alliance: Alliance, siteUrl: string): JsonLd {
	return compact({
		'@type': 'Organization',
		'@id': `${siteUrl}/#organisation`,
		name: alliance.name,
		alternateName:
			alliance.shortName && alliance.shortName !== alliance.name ? alliance.shortName : '',
		url: `${siteUrl}/`,
		logo: alliance.logoId ? `${siteUrl}/dateien/${alliance.logoId}` : '',
		slogan: alliance.motto,
		foundingDate: alliance.foundingYear ? String(alliance.foundingYear) : '',
		email: alliance.contact.email,
		telephone: alliance.contact.phone,
		address: postalAddress(alliance.contact.address, alliance.town),
		areaServed: alliance.town ? { '@type': 'City', name: alliance.town } : undefined,
		sameAs: alliance.socialLinks.map((l) => l.url).filter((u) => /^https?:\/\//.test(u))
	});
}

/** A partner as Organization on its own page, member of the alliance. */
function partnerOrganization(
	partner: PublicPartner,
	alliance: Alliance,
	siteUrl: string,
	description = ''
): JsonLd {
	const street = [partner.street, [partner.postalCode, partner.city].filter(Boolean).join(' ')]
		.filter(Boolean)
		.join(', ');
	return compact({
		'@type': 'Organization',
		'@id': `${siteUrl}/partner/${partner.slug}#organisation`,
		name: partner.name,
		url: `${siteUrl}/partner/${partner.slug}`,
		description,
		logo: partner.logoId ? `${siteUrl}/dateien/${partner.logoId}` : '',
		email: partner.publicEmail,
		telephone: partner.publicPhone,
		address: street ? postalAddress(street, alliance.town) : undefined,
		sameAs: /^https?:\/\//.test(partner.website) ? [partner.website] : [],
		memberOf: {
			'@type': 'Organization',
			'@id': `${siteUrl}/#organisation`,
			name: alliance.name,
			url: `${siteUrl}/`
		}
	});
}

/** A whole JSON-LD document of one node. */
function withContext(node: JsonLd): JsonLd {
	return { '@context': 'https://schema.org', ...node };
}

/** JSON for a <script type="application/ld+json"> element: nothing in it can end the element. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** The alliance's Organization as the text of a JSON-LD script element. */
export function allianceJsonLd(publicUrl: string, alliance: Alliance, prefix: string): string {
	return jsonForScript(
		withContext(allianceOrganization(alliance, allianceSiteUrl(publicUrl, alliance, prefix)))
	);
}

/** A partner's Organization as the text of a JSON-LD script element. */
export function partnerJsonLd(
	publicUrl: string,
	partner: PublicPartner,
	alliance: Alliance,
	prefix: string,
	description: string
): string {
	const site = allianceSiteUrl(publicUrl, alliance, prefix);
	return jsonForScript(withContext(partnerOrganization(partner, alliance, site, description)));
}

/** First path segments of the pages that describe the alliance ("Über uns"). */
export const ABOUT_SLUGS: readonly string[] = ['ueber-uns', 'ueber-das-buendnis', 'about'];
