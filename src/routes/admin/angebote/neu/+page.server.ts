import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireOfferEditor } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { createOffer } from '#lib/server/offers/offer-admin.service.ts';
import { offerFormOptions } from '#lib/server/offers/offer.route.ts';
import { offerFormSchema, valuesFromForm } from '#lib/server/offers/offer.schema.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireOfferEditor(locals, url);
	return { options: await offerFormOptions(getApp(), alliance.id), town: alliance.town };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(offerFormSchema, form);
		if (!parsed.ok) return parsed.failure;
		const status = form.get('status');
		const result = await attempt(form, () =>
			createOffer(
				getApp(),
				viewer,
				alliance.id,
				valuesFromForm(parsed.data),
				status === 'draft' || status === 'archived' ? status : 'published'
			)
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/angebote/${result.value.id}?angelegt=1`);
	}
};
