import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { confirmOffer, offerOfToken } from '#lib/server/offers/offer-check.service.ts';

/*
 * The reminder mail's "still correct" link: anyone holding the token may confirm (the token is
 * the permission). The page itself changes nothing; its one button does. Never cached.
 */

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	setHeaders({ 'cache-control': 'no-store' });
	const offer = await orErrorPage(offerOfToken(getApp(), alliance.id, params.token));
	return { offer: { id: offer.id, name: offer.name, lastCheckedAt: offer.lastCheckedAt } };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		allowAnyone(locals);
		const alliance = requireAlliance(locals);
		return formAction(null, async () => {
			const { slug } = await confirmOffer(getApp(), alliance.id, params.token);
			redirect(303, `${locals.prefix}/angebote/${slug}?bestaetigt=1`);
		});
	}
};
