import crypto from 'node:crypto';
import { contentChanged } from '../alliances/content-changed.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { slugify } from '../content/slug.ts';
import { localToUtcIso } from '../events/core/time-zone.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, type FieldErrors } from '../app-error.ts';
import * as repo from './survey.repository.ts';
import type { QuestionInput, SurveySettingsInput } from './survey.schema.ts';
import { needsAssessment } from './survey.template.ts';
import { toQuestion, toSurvey } from './survey.map.ts';
import type { Survey, SurveyWithQuestions } from './survey.types.ts';

/* Coordinators set up surveys: settings, questions, order, invitations. */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

const notFound = () => new AppError('NOT_FOUND', 'error.notFound');

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

async function changed(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	action: string,
	entityId: string,
	summary: string
) {
	await recordAudit(ctx, { allianceId, userId, action, entity: 'survey', entityId, summary });
	await contentChanged(ctx, allianceId);
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

function questionRow(input: QuestionInput) {
	return {
		section: input.section,
		kind: input.kind,
		label: input.label,
		help: input.help,
		required: input.required ? 1 : 0,
		options: JSON.stringify(
			['single', 'multiple', 'ranking', 'grid'].includes(input.kind) ? input.options : []
		),
		grid_rows: JSON.stringify(input.kind === 'grid' ? input.gridRows : []),
		allow_other: input.allowOther && ['single', 'multiple'].includes(input.kind) ? 1 : 0,
		scale_min: input.kind === 'scale' ? input.scaleMin : null,
		scale_max: input.kind === 'scale' ? input.scaleMax : null,
		scale_min_label: input.kind === 'scale' ? input.scaleMinLabel : '',
		scale_max_label: input.kind === 'scale' ? input.scaleMaxLabel : '',
		results_public: input.resultsPublic ? 1 : 0
	};
}

/** A condition may only point at an earlier choice question of the same survey, at one of its options. */
async function checkCondition(
	ctx: Ctx,
	allianceId: string,
	surveyId: string,
	input: QuestionInput,
	beforePosition: number
): Promise<FieldErrors | null> {
	if (!input.conditionQuestionId) return null;
	const questions = (await repo.findQuestions(ctx.db, allianceId, surveyId)).map(toQuestion);
	const target = questions.find((q) => q.id === input.conditionQuestionId);
	if (
		!target ||
		target.position >= beforePosition ||
		!['single', 'multiple'].includes(target.kind) ||
		!target.options.includes(input.conditionValue)
	) {
		return { conditionValue: { key: 'surveys.error.condition' } };
	}
	return null;
}

export async function addQuestion(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	surveyId: string,
	input: QuestionInput
): Promise<string> {
	const survey = await repo.findSurveyById(ctx.db, allianceId, surveyId);
	if (!survey) throw notFound();
	const existing = await repo.findQuestions(ctx.db, allianceId, surveyId);
	const position = existing.length ? Math.max(...existing.map((q) => q.position)) + 1 : 0;
	const errors = await checkCondition(ctx, allianceId, surveyId, input, position);
	if (errors) throw new AppError('INVALID', 'error.form', errors);
	const id = crypto.randomUUID();
	await repo.insertQuestion(ctx.db, {
		...questionRow(input),
		id,
		alliance_id: allianceId,
		survey_id: surveyId,
		position,
		condition_question_id: input.conditionQuestionId || null,
		condition_value: input.conditionValue || null
	});
	await changed(ctx, allianceId, userId, 'update', surveyId, input.label);
	return id;
}

export async function saveQuestion(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	surveyId: string,
	questionId: string,
	input: QuestionInput
): Promise<void> {
	const questions = await repo.findQuestions(ctx.db, allianceId, surveyId);
	const question = questions.find((q) => q.id === questionId);
	if (!question) throw notFound();
	const errors = await checkCondition(ctx, allianceId, surveyId, input, question.position);
	if (errors) throw new AppError('INVALID', 'error.form', errors);
	await repo.updateQuestion(ctx.db, allianceId, surveyId, questionId, {
		...questionRow(input),
		condition_question_id: input.conditionQuestionId || null,
		condition_value: input.conditionValue || null
	});
	await changed(ctx, allianceId, userId, 'update', surveyId, input.label);
}

/** Moves a question one place up or down (a condition keeps pointing at an earlier question). */
export async function moveQuestion(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	surveyId: string,
	questionId: string,
	direction: 'up' | 'down'
): Promise<void> {
	const questions = await repo.findQuestions(ctx.db, allianceId, surveyId);
	const index = questions.findIndex((q) => q.id === questionId);
	if (index < 0) throw notFound();
	const other = questions[direction === 'up' ? index - 1 : index + 1];
	if (!other) return;
	const [first, second] =
		direction === 'up' ? [other, questions[index]!] : [questions[index]!, other];
	if (second.condition_question_id === first.id) {
		throw new AppError('INVALID', 'surveys.error.moveCondition');
	}
	await ctx.db.transaction().execute(async (trx) => {
		await repo.updateQuestion(trx, allianceId, surveyId, first.id, { position: second.position });
		await repo.updateQuestion(trx, allianceId, surveyId, second.id, { position: first.position });
	});
	await changed(ctx, allianceId, userId, 'update', surveyId, questions[index]!.label);
}

export async function removeQuestion(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	surveyId: string,
	questionId: string
): Promise<void> {
	const questions = await repo.findQuestions(ctx.db, allianceId, surveyId);
	const question = questions.find((q) => q.id === questionId);
	if (!question) throw notFound();
	await ctx.db.transaction().execute(async (trx) => {
		await repo.deleteQuestion(trx, allianceId, surveyId, questionId);
	});
	await changed(ctx, allianceId, userId, 'update', surveyId, question.label);
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

export function hashToken(token: string): string {
	return crypto.createHash('sha256').update(token).digest('base64url');
}

/**
 * Invitation links, `copies` per label (e.g. 25 for "Kita Sonnenschein"): each answers once.
 * The tokens are returned once, to be handed out; only their hashes are kept.
 */
export async function createInvitations(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	surveyId: string,
	labels: string[],
	copies: number
): Promise<{ label: string; token: string }[]> {
	const survey = await repo.findSurveyById(ctx.db, allianceId, surveyId);
	if (!survey) throw notFound();
	const now = new Date().toISOString();
	const made: { label: string; token: string }[] = [];
	for (const label of labels) {
		for (let i = 0; i < copies; i++)
			made.push({ label, token: crypto.randomBytes(18).toString('base64url') });
	}
	if (made.length > 2000) {
		throw new AppError('INVALID', 'error.form', { copies: 'surveys.error.tooManyLinks' });
	}
	await repo.insertInvitations(
		ctx.db,
		made.map((m) => ({
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			survey_id: surveyId,
			token_hash: hashToken(m.token),
			label: m.label,
			created_at: now,
			used_at: null
		}))
	);
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: 'invite',
		entity: 'survey',
		entityId: surveyId,
		summary: `${made.length}`
	});
	return made;
}

/** How many links each label got and how many were used. */
export async function invitationSummary(ctx: Ctx, allianceId: string, surveyId: string) {
	const rows = await repo.findInvitations(ctx.db, allianceId, surveyId);
	const byLabel = new Map<string, { label: string; total: number; used: number }>();
	for (const row of rows) {
		const entry = byLabel.get(row.label) ?? { label: row.label, total: 0, used: 0 };
		entry.total++;
		if (row.used_at) entry.used++;
		byLabel.set(row.label, entry);
	}
	return [...byLabel.values()];
}
