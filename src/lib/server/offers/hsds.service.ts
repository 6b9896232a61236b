import { createHash } from 'node:crypto';
import type { ServiceContext } from '../context.ts';
import { listCategories } from './offer-category.service.ts';
import { BYDAY } from './offer-hours.ts';
import { searchWords } from './offer-text.ts';
import * as repo from './offer.repository.ts';
import { HIDDEN_AFTER_MONTHS, hydrate, monthsBefore } from './offer.service.ts';
import type { Offer, OfferCategory } from './offer.types.ts';

/*
 * The Familienwegweiser as Open Referral HSDS 3.0 (https://docs.openreferral.org): offers are
 * services, providers organizations (a partner, or a free-text provider with a derived id),
 * places locations with service_at_location links, opening hours weekly schedules, the
 * Lebenslagen one taxonomy of the alliance. Public data only: published offers that are not
 * hidden for want of a check. Ids are UUIDs; those that have no row of their own (organizations
 * of free-text providers, the taxonomy, attributes, phones, addresses, languages) are derived
 * from stable parts, so they never change between calls.
 */

export const HSDS_VERSION = '3.0';
export const MAX_PER_PAGE = 200;

/** A stable UUID (version 8, RFC 9562) from text parts. */
export function derivedUuid(...parts: string[]): string {
	const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
	const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface Site {
	/** e.g. https://buendnis.example/b/musterstadt */
	url: string;
	allianceId: string;
	allianceName: string;
}

export interface Paging {
	page: number;
	perPage: number;
}

export function page<T>(items: T[], total: number, p: Paging) {
	const totalPages = Math.max(1, Math.ceil(total / p.perPage));
	return {
		total_items: total,
		total_pages: totalPages,
		page_number: p.page,
		size: items.length,
		first_page: p.page === 1,
		last_page: p.page >= totalPages,
		empty: items.length === 0,
		contents: items
	};
}

type Ctx = Pick<ServiceContext, 'db'>;

function taxonomyId(allianceId: string): string {
	return derivedUuid('taxonomy', allianceId);
}

function organizationIdOf(o: Offer, allianceId: string): string {
	return o.provider.partnerId ?? derivedUuid('organization', allianceId, o.provider.name);
}

function term(c: OfferCategory, allianceId: string) {
	return {
		id: c.id,
		code: c.slug,
		name: c.name,
		description: c.description || c.name,
		taxonomy_id: taxonomyId(allianceId),
		language: 'de'
	};
}

function taxonomy(site: Site) {
	return {
		id: taxonomyId(site.allianceId),
		name: 'Lebenslagen',
		description: `Die Lebenslagen des Familienwegweisers von „${site.allianceName}“.`,
		uri: `${site.url}/angebote`,
		version: '1'
	};
}

function years(months: number | null): number | undefined {
	return months === null ? undefined : Math.round((months / 12) * 100) / 100;
}

function validEmail(email: string): string | undefined {
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
}

function cost(o: Offer) {
	if (o.costKind === 'free') return 'kostenlos';
	return [o.costKind === 'reduced' ? 'ermäßigt möglich' : 'kostenpflichtig', o.costText]
		.filter(Boolean)
		.join(' – ');
}

/** The one-to-one fields of a service (HSDS service_list). */
function serviceFields(o: Offer, site: Site) {
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

const ACCESS_TEXT: Record<string, string> = {
	walk_in: 'Ohne Anmeldung (offene Sprechstunde)',
	appointment: 'Mit Termin',
	registration: 'Mit Anmeldung',
	referral: 'Mit Überweisung oder Vermittlung'
};

function organizationFields(o: Offer, site: Site) {
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

function serviceAtLocations(o: Offer) {
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

function visibleSince(now: Date): string {
	return monthsBefore(now, HIDDEN_AFTER_MONTHS);
}

export interface ServiceQuery extends Paging {
	search: string;
	taxonomyTermId: string;
	taxonomyId: string;
	organizationId: string;
	modifiedAfter: string;
	full: boolean;
}

export async function listServices(ctx: Ctx, site: Site, q: ServiceQuery, now = new Date()) {
	const categories = await listCategories(ctx, site.allianceId);
	if (q.taxonomyId && q.taxonomyId !== taxonomyId(site.allianceId)) return page([], 0, q);
	if (q.taxonomyTermId && !categories.some((c) => c.id === q.taxonomyTermId)) return page([], 0, q);
	let partnerId: string | undefined;
	let ids: string[] | undefined;
	if (q.organizationId) {
		const orgs = await organizations(ctx, site, now);
		const org = orgs.find((o) => o.id === q.organizationId);
		if (!org) return page([], 0, q);
		if (org.partnerId) partnerId = org.partnerId;
		else ids = org.serviceIds;
	}
	const { rows, total } = await repo.searchOffers(ctx.db, site.allianceId, {
		statuses: ['published'],
		checkedSince: visibleSince(now),
		categoryId: q.taxonomyTermId || undefined,
		words: searchWords(q.search),
		partnerId,
		ids,
		modifiedSince: q.modifiedAfter || undefined,
		limit: q.perPage,
		offset: (q.page - 1) * q.perPage
	});
	const offers = await hydrate(ctx, site.allianceId, rows, now);
	return page(
		offers.map((o) =>
			q.full
				? fullService(o, site)
				: { ...serviceFields(o, site), organization: organizationFields(o, site) }
		),
		total,
		q
	);
}

export async function oneService(ctx: Ctx, site: Site, id: string, now = new Date()) {
	const offer = await visibleOffer(ctx, site.allianceId, id, now);
	return offer ? fullService(offer, site) : null;
}

async function visibleOffer(ctx: Ctx, allianceId: string, id: string, now: Date) {
	const { rows } = await repo.searchOffers(ctx.db, allianceId, {
		statuses: ['published'],
		checkedSince: visibleSince(now),
		ids: [id],
		limit: 1,
		offset: 0
	});
	const [offer] = await hydrate(ctx, allianceId, rows, now);
	return offer ?? null;
}

interface Org {
	id: string;
	partnerId: string | null;
	name: string;
	description: string;
	website: string;
	uri: string | undefined;
	email: string;
	serviceIds?: string[];
}

/** The providers of visible offers: partners (their public data) and free-text providers. */
export async function organizations(ctx: Ctx, site: Site, now: Date): Promise<Org[]> {
	const providers = await repo.findProviders(ctx.db, site.allianceId, visibleSince(now));
	const partnerIds = [
		...new Set(providers.map((p) => p.partner_id).filter((x): x is string => !!x))
	];
	const partners = await repo.findPartners(ctx.db, site.allianceId, partnerIds);
	const out: Org[] = partners.map((p) => ({
		id: p.id,
		partnerId: p.id,
		name: p.name,
		description:
			p.description_html
				.replace(/<[^>]*>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim() || p.name,
		website: p.website,
		uri: `${site.url}/partner/${p.slug}`,
		email: p.public_email
	}));
	const others = new Map<string, Org>();
	for (const p of providers) {
		if (p.partner_id || !p.provider_name) continue;
		const id = derivedUuid('organization', site.allianceId, p.provider_name);
		others.set(id, {
			id,
			partnerId: null,
			name: p.provider_name,
			description: p.provider_name,
			website: p.provider_url,
			uri: undefined,
			email: ''
		});
	}
	if (others.size) {
		const { rows } = await repo.searchOffers(ctx.db, site.allianceId, {
			statuses: ['published'],
			checkedSince: visibleSince(now),
			limit: 100_000,
			offset: 0
		});
		for (const org of others.values()) {
			org.serviceIds = rows
				.filter((r) => !r.partner_id && r.provider_name === org.name)
				.map((r) => r.id);
		}
	}
	return [...out, ...others.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export function organizationJson(o: Org) {
	return {
		id: o.id,
		name: o.name,
		description: o.description,
		website: o.website || undefined,
		email: validEmail(o.email),
		uri: o.uri
	};
}

export async function listOrganizations(
	ctx: Ctx,
	site: Site,
	q: Paging & { search: string },
	now = new Date()
) {
	const words = searchWords(q.search);
	const all = (await organizations(ctx, site, now)).filter((o) => {
		const text = o.name.toLowerCase();
		return words.every((w) => text.includes(w));
	});
	const slice = all.slice((q.page - 1) * q.perPage, q.page * q.perPage);
	return page(slice.map(organizationJson), all.length, q);
}

export async function oneOrganization(ctx: Ctx, site: Site, id: string, now = new Date()) {
	const org = (await organizations(ctx, site, now)).find((o) => o.id === id);
	if (!org) return null;
	const services = await listServices(
		ctx,
		site,
		{
			page: 1,
			perPage: MAX_PER_PAGE,
			search: '',
			taxonomyTermId: '',
			taxonomyId: '',
			organizationId: id,
			modifiedAfter: '',
			full: false
		},
		now
	);
	return {
		...organizationJson(org),
		services: services.contents.map((s) => {
			const { organization: _organization, ...rest } = s as Record<string, unknown>;
			return rest;
		})
	};
}

export async function listServiceAtLocations(
	ctx: Ctx,
	site: Site,
	q: Paging & { full: boolean },
	now = new Date()
) {
	// One link per offer and place; offers have few places, so page over offers and flatten.
	const { rows, total } = await repo.searchOffers(ctx.db, site.allianceId, {
		statuses: ['published'],
		checkedSince: visibleSince(now),
		limit: q.perPage,
		offset: (q.page - 1) * q.perPage
	});
	const offers = await hydrate(ctx, site.allianceId, rows, now);
	const items = offers.flatMap((o) =>
		serviceAtLocations(o).map((sal) => ({
			...sal,
			service: q.full ? fullService(o, site) : serviceFields(o, site)
		}))
	);
	return page(items, total, q);
}

export async function listTaxonomies(ctx: Ctx, site: Site, q: Paging) {
	return page(q.page === 1 ? [taxonomy(site)] : [], 1, q);
}

export async function listTaxonomyTerms(ctx: Ctx, site: Site, q: Paging & { taxonomyId: string }) {
	if (q.taxonomyId && q.taxonomyId !== taxonomyId(site.allianceId)) return page([], 0, q);
	const categories = await listCategories(ctx, site.allianceId);
	const slice = categories.slice((q.page - 1) * q.perPage, q.page * q.perPage);
	return page(
		slice.map((c) => ({ ...term(c, site.allianceId), taxonomy_detail: taxonomy(site) })),
		categories.length,
		q
	);
}
