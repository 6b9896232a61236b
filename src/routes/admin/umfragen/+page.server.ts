import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { createSurvey, listSurveys } from '#lib/server/surveys/survey-settings.service.ts';
import { newSurveySchema } from '#lib/server/surveys/survey.schema.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	const surveys = await listSurveys(getApp(), alliance.id);
	return {
		surveys: surveys.map((s) => ({
			id: s.id,
			title: s.title,
			state: s.state,
			closesAt: s.closesAt,
			responses: s.responses
		}))
	};
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, newSurveySchema, async ({ data }) => {
			const id = await createSurvey(getApp(), alliance.id, viewer.userId, data);
			redirect(303, `${locals.prefix}/admin/umfragen/${id}`);
		});
	}
};
