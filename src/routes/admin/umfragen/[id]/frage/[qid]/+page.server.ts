import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { getSurvey } from '#lib/server/surveys/survey-settings.service.ts';
import { saveQuestion } from '#lib/server/surveys/survey-questions.service.ts';
import { questionSchema } from '#lib/server/surveys/survey.schema.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance } = requireCoordinator(locals, url);
	const survey = await getSurvey(getApp(), alliance.id, params.id);
	const question = survey?.questions.find((q) => q.id === params.qid);
	if (!survey || !question) error(404, 'error.notFound');
	return {
		survey: { id: survey.id, title: survey.title },
		question,
		earlier: survey.questions
			.filter(
				(q) => q.position < question.position && (q.kind === 'single' || q.kind === 'multiple')
			)
			.map((q) => ({ id: q.id, label: q.label, options: q.options }))
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, questionSchema, async ({ data }) => {
			await saveQuestion(getApp(), alliance.id, viewer.userId, params.id, params.qid, data);
			redirect(303, `${locals.prefix}/admin/umfragen/${params.id}`);
		});
	}
};
