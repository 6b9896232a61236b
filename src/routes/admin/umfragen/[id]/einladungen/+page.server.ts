import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { getSurvey } from '#lib/server/surveys/survey-settings.service.ts';
import {
	createInvitations,
	invitationSummary
} from '#lib/server/surveys/survey-invitations.service.ts';
import { invitationsSchema } from '#lib/server/surveys/survey.schema.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance } = requireCoordinator(locals, url);
	const survey = await getSurvey(getApp(), alliance.id, params.id);
	if (!survey) error(404, 'error.notFound');
	return {
		survey: { id: survey.id, title: survey.title },
		summary: await invitationSummary(getApp(), alliance.id, survey.id)
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, invitationsSchema, async ({ data }) => {
			const survey = await getSurvey(getApp(), alliance.id, params.id);
			if (!survey) error(404, 'error.notFound');
			const result = await createInvitations(
				getApp(),
				alliance.id,
				viewer.userId,
				params.id,
				data.labels,
				data.copies
			);
			// Links from configuration, never from the request's host.
			const base = `${siteUrlOf(locals)}/umfragen/${survey.slug}?link=`;
			return {
				ok: true,
				links: result.map((l) => ({ label: l.label, url: base + encodeURIComponent(l.token) }))
			};
		});
	}
};
