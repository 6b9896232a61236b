import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import {
	removeTopic,
	saveTopic,
	topicForEdit,
	topicSchema
} from '#lib/server/topics/topic-edit.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const result = await orErrorPage(topicForEdit(getApp(), viewer, alliance.id, params.id));
	return { topic: result };
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, topicSchema, async ({ data }) => {
			await saveTopic(getApp(), viewer, alliance.id, params.id, data);
			return { ok: true, success: 'common.saved' };
		});
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await removeTopic(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/admin/themen`);
		});
	}
};
