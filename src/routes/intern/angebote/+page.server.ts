import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireOwnOffers } from '#lib/server/auth/permissions.ts';
import { ownOffers } from '#lib/server/offers/offer-self.service.ts';

/** The offers of the partners the signed-in contact speaks for. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireOwnOffers(locals, url);
	const { partners, offers } = await ownOffers(getApp(), viewer, alliance.id);
	return {
		partners,
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
