import { findRedirectSlug } from './offer-redirect.repository.ts';
import type { ServiceContext } from '../context.ts';
import { listCategories } from './offer-category.service.ts';
import { berlinClock } from './offer-hours.ts';
import { searchWords } from './offer-text.ts';
import * as repo from './offer.repository.ts';
import * as categoryRepo from './offer-category.repository.ts';
import { HIDDEN_AFTER_MONTHS, hydrate, monthsBefore, splitList } from './offer.service.ts';
import type { Offer, OfferCategory, OfferFilters } from './offer.types.ts';

/*
 * What families see: published offers checked within the last 24 months, filtered by what the
 * address says. Offers not checked for 18 months are shown with a note (Offer.outdated).
 */

export const PAGE_SIZE = 20;

export interface OfferDirectory {
	categories: OfferCategory[];
	category: OfferCategory | null;
	districts: string[];
	languages: string[];
	offers: Offer[];
	total: number;
	page: number;
	pages: number;
}

/** The child's age in years → the months of that year of life. */
function ageRange(age: number): { from: number; to: number } {
	return { from: age * 12, to: age * 12 + 11 };
}

export async function offerDirectory(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	filters: OfferFilters,
	now = new Date()
): Promise<OfferDirectory> {
	const clock = berlinClock(now);
	const openOn =
		filters.open === 'jetzt'
			? { weekday: clock.weekday, time: clock.time }
			: filters.open
				? { weekday: Number(filters.open) }
				: undefined;
	const query = {
		statuses: ['published' as const],
		checkedSince: monthsBefore(now, HIDDEN_AFTER_MONTHS),
		// By its slug: the list does not wait for the categories to learn the id.
		categorySlug: filters.category || undefined,
		ageMonths: filters.age !== null ? ageRange(filters.age) : undefined,
		free: filters.free,
		district: filters.district || undefined,
		language: filters.language || undefined,
		wheelchair: filters.wheelchair,
		openOn,
		words: searchWords(filters.q),
		limit: PAGE_SIZE,
		offset: (filters.page - 1) * PAGE_SIZE
	};
	// One round trip for the page's data (PostgreSQL runs them side by side), one for the
	// offers' details (hydrate).
	const [categories, districts, languageLists, { rows, total }] = await Promise.all([
		listCategories(ctx, allianceId),
		repo.findDistricts(ctx.db, allianceId),
		repo.findLanguageLists(ctx.db, allianceId),
		repo.searchOffers(ctx.db, allianceId, query)
	]);
	const category = categories.find((c) => c.slug === filters.category) ?? null;
	const languages = [...new Set(languageLists.flatMap(splitList))].sort();
	return {
		categories,
		category,
		districts,
		languages,
		offers: await hydrate(ctx, allianceId, rows, now, categories),
		total,
		page: filters.page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE))
	};
}

/** Offers per category (published, not hidden), for the entry page's tiles. */
export async function categoryCounts(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	now = new Date()
): Promise<{ category: OfferCategory; count: number }[]> {
	const [categories, counts] = await Promise.all([
		listCategories(ctx, allianceId),
		categoryRepo.countOffersByCategory(ctx.db, allianceId, {
			statuses: ['published'],
			checkedSince: monthsBefore(now, HIDDEN_AFTER_MONTHS)
		})
	]);
	return categories.map((category) => ({ category, count: counts.get(category.id) ?? 0 }));
}

/** Where an address of a merged-away offer leads now: the kept offer's slug (route: 301). */
export function mergedOfferSlug(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	slug: string
): Promise<string | undefined> {
	return findRedirectSlug(ctx.db, allianceId, slug);
}

/** A published, not hidden offer by its address, or null. */
export async function publicOffer(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	slug: string,
	now = new Date()
): Promise<Offer | null> {
	const row = await repo.findOfferBySlug(ctx.db, allianceId, slug);
	if (!row || row.status !== 'published') return null;
	if (row.last_checked_at < monthsBefore(now, HIDDEN_AFTER_MONTHS)) return null;
	const [offer] = await hydrate(ctx, allianceId, [row], now);
	return offer ?? null;
}

/** Other published offers of the same provider (partner), for the detail page. */
export async function offersOfPartner(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	partnerId: string,
	now = new Date()
): Promise<{ slug: string; name: string }[]> {
	const { rows } = await repo.searchOffers(ctx.db, allianceId, {
		statuses: ['published'],
		checkedSince: monthsBefore(now, HIDDEN_AFTER_MONTHS),
		partnerId,
		limit: 50,
		offset: 0
	});
	return rows.map((r) => ({ slug: r.slug, name: r.name }));
}
