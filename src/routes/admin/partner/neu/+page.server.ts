import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';
import { PARTNER_KINDS, partnerAdminSchema } from '#lib/server/partners/partner.schema.ts';
import { createPartner } from '#lib/server/partners/partner-edit.service.ts';
import { listTopics } from '#lib/server/partners/partner.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	return { topics: await listTopics(getApp(), alliance.id), kinds: PARTNER_KINDS };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(partnerAdminSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			createPartner(getApp(), viewer, alliance.id, parsed.data, fileOf(form, 'logo'))
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/partner/${result.value.id}?angelegt=1`);
	}
};
