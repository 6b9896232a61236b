import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import {
	listCategories,
	removeCategory,
	saveCategory
} from '#lib/server/offers/offer-category.service.ts';
import { categorySchema } from '#lib/server/offers/offer.schema.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';

/** Coordinators edit the alliance's Lebenslagen (one small form per category, and one to add). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	return { categories: await listCategories(getApp(), alliance.id) };
};

export const actions: Actions = {
	save: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(categorySchema, form);
		if (!parsed.ok) return parsed.failure;
		const id = String(form.get('id') ?? '') || null;
		const result = await attempt(form, () =>
			saveCategory(getApp(), viewer, alliance.id, id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'offers.categories.saved' };
	},
	remove: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const id = String(form.get('id') ?? '');
		const result = await attempt(form, () => removeCategory(getApp(), viewer, alliance.id, id));
		if (!result.ok) return result.failure;
		return { ok: true, success: 'offers.categories.saved' };
	}
};
