import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { saveTopic, topicSchema } from '#lib/server/topics/topic-edit.service.ts';
import { listTopics } from '#lib/server/topics/topic.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	return { topics: await listTopics(getApp(), alliance.id) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, topicSchema, async ({ data }) => {
			const result = await saveTopic(getApp(), viewer, alliance.id, null, data);
			redirect(303, `${locals.prefix}/admin/themen/${result.id}`);
		});
	}
};
