import { BYDAY, SCHEMA_ORG_DAY, todayHours, weekRows } from './offer-hours.ts';
import type { Offer, OfferLocation } from './offer.types.ts';

/*
 * What the public pages show of an offer (never the pending change or internal fields), its
 * OpenStreetMap link and its schema.org JSON-LD.
 */

/** A link to OpenStreetMap (nothing embedded; nothing is loaded until the visitor clicks). */
function osmUrl(l: OfferLocation): string | null {
	if (l.latitude !== null && l.longitude !== null) {
		const la = l.latitude.toFixed(5);
		const lo = l.longitude.toFixed(5);
		return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=18/${la}/${lo}`;
	}
	const query = [l.street, `${l.postalCode} ${l.city}`.trim()].filter(Boolean).join(', ');
	return l.street
		? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`
		: null;
}

function publicLocation(l: OfferLocation, now: Date) {
	return {
		name: l.name,
		street: l.street,
		postalCode: l.postalCode,
		city: l.city,
		district: l.district,
		wheelchair: l.wheelchair,
		accessibility: l.accessibility,
		hoursNote: l.hoursNote,
		mapUrl: osmUrl(l),
		week: weekRows(l.hours),
		hasHours: l.hours.length > 0,
		today: todayHours(l.hours, now)
	};
}

/** The card in the list. */
export function offerCard(o: Offer, now: Date) {
	const first = o.locations[0];
	return {
		id: o.id,
		slug: o.slug,
		name: o.name,
		summary: o.summary,
		provider: o.provider.name,
		minAgeMonths: o.minAgeMonths,
		maxAgeMonths: o.maxAgeMonths,
		costKind: o.costKind,
		languages: o.languages,
		categories: o.categories.map((c) => c.name),
		district: first?.district ?? '',
		today: first && first.hours.length ? todayHours(first.hours, now) : null,
		outdated: o.outdated
	};
}

export function offerDetail(o: Offer, now: Date) {
	return {
		...offerCard(o, now),
		description: o.description,
		provider: o.provider,
		costText: o.costText,
		access: o.access,
		accessNote: o.accessNote,
		contactName: o.contactName,
		email: o.email,
		phone: o.phone,
		url: o.url,
		links: o.links,
		categories: o.categories.map((c) => ({ slug: c.slug, name: c.name })),
		locations: o.locations.map((l) => publicLocation(l, now)),
		lastCheckedAt: o.lastCheckedAt
	};
}

/** schema.org: the offer as a Service of its provider, offered at its places with their hours. */
export function offerJsonLd(o: Offer, pageUrl: string): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Service',
		name: o.name,
		description: o.summary || o.description.slice(0, 300),
		url: pageUrl,
		...(o.categories.length ? { category: o.categories.map((c) => c.name) } : {}),
		provider: {
			'@type': 'Organization',
			name: o.provider.name,
			...(o.provider.url ? { url: o.provider.url } : {})
		},
		availableLanguage: o.languages,
		...(o.costKind === 'free'
			? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } }
			: o.costText
				? { offers: { '@type': 'Offer', description: o.costText } }
				: {}),
		...(o.email || o.phone
			? {
					availableChannel: {
						'@type': 'ServiceChannel',
						...(o.phone ? { servicePhone: { '@type': 'ContactPoint', telephone: o.phone } } : {}),
						...(o.email ? { serviceUrl: o.url || pageUrl } : {})
					}
				}
			: {}),
		areaServed: o.locations.map((l) => ({
			'@type': 'Place',
			name: l.name || o.name,
			address: {
				'@type': 'PostalAddress',
				streetAddress: l.street,
				postalCode: l.postalCode,
				addressLocality: l.city,
				addressCountry: 'DE'
			},
			...(l.latitude !== null && l.longitude !== null
				? { geo: { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude } }
				: {}),
			openingHoursSpecification: l.hours.map((h) => ({
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: `https://schema.org/${SCHEMA_ORG_DAY[h.weekday - 1]}`,
				opens: h.opens,
				closes: h.closes
			}))
		}))
	};
}

export { BYDAY };
