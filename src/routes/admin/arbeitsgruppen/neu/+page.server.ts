import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
import { listTopicRefs } from '#lib/server/topics/topic.service.ts';
import { workingGroupSchema } from '#lib/server/working-groups/working-group.schema.ts';
import { saveGroup } from '#lib/server/working-groups/working-group.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	return { topics: await listTopicRefs(getApp(), alliance.id) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(workingGroupSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveGroup(getApp(), viewer, alliance.id, null, parsed.data)
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/arbeitsgruppen/${result.value.id}`);
	}
};
