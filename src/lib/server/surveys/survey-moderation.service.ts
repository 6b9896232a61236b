import { contentChanged } from '../alliances/content-changed.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './survey.repository.ts';

/* Free texts are moderated before they appear on a survey's public results page. */

type Ctx = Pick<ServiceContext, 'db'>;

/** Approves or hides a free-text answer (only approved ones appear on the public page). */
export async function moderateText(
	ctx: Pick<ServiceContext, 'db' | 'registry'>,
	allianceId: string,
	userId: string | null,
	surveyId: string,
	answerId: string,
	moderation: 'approved' | 'hidden'
): Promise<boolean> {
	const done = await repo.setModeration(ctx.db, allianceId, surveyId, answerId, moderation);
	if (!done) return false;
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: moderation === 'approved' ? 'approve' : 'hide',
		entity: 'survey_answer',
		entityId: answerId
	});
	await contentChanged(ctx, allianceId);
	return true;
}

/**
 * Free texts waiting for moderation in all surveys, for the dashboard, and the survey with the
 * most of them (whose results page is where they are moderated).
 */
export async function pendingTextCount(
	ctx: Ctx,
	allianceId: string
): Promise<{ count: number; surveyId: string | null }> {
	const perSurvey = await repo.countPendingTexts(ctx.db, allianceId);
	return {
		count: perSurvey.reduce((sum, s) => sum + s.count, 0),
		surveyId: perSurvey[0]?.surveyId ?? null
	};
}
