import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import {
	getSurvey,
	removeSurvey,
	saveSurveySettings
} from '#lib/server/surveys/survey-settings.service.ts';
import {
	addQuestion,
	moveQuestion,
	removeQuestion
} from '#lib/server/surveys/survey-questions.service.ts';
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
		return formAction(request, surveySettingsSchema, async ({ data }) => {
			await saveSurveySettings(getApp(), alliance.id, viewer.userId, params.id, data);
			return { ok: true, success: 'common.saved' };
		});
	},
	addQuestion: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, questionSchema, async ({ data }) => {
			await addQuestion(getApp(), alliance.id, viewer.userId, params.id, data);
			return { ok: true, success: 'common.saved' };
		});
	},
	move: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			const questionId = String(form.get('questionId') ?? '');
			const direction = form.get('direction') === 'up' ? 'up' : 'down';
			await moveQuestion(getApp(), alliance.id, viewer.userId, params.id, questionId, direction);
			return { ok: true, success: 'common.saved' };
		});
	},
	deleteQuestion: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			const questionId = String(form.get('questionId') ?? '');
			await removeQuestion(getApp(), alliance.id, viewer.userId, params.id, questionId);
			return { ok: true, success: 'common.saved' };
		});
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await removeSurvey(getApp(), alliance.id, viewer.userId, params.id);
			redirect(303, `${locals.prefix}/admin/umfragen`);
		});
	}
};
