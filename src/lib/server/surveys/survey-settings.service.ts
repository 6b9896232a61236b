import crypto from 'node:crypto';
import { slugify } from '../content/slug.ts';
import { localToUtcIso } from '../events/core/time-zone.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './survey.repository.ts';
import type { SurveySettingsInput } from './survey.schema.ts';
import { needsAssessment } from './survey.template.ts';
import { toQuestion, toSurvey } from './survey.map.ts';
import type { Survey, SurveyWithQuestions } from './survey.types.ts';
import { changed, notFound, questionRow, type Ctx } from './survey-write.service.ts';

/* Coordinators set up surveys: the list, a new survey, its settings, removal. */

export async function listSurveys(
	ctx: Ctx,
	allianceId: string,
	now = new Date()
): Promise<(Survey & { responses: number })[]> {
	const rows = await repo.findSurveys(ctx.db, allianceId);
	return Promise.all(
		rows.map(async (row) => ({
			...toSurvey(row, now),
			responses: await repo.countResponses(ctx.db, allianceId, row.id)
		}))
	);
}

export async function getSurvey(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	id: string,
	now = new Date()
): Promise<SurveyWithQuestions | undefined> {
	const row = await repo.findSurveyById(ctx.db, allianceId, id);
	if (!row) return undefined;
	const questions = await repo.findQuestions(ctx.db, allianceId, id);
	return { ...toSurvey(row, now), questions: questions.map(toQuestion) };
}

async function uniqueSlug(ctx: Ctx, allianceId: string, title: string): Promise<string> {
	const stem = slugify(title, 'umfrage').slice(0, 70);
	for (let n = 1; ; n++) {
		const slug = n === 1 ? stem : `${stem}-${n}`;
		if (!(await repo.slugTaken(ctx.db, allianceId, slug))) return slug;
	}
}

/** A new survey, empty or from the needs-assessment template; it starts as a draft. */
export async function createSurvey(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	input: { title: string; template: 'blank' | 'needs' }
): Promise<string> {
	const id = crypto.randomUUID();
	const now = new Date().toISOString();
	const template = input.template === 'needs' ? needsAssessment() : null;
	await ctx.db.transaction().execute(async (trx) => {
		await repo.insertSurvey(trx, {
			id,
			alliance_id: allianceId,
			slug: await uniqueSlug({ db: trx }, allianceId, input.title),
			title: input.title,
			intro: template?.intro ?? '',
			thanks: template?.thanks ?? '',
			access: 'open',
			opens_at: null,
			closes_at: null,
			published: 0,
			results_public: 0,
			results_intro: '',
			token_secret: crypto.randomBytes(32).toString('base64url'),
			created_at: now,
			updated_at: now
		});
		const ids = new Map<string, string>();
		for (const [position, q] of (template?.questions ?? []).entries()) {
			const questionId = crypto.randomUUID();
			ids.set(q.key, questionId);
			await repo.insertQuestion(trx, {
				...questionRow(q.input),
				id: questionId,
				alliance_id: allianceId,
				survey_id: id,
				position,
				condition_question_id: q.condition ? (ids.get(q.condition.key) ?? null) : null,
				condition_value: q.condition?.value ?? null
			});
		}
	});
	await changed(ctx, allianceId, userId, 'create', id, input.title);
	return id;
}

/** The start of a Berlin calendar day, or (endOfDay) the last millisecond of it, as UTC. */
function dayToInstant(day: string, endOfDay: boolean): string | null {
	if (!day) return null;
	if (!endOfDay) return localToUtcIso(day, '00:00');
	const next = new Date(`${day}T12:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	const start = localToUtcIso(next.toISOString().slice(0, 10), '00:00');
	return start ? new Date(Date.parse(start) - 1).toISOString() : null;
}

export async function saveSurveySettings(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	input: SurveySettingsInput
): Promise<void> {
	const existing = await repo.findSurveyById(ctx.db, allianceId, id);
	if (!existing) throw notFound();
	await repo.updateSurvey(ctx.db, allianceId, id, {
		title: input.title,
		intro: input.intro,
		thanks: input.thanks,
		access: input.access,
		opens_at: dayToInstant(input.opensOn, false),
		closes_at: dayToInstant(input.closesOn, true),
		published: input.published ? 1 : 0,
		results_public: input.resultsPublic ? 1 : 0,
		results_intro: input.resultsIntro,
		updated_at: new Date().toISOString()
	});
	await changed(ctx, allianceId, userId, 'update', id, input.title);
}

export async function removeSurvey(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string
): Promise<void> {
	const survey = await repo.findSurveyById(ctx.db, allianceId, id);
	if (!survey) throw notFound();
	await repo.deleteSurvey(ctx.db, allianceId, id);
	await changed(ctx, allianceId, userId, 'delete', id, survey.title);
}
