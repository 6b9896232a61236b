import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publicResultsBySlug } from '#lib/server/surveys/survey-public.service.ts';

/** The results the coordinators chose to publish; approved free texts only. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const results = await publicResultsBySlug(getApp(), alliance.id, params.slug);
	if (!results) error(404, 'error.notFound');
	return {
		allianceName: alliance.name,
		survey: {
			slug: results.survey.slug,
			title: results.survey.title,
			resultsIntro: results.survey.resultsIntro,
			state: results.survey.state
		},
		responses: results.responses,
		results: results.results
	};
};
