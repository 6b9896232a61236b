import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireOfferEditor } from '#lib/server/auth/permissions.ts';
import { listOffersForAdmin } from '#lib/server/offers/offer-admin.service.ts';

/** All offers of the alliance (any state); ?wartend=1 shows those with a proposed change. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireOfferEditor(locals, url);
	const pendingOnly = url.searchParams.get('wartend') === '1';
	const offers = await listOffersForAdmin(getApp(), viewer, alliance.id, { pendingOnly });
	return {
		pendingOnly,
		offers: offers.map((o) => ({
			id: o.id,
			slug: o.slug,
			name: o.name,
			provider: o.provider.name,
			status: o.status,
			lastCheckedAt: o.lastCheckedAt,
			outdated: o.outdated,
			pending: !!o.pending
		}))
	};
};
