import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireOfferEditor } from '#lib/server/auth/permissions.ts';
import {
	decidePendingOffer,
	deleteOffer,
	listOffersForAdmin,
	mergeOffers,
	offerForAdmin,
	updateOffer
} from '#lib/server/offers/offer-admin.service.ts';
import { z } from 'zod';
import { offerFormOptions } from '#lib/server/offers/offer.route.ts';
import {
	formFromValues,
	offerFormSchema,
	valuesFromForm
} from '#lib/server/offers/offer.schema.ts';
import { valuesOf } from '#lib/server/offers/offer.service.ts';

const mergeSchema = z.object({ into: z.string().uuid('offers.error.mergeChoose') });

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireOfferEditor(locals, url);
	const app = getApp();
	const offer = await orErrorPage(offerForAdmin(app, viewer, alliance.id, params.id));
	// The other entries one of which may be the same offer (merge).
	const others = (await listOffersForAdmin(app, viewer, alliance.id))
		.filter((o) => o.id !== offer.id)
		.map((o) => ({ id: o.id, label: `${o.name} (${o.provider.name})` }))
		.sort((a, b) => a.label.localeCompare(b.label, 'de'));
	return {
		others,
		merged: url.searchParams.get('zusammengefuehrt') === '1',
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
		return formAction(request, offerFormSchema, async ({ data, form }) => {
			const status = form.get('status');
			await updateOffer(
				getApp(),
				viewer,
				alliance.id,
				params.id,
				valuesFromForm(data),
				status === 'draft' || status === 'archived' || status === 'published' ? status : undefined
			);
			return { ok: true, success: 'offers.admin.saved' };
		});
	},
	approve: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		return formAction(null, async () => {
			await decidePendingOffer(getApp(), viewer, alliance.id, params.id, true);
			return { ok: true, success: 'offers.admin.approved' };
		});
	},
	reject: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		return formAction(null, async () => {
			await decidePendingOffer(getApp(), viewer, alliance.id, params.id, false);
			return { ok: true, success: 'offers.admin.rejected' };
		});
	},
	merge: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		return formAction(request, mergeSchema, async ({ data }) => {
			await mergeOffers(getApp(), viewer, alliance.id, params.id, data.into);
			redirect(303, `${locals.prefix}/admin/angebote/${data.into}?zusammengefuehrt=1`);
		});
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		return formAction(null, async () => {
			await deleteOffer(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/admin/angebote`);
		});
	}
};
