import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { mapSettings, offerPoints, staticMap } from '#lib/server/offers/offer-map.ts';
import { offerDirectory } from '#lib/server/offers/offer-public.service.ts';
import { offerFilterQuery, readOfferFilters } from '#lib/server/offers/offer.schema.ts';
import { offerCard } from '#lib/server/offers/offer-view.ts';

/** The offers that match the filters in the address (a GET form: works without JS, shareable). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const filters = readOfferFilters(url.searchParams);
	const now = new Date();
	const app = getApp();
	const d = await offerDirectory(app, alliance.id, filters, now);
	return {
		filters,
		categories: d.categories.map((c) => ({ slug: c.slug, name: c.name })),
		category: d.category ? { slug: d.category.slug, name: d.category.name } : null,
		districts: d.districts,
		languages: d.languages,
		offers: d.offers.map((o) => offerCard(o, now)),
		map: staticMap(mapSettings(app.env), offerPoints(d.offers)),
		total: d.total,
		page: d.page,
		pages: d.pages,
		prevQuery: d.page > 1 ? offerFilterQuery(filters, d.page - 1) || '?' : null,
		nextQuery: d.page < d.pages ? offerFilterQuery(filters, d.page + 1) : null
	};
};
