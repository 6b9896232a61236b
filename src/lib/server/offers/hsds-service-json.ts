import { BYDAY } from './offer-hours.ts';
import type { Offer } from './offer.types.ts';
import { type Site, derivedUuid, organizationIdOf, term, validEmail } from './hsds.service.ts';

/* One offer as an HSDS service: its fields, organization, places, hours and the fully nested
 * form (hsds.service.ts has the shared ids and paging). */

function years(months: number | null): number | undefined {
	return months === null ? undefined : Math.round((months / 12) * 100) / 100;
}

function cost(o: Offer) {
	if (o.costKind === 'free') return 'kostenlos';
	return [o.costKind === 'reduced' ? 'ermäßigt möglich' : 'kostenpflichtig', o.costText]
		.filter(Boolean)
		.join(' – ');
}

/** The one-to-one fields of a service (HSDS service_list). */
export function serviceFields(o: Offer, site: Site) {
	return {
		id: o.id,
		organization_id: organizationIdOf(o, site.allianceId),
		name: o.name,
		alternate_name: o.summary || undefined,
		description: o.description || o.summary || undefined,
		url: o.url || `${site.url}/angebote/${o.slug}`,
		email: validEmail(o.email),
		status: 'active',
		application_process:
			[...o.access.map((a) => ACCESS_TEXT[a]), o.accessNote].filter(Boolean).join('. ') ||
			undefined,
		fees_description: cost(o),
		minimum_age: years(o.minAgeMonths),
		maximum_age: years(o.maxAgeMonths),
		assured_date: o.lastCheckedAt.slice(0, 10),
		last_modified: o.updatedAt
	};
}

export const ACCESS_TEXT: Record<string, string> = {
	walk_in: 'Ohne Anmeldung (offene Sprechstunde)',
	appointment: 'Mit Termin',
	registration: 'Mit Anmeldung',
	referral: 'Mit Überweisung oder Vermittlung'
};

export function organizationFields(o: Offer, site: Site) {
	return {
		id: organizationIdOf(o, site.allianceId),
		name: o.provider.name,
		description: o.provider.name,
		website: o.provider.url || undefined,
		uri: o.provider.partnerSlug ? `${site.url}/partner/${o.provider.partnerSlug}` : undefined
	};
}

function schedules(o: Offer, locationIndex: number, serviceAtLocationId: string) {
	const l = o.locations[locationIndex];
	if (!l) return [];
	return l.hours.map((h, i) => ({
		id: derivedUuid('schedule', serviceAtLocationId, String(i)),
		service_at_location_id: serviceAtLocationId,
		freq: 'WEEKLY',
		wkst: 'MO',
		byday: BYDAY[h.weekday - 1],
		opens_at: h.opens,
		closes_at: h.closes,
		description: l.hoursNote || undefined
	}));
}

function location(o: Offer, index: number) {
	const l = o.locations[index]!;
	const id = l.id ?? derivedUuid('location', o.id, String(index));
	return {
		id,
		location_type: 'physical',
		name: l.name || o.name,
		latitude: l.latitude ?? undefined,
		longitude: l.longitude ?? undefined,
		addresses: l.street
			? [
					{
						id: derivedUuid('address', id),
						location_id: id,
						address_1: l.street,
						city: l.city,
						region: l.district || undefined,
						state_province: '',
						postal_code: l.postalCode,
						country: 'DE',
						address_type: 'physical'
					}
				]
			: [],
		accessibility:
			l.wheelchair || l.accessibility
				? [
						{
							id: derivedUuid('accessibility', id),
							location_id: id,
							description: l.wheelchair ? 'Barrierefrei zugänglich' : undefined,
							details: l.accessibility || undefined
						}
					]
				: []
	};
}

function serviceAtLocationId(o: Offer, index: number): string {
	return derivedUuid('service_at_location', o.id, String(index));
}

export function serviceAtLocations(o: Offer) {
	return o.locations.map((_, i) => {
		const id = serviceAtLocationId(o, i);
		const loc = location(o, i);
		return {
			id,
			service_id: o.id,
			location_id: loc.id,
			schedules: schedules(o, i, id),
			location: loc
		};
	});
}

/** The fully nested service (GET /services/{id}, ?full=true). */
export function fullService(o: Offer, site: Site) {
	return {
		...serviceFields(o, site),
		organization: organizationFields(o, site),
		phones: o.phone
			? [{ id: derivedUuid('phone', o.id), service_id: o.id, number: o.phone, type: 'voice' }]
			: [],
		contacts: o.contactName
			? [
					{
						id: derivedUuid('contact', o.id),
						service_id: o.id,
						name: o.contactName,
						email: validEmail(o.email)
					}
				]
			: [],
		languages: o.languages.map((code) => ({
			id: derivedUuid('language', o.id, code),
			service_id: o.id,
			code,
			name: code
		})),
		cost_options:
			o.costKind === 'free'
				? [
						{
							id: derivedUuid('cost', o.id),
							service_id: o.id,
							amount: 0,
							currency: 'EUR',
							option: 'kostenlos'
						}
					]
				: o.costText
					? [{ id: derivedUuid('cost', o.id), service_id: o.id, option: o.costText }]
					: [],
		service_at_locations: serviceAtLocations(o),
		attributes: o.categories.map((c) => ({
			id: derivedUuid('attribute', o.id, c.id),
			link_id: o.id,
			link_type: 'service',
			link_entity: 'service',
			taxonomy_term_id: c.id,
			taxonomy_term: term(c, site.allianceId)
		}))
	};
}
