import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireRoutedConcerns } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { answerRouted, routedDetail } from '#lib/server/concerns/concern-routed.service.ts';
import { answerSchema } from '#lib/server/concerns/concern.schema.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireRoutedConcerns(locals, url);
	try {
		return { concern: await routedDetail(getApp(), viewer, alliance.id, params.id) };
	} catch (e) {
		if (isAppError(e)) error(e.status, e.key);
		throw e;
	}
};

export const actions: Actions = {
	answer: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireRoutedConcerns(locals, url);
		return formAction(request, answerSchema, async ({ data }) => {
			await answerRouted(getApp(), viewer, alliance, params.id, data.body, locals.prefix);
			return { success: 'concerns.intern.answered' };
		});
	}
};
