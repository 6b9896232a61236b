import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
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
		return formAction(request, workingGroupSchema, async ({ data }) => {
			const result = await saveGroup(getApp(), viewer, alliance.id, null, data);
			redirect(303, `${locals.prefix}/admin/arbeitsgruppen/${result.id}`);
		});
	}
};
