import crypto from 'node:crypto';
import { AppError, type FieldErrors } from '../app-error.ts';
import * as repo from './survey.repository.ts';
import type { QuestionInput } from './survey.schema.ts';
import { toQuestion } from './survey.map.ts';
import { changed, notFound, questionRow, type Ctx } from './survey-write.service.ts';

/* Coordinators set up a survey's questions: add, edit, order, remove. */

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
