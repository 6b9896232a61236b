import type { ServiceContext } from '../context.ts';
import { offers as deStrings } from '../../i18n/de/offers.ts';
import { offers as enStrings } from '../../i18n/en/offers.ts';
import { listCategories } from './offer-category.service.ts';
import { foldText } from './offer-text.ts';
import * as repo from './offer.repository.ts';
import * as providerRepo from './offer-provider.repository.ts';
import type { OfferLocationRow, OfferRow, OfferScheduleRow } from './offer.table.ts';
import type {
	AccessKind,
	Offer,
	OfferCategory,
	OfferLocation,
	OfferValues
} from './offer.types.ts';

/*
 * Reading offers: rows with their categories, provider, locations and opening hours become
 * Offer objects. The public directory and detail page, the admin and intern lists and the
 * HSDS API all read through here.
 */

/** Not confirmed for 18 months: "möglicherweise veraltet"; after 24 months hidden from families. */
export const OUTDATED_AFTER_MONTHS = 18;
export const HIDDEN_AFTER_MONTHS = 24;

export function monthsBefore(now: Date, months: number): string {
	const d = new Date(now);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d.toISOString();
}

/** ",de,tr," → ['de', 'tr'] */
export function splitList(text: string): string[] {
	return text.split(',').filter(Boolean);
}
export function joinList(items: readonly string[]): string {
	return items.length ? `,${items.join(',')},` : '';
}

function languageNames(code: string): string {
	const key = `offers.lang.${code}` as keyof typeof deStrings;
	return `${deStrings[key] ?? ''} ${enStrings[key as keyof typeof enStrings] ?? ''}`;
}

/** The folded text an offer is found by (see offer-text.ts). */
export function searchTextOf(
	v: Pick<
		OfferValues,
		'name' | 'summary' | 'description' | 'providerName' | 'languages' | 'location'
	>,
	extra: { partnerName?: string; categories: string[] }
): string {
	return foldText(
		[
			v.name,
			v.summary,
			v.description,
			v.providerName,
			extra.partnerName ?? '',
			...extra.categories,
			...v.languages.map(languageNames),
			v.location?.district ?? '',
			v.location?.name ?? '',
			v.location?.street ?? ''
		].join(' ')
	).slice(0, 8000);
}

function toLocation(row: OfferLocationRow, schedules: OfferScheduleRow[]): OfferLocation {
	return {
		id: row.id,
		name: row.name,
		street: row.street,
		postalCode: row.postal_code,
		city: row.city,
		district: row.district,
		latitude: row.latitude,
		longitude: row.longitude,
		wheelchair: row.wheelchair === 1,
		accessibility: row.accessibility,
		hoursNote: row.hours_note,
		hours: schedules
			.filter((s) => s.location_id === row.id)
			.map((s) => ({ weekday: s.weekday, opens: s.opens_at, closes: s.closes_at }))
	};
}

/** Rows → offers with everything that belongs to them (a fixed number of queries). */
export async function hydrate(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	rows: OfferRow[],
	now = new Date(),
	/** The alliance's categories when the caller has them already */
	known?: OfferCategory[]
): Promise<Offer[]> {
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const partnerIds = [...new Set(rows.map((r) => r.partner_id).filter((x): x is string => !!x))];
	// One round trip: everything that belongs to the offers, asked for at once.
	const [categories, links, locations, schedules, partners] = await Promise.all([
		known ?? listCategories(ctx, allianceId),
		repo.findCategoryLinks(ctx.db, allianceId, ids),
		repo.findLocations(ctx.db, allianceId, ids),
		repo.findSchedulesOfOffers(ctx.db, allianceId, ids),
		partnerIds.length
			? providerRepo.findPartners(ctx.db, allianceId, partnerIds)
			: Promise.resolve([])
	]);
	const categoryById = new Map(categories.map((c) => [c.id, c]));
	const partnerById = new Map(partners.map((p) => [p.id, p]));
	const outdatedBefore = monthsBefore(now, OUTDATED_AFTER_MONTHS);
	return rows.map((r) => {
		const partner = r.partner_id ? partnerById.get(r.partner_id) : undefined;
		const cats = links
			.filter((l) => l.offer_id === r.id)
			.map((l) => categoryById.get(l.category_id))
			.filter((c): c is OfferCategory => !!c)
			.sort((a, b) => a.position - b.position);
		return {
			id: r.id,
			slug: r.slug,
			status: r.status,
			name: r.name,
			summary: r.summary,
			description: r.description,
			partnerId: r.partner_id,
			providerName: r.provider_name,
			providerUrl: r.provider_url,
			provider: partner
				? {
						partnerId: partner.id,
						partnerSlug: partner.slug,
						name: partner.name,
						url: partner.website
					}
				: { partnerId: null, partnerSlug: null, name: r.provider_name, url: r.provider_url },
			minAgeMonths: r.min_age_months,
			maxAgeMonths: r.max_age_months,
			costKind: r.cost_kind,
			costText: r.cost_text,
			languages: splitList(r.languages),
			access: splitList(r.access) as AccessKind[],
			accessNote: r.access_note,
			contactName: r.contact_name,
			email: r.email,
			phone: r.phone,
			url: r.url,
			links: parseJsonLinks(r.links),
			categoryIds: cats.map((c) => c.id),
			categories: cats,
			locations: locations.filter((l) => l.offer_id === r.id).map((l) => toLocation(l, schedules)),
			lastCheckedAt: r.last_checked_at,
			updatedAt: r.updated_at,
			createdAt: r.created_at,
			outdated: r.last_checked_at < outdatedBefore,
			pending: r.pending_at
				? {
						at: r.pending_at,
						by: r.pending_by,
						values: JSON.parse(r.pending_changes ?? '{}') as OfferValues
					}
				: null
		};
	});
}

function parseJsonLinks(text: string): { label: string; url: string }[] {
	try {
		const value = JSON.parse(text) as unknown;
		return Array.isArray(value)
			? value.filter(
					(l): l is { label: string; url: string } =>
						typeof l?.label === 'string' && typeof l?.url === 'string'
				)
			: [];
	} catch {
		return [];
	}
}

/** An offer's saved values (for the edit form). */
export function valuesOf(o: Offer): OfferValues {
	return {
		name: o.name,
		summary: o.summary,
		description: o.description,
		partnerId: o.partnerId,
		providerName: o.providerName,
		providerUrl: o.providerUrl,
		minAgeMonths: o.minAgeMonths,
		maxAgeMonths: o.maxAgeMonths,
		costKind: o.costKind,
		costText: o.costText,
		languages: o.languages,
		access: o.access,
		accessNote: o.accessNote,
		contactName: o.contactName,
		email: o.email,
		phone: o.phone,
		url: o.url,
		links: o.links,
		categoryIds: o.categoryIds,
		location: o.locations[0] ?? null
	};
}

/** One offer of the alliance in any state (admin, intern), or null. */
export async function offerById(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	id: string
): Promise<Offer | null> {
	const row = await repo.findOfferById(ctx.db, allianceId, id);
	if (!row) return null;
	return (await hydrate(ctx, allianceId, [row]))[0] ?? null;
}

/** Active partners to choose as provider (id and name). */
export async function partnerChoices(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<{ id: string; name: string }[]> {
	const rows = await providerRepo.findPartners(ctx.db, allianceId, null);
	return rows.map((p) => ({ id: p.id, name: p.name }));
}
