import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { PARTNER_KINDS, partnerAdminSchema } from '#lib/server/partners/partner.schema.ts';
import { createPartner } from '#lib/server/partners/partner-edit.service.ts';
import { listTopicRefs } from '#lib/server/topics/topic.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	return { topics: await listTopicRefs(getApp(), alliance.id), kinds: PARTNER_KINDS };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, partnerAdminSchema, async ({ data, form }) => {
			const result = await createPartner(getApp(), viewer, alliance.id, data, fileOf(form, 'logo'));
			redirect(303, `${locals.prefix}/admin/partner/${result.id}?angelegt=1`);
		});
	}
};
