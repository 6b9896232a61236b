import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publicSurveys } from '#lib/server/surveys/survey-public.service.ts';

/** Surveys families can answer now, and published results. */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	const { open, results } = await publicSurveys(getApp(), alliance.id);
	const pick = (s: (typeof open)[number]) => ({
		slug: s.slug,
		title: s.title,
		intro: s.intro,
		closesAt: s.closesAt
	});
	return { allianceName: alliance.name, open: open.map(pick), results: results.map(pick) };
};
