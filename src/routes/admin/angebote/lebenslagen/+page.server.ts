import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import {
	listCategories,
	removeCategory,
	saveCategory
} from '#lib/server/offers/offer-category.service.ts';
import { categorySchema } from '#lib/server/offers/offer.schema.ts';

/** Coordinators edit the alliance's Lebenslagen (one small form per category, and one to add). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	return { categories: await listCategories(getApp(), alliance.id) };
};

export const actions: Actions = {
	save: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, categorySchema, async ({ data, form }) => {
			const id = String(form.get('id') ?? '') || null;
			await saveCategory(getApp(), viewer, alliance.id, id, data);
			return { ok: true, success: 'offers.categories.saved' };
		});
	},
	remove: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			const id = String(form.get('id') ?? '');
			await removeCategory(getApp(), viewer, alliance.id, id);
			return { ok: true, success: 'offers.categories.saved' };
		});
	}
};
