import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireOwnOffers } from '#lib/server/auth/permissions.ts';
import { offerFormOptions } from '#lib/server/offers/offer.route.ts';
import { createOwnOffer, ownOffers } from '#lib/server/offers/offer-self.service.ts';
import { offerFormSchema, valuesFromForm } from '#lib/server/offers/offer.schema.ts';
import { partnerSettings } from '#lib/server/partners/partner-self.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireOwnOffers(locals, url);
	const app = getApp();
	const { partners } = await ownOffers(app, viewer, alliance.id);
	const settings = await partnerSettings(app, alliance.id);
	return {
		options: await offerFormOptions(app, alliance.id, partners),
		town: alliance.town,
		needsApproval:
			settings.changesNeedApproval && viewer.role === 'partner' && !viewer.platformAdmin
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireOwnOffers(locals, url);
		return formAction(request, offerFormSchema, async ({ data }) => {
			const result = await createOwnOffer(getApp(), viewer, alliance.id, valuesFromForm(data));
			redirect(
				303,
				`${locals.prefix}/intern/angebote/${result.id}?gespeichert=${result.pending ? 'freigabe' : '1'}`
			);
		});
	}
};
