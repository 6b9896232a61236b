import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireOwnOffers } from '#lib/server/auth/permissions.ts';
import { offerFormOptions } from '#lib/server/offers/offer.route.ts';
import { ownOffer, ownOffers, updateOwnOffer } from '#lib/server/offers/offer-self.service.ts';
import {
	formFromValues,
	offerFormSchema,
	valuesFromForm
} from '#lib/server/offers/offer.schema.ts';
import { valuesOf } from '#lib/server/offers/offer.service.ts';
import { partnerSettings } from '#lib/server/partners/partner-self.service.ts';

/** A partner contact edits one of their own offers; anybody else's gives 404. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireOwnOffers(locals, url);
	const app = getApp();
	const offer = await orErrorPage(ownOffer(app, viewer, alliance.id, params.id));
	const [{ partners }, settings] = await Promise.all([
		ownOffers(app, viewer, alliance.id),
		partnerSettings(app, alliance.id)
	]);
	// A coordinator looking in may keep the offer's partner even if they do not speak for it.
	const choices = partners.some((p) => p.id === offer.partnerId)
		? partners
		: [...partners, { id: offer.partnerId ?? '', name: offer.provider.name }];
	const saved = url.searchParams.get('gespeichert');
	return {
		offer: {
			id: offer.id,
			slug: offer.slug,
			name: offer.name,
			status: offer.status,
			pendingAt: offer.pending?.at ?? null
		},
		values: formFromValues(offer.pending ? offer.pending.values : valuesOf(offer)),
		options: await offerFormOptions(app, alliance.id, choices),
		needsApproval:
			settings.changesNeedApproval && viewer.role === 'partner' && !viewer.platformAdmin,
		saved:
			saved === 'freigabe' ? 'offers.intern.savedPending' : saved ? 'offers.intern.saved' : null
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireOwnOffers(locals, url);
		return formAction(request, offerFormSchema, async ({ data }) => {
			const result = await updateOwnOffer(
				getApp(),
				viewer,
				alliance.id,
				params.id,
				valuesFromForm(data)
			);
			return {
				ok: true,
				success: result.pending ? 'offers.intern.savedPending' : 'offers.intern.saved'
			};
		});
	}
};
