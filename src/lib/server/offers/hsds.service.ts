import { createHash } from 'node:crypto';
import type { ServiceContext } from '../context.ts';
import { listCategories } from './offer-category.service.ts';
import * as repo from './offer.repository.ts';
import * as providerRepo from './offer-provider.repository.ts';
import { HIDDEN_AFTER_MONTHS, monthsBefore } from './offer.service.ts';
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

type Ctx = Pick<ServiceContext, 'db'>;

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

export function taxonomyId(allianceId: string): string {
	return derivedUuid('taxonomy', allianceId);
}

export function organizationIdOf(o: Offer, allianceId: string): string {
	return o.provider.partnerId ?? derivedUuid('organization', allianceId, o.provider.name);
}

export function term(c: OfferCategory, allianceId: string) {
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

export function validEmail(email: string): string | undefined {
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : undefined;
}

export function visibleSince(now: Date): string {
	return monthsBefore(now, HIDDEN_AFTER_MONTHS);
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
	const providers = await providerRepo.findProviders(ctx.db, site.allianceId, visibleSince(now));
	const partnerIds = [
		...new Set(providers.map((p) => p.partner_id).filter((x): x is string => !!x))
	];
	const partners = await providerRepo.findPartners(ctx.db, site.allianceId, partnerIds);
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
