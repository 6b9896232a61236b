import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
import {
	removeTopic,
	saveTopic,
	topicForEdit,
	topicSchema
} from '#lib/server/topics/topic-edit.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const result = await attempt({}, () => topicForEdit(getApp(), viewer, alliance.id, params.id));
	if (!result.ok) return { topic: null };
	return { topic: result.value };
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(topicSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveTopic(getApp(), viewer, alliance.id, params.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'common.saved' };
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () => removeTopic(getApp(), viewer, alliance.id, params.id));
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/themen`);
	}
};
