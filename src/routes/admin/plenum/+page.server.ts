import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formAction } from '#lib/server/http/action.ts';
import { markPlenumSchema } from '#lib/server/plenum/plenum.schema.ts';
import { markAsPlenum, plenumOverview } from '#lib/server/plenum/plenum.service.ts';

/** The alliance's plena, and an event chosen to become the plenum. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	return plenumOverview(getApp(), viewer, alliance.id);
};

export const actions: Actions = {
	mark: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, markPlenumSchema, async ({ data }) => {
			const id = await markAsPlenum(getApp(), viewer, alliance.id, data.event);
			redirect(303, `${locals.prefix}/admin/plenum/${id}`);
		});
	}
};
