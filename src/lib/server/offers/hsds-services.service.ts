import type { ServiceContext } from '../context.ts';
import { listCategories } from './offer-category.service.ts';
import { searchWords } from './offer-text.ts';
import * as repo from './offer.repository.ts';
import { hydrate } from './offer.service.ts';
import {
	type Paging,
	type Site,
	organizations,
	page,
	taxonomyId,
	visibleSince
} from './hsds.service.ts';
import {
	fullService,
	organizationFields,
	serviceAtLocations,
	serviceFields
} from './hsds-service-json.ts';

/* HSDS services and service_at_locations: lists and one service. */

type Ctx = Pick<ServiceContext, 'db'>;

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
