import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { createSurvey, listSurveys } from '#lib/server/surveys/survey-edit.service.ts';
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(newSurveySchema, form);
		if (!parsed.ok) return parsed.failure;
		const id = await createSurvey(getApp(), alliance.id, viewer.userId, parsed.data);
		redirect(303, `${locals.prefix}/admin/umfragen/${id}`);
	}
};
