import type { ServiceContext } from '../context.ts';
import { toSurvey } from './survey.map.ts';
import * as repo from './survey.repository.ts';
import { surveyResults } from './survey-results.service.ts';

/* The public side of surveys: the list of published ones and their public results. */

type Ctx = Pick<ServiceContext, 'db'>;

/** Published surveys: open ones to answer, and those whose results are public. */
export async function publicSurveys(ctx: Ctx, allianceId: string, now = new Date()) {
	const rows = await repo.findSurveys(ctx.db, allianceId);
	const surveys = rows.filter((r) => r.published).map((r) => toSurvey(r, now));
	return {
		open: surveys.filter((s) => s.state === 'open' && s.access === 'open'),
		results: surveys.filter((s) => s.resultsPublic)
	};
}

/** A survey by its address for its public results page (only when the results are public). */
export async function publicResultsBySlug(
	ctx: Ctx,
	allianceId: string,
	slug: string,
	now = new Date()
) {
	const row = await repo.findSurveyBySlug(ctx.db, allianceId, slug);
	if (!row || !row.published || !row.results_public) return undefined;
	return surveyResults(ctx, allianceId, row.id, { publicOnly: true, now });
}
