import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireOfferEditor } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import {
	decidePendingOffer,
	deleteOffer,
	offerForAdmin,
	updateOffer
} from '#lib/server/offers/offer-admin.service.ts';
import { offerFormOptions } from '#lib/server/offers/offer.route.ts';
import {
	formFromValues,
	offerFormSchema,
	valuesFromForm
} from '#lib/server/offers/offer.schema.ts';
import { valuesOf } from '#lib/server/offers/offer.service.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireOfferEditor(locals, url);
	const app = getApp();
	const result = await attempt({}, () => offerForAdmin(app, viewer, alliance.id, params.id));
	if (!result.ok) error(404, 'error.notFound');
	const offer = result.value;
	return {
		offer: {
			id: offer.id,
			slug: offer.slug,
			name: offer.name,
			status: offer.status,
			lastCheckedAt: offer.lastCheckedAt
		},
		pending: offer.pending
			? { at: offer.pending.at, values: formFromValues(offer.pending.values) }
			: null,
		values: formFromValues(valuesOf(offer)),
		options: await offerFormOptions(app, alliance.id),
		created: url.searchParams.get('angelegt') === '1'
	};
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(offerFormSchema, form);
		if (!parsed.ok) return parsed.failure;
		const status = form.get('status');
		const result = await attempt(form, () =>
			updateOffer(
				getApp(),
				viewer,
				alliance.id,
				params.id,
				valuesFromForm(parsed.data),
				status === 'draft' || status === 'archived' || status === 'published' ? status : undefined
			)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'offers.admin.saved' };
	},
	approve: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		const result = await attempt({}, () =>
			decidePendingOffer(getApp(), viewer, alliance.id, params.id, true)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'offers.admin.approved' };
	},
	reject: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		const result = await attempt({}, () =>
			decidePendingOffer(getApp(), viewer, alliance.id, params.id, false)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'offers.admin.rejected' };
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		const result = await attempt({}, () => deleteOffer(getApp(), viewer, alliance.id, params.id));
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/angebote`);
	}
};
