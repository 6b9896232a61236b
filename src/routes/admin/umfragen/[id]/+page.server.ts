import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import {
	addQuestion,
	getSurvey,
	moveQuestion,
	removeQuestion,
	removeSurvey,
	saveSurveySettings
} from '#lib/server/surveys/survey-edit.service.ts';
import { questionSchema, surveySettingsSchema } from '#lib/server/surveys/survey.schema.ts';
import { countResponses } from '#lib/server/surveys/survey-results.service.ts';

/** YYYY-MM-DD of an instant in Berlin, for the date fields. */
function berlinDay(iso: string | null): string {
	return iso ? new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }) : '';
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance } = requireCoordinator(locals, url);
	const survey = await getSurvey(getApp(), alliance.id, params.id);
	if (!survey) error(404, 'error.notFound');
	return {
		survey: {
			...survey,
			opensOn: berlinDay(survey.opensAt),
			closesOn: berlinDay(survey.closesAt)
		},
		responses: await countResponses(getApp(), alliance.id, survey.id)
	};
};

export const actions: Actions = {
	settings: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(surveySettingsSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await saveSurveySettings(
			getApp(),
			alliance.id,
			viewer.userId,
			params.id,
			parsed.data
		);
		if (!result.ok) return formError(result.status, 'error.form', form, result.errors);
		return { ok: true, success: 'common.saved' };
	},
	addQuestion: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(questionSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await addQuestion(getApp(), alliance.id, viewer.userId, params.id, parsed.data);
		if (!result.ok) return formError(result.status, 'error.form', form, result.errors);
		return { ok: true, success: 'common.saved' };
	},
	move: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		const questionId = String(form?.get('questionId') ?? '');
		const direction = form?.get('direction') === 'up' ? 'up' : 'down';
		const result = await moveQuestion(
			getApp(),
			alliance.id,
			viewer.userId,
			params.id,
			questionId,
			direction
		);
		if (!result.ok)
			return fail(result.status, { message: result.errors._form?.key ?? 'error.badRequest' });
		return { ok: true, success: 'common.saved' };
	},
	deleteQuestion: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		const questionId = String(form?.get('questionId') ?? '');
		const result = await removeQuestion(
			getApp(),
			alliance.id,
			viewer.userId,
			params.id,
			questionId
		);
		if (!result.ok) return fail(result.status, { message: 'error.notFound' });
		return { ok: true, success: 'common.saved' };
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await removeSurvey(getApp(), alliance.id, viewer.userId, params.id);
		if (!result.ok) return fail(result.status, { message: 'error.notFound' });
		redirect(303, `${locals.prefix}/admin/umfragen`);
	}
};
