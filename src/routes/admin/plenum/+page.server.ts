import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(markPlenumSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			markAsPlenum(getApp(), viewer, alliance.id, parsed.data.event)
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/plenum/${result.value}`);
	}
};
