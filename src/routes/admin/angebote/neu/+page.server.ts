import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireOfferEditor } from '#lib/server/auth/permissions.ts';
import { createOffer } from '#lib/server/offers/offer-admin.service.ts';
import { offerFormOptions } from '#lib/server/offers/offer.route.ts';
import { offerFormSchema, valuesFromForm } from '#lib/server/offers/offer.schema.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireOfferEditor(locals, url);
	return { options: await offerFormOptions(getApp(), alliance.id), town: alliance.town };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		return formAction(request, offerFormSchema, async ({ data, form }) => {
			const status = form.get('status');
			const result = await createOffer(
				getApp(),
				viewer,
				alliance.id,
				valuesFromForm(data),
				status === 'draft' || status === 'archived' ? status : 'published'
			);
			redirect(303, `${locals.prefix}/admin/angebote/${result.id}?angelegt=1`);
		});
	}
};
