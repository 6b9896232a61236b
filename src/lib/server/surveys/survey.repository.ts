import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type {
	SurveyAnswerTable,
	SurveyInvitationTable,
	SurveyQuestionTable,
	SurveyTable
} from './survey.table.ts';

/* SQL of surveys; every function is bound to one alliance. */

export type SurveyRow = Selectable<SurveyTable>;
export type QuestionRow = Selectable<SurveyQuestionTable>;
export type AnswerRow = Selectable<SurveyAnswerTable>;

export function findSurveys(db: DB, allianceId: string): Promise<SurveyRow[]> {
	return db
		.selectFrom('survey')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('created_at', 'desc')
		.execute();
}

export function findSurveyById(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('survey')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findSurveyBySlug(db: DB, allianceId: string, slug: string) {
	return db
		.selectFrom('survey')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export async function slugTaken(db: DB, allianceId: string, slug: string): Promise<boolean> {
	const row = await db
		.selectFrom('survey')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug)
		.executeTakeFirst();
	return !!row;
}

export async function insertSurvey(db: DB, row: Insertable<SurveyTable>): Promise<void> {
	await db.insertInto('survey').values(row).execute();
}

export async function updateSurvey(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<SurveyTable>
): Promise<void> {
	await db
		.updateTable('survey')
		.set(changes)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteSurvey(db: DB, allianceId: string, id: string): Promise<void> {
	await db
		.deleteFrom('survey')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export function findQuestions(
	db: DB,
	allianceId: string,
	surveyId: string
): Promise<QuestionRow[]> {
	return db
		.selectFrom('survey_question')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.orderBy('position')
		.execute();
}

export async function insertQuestion(db: DB, row: Insertable<SurveyQuestionTable>): Promise<void> {
	await db.insertInto('survey_question').values(row).execute();
}

export async function updateQuestion(
	db: DB,
	allianceId: string,
	surveyId: string,
	id: string,
	changes: Updateable<SurveyQuestionTable>
): Promise<void> {
	await db
		.updateTable('survey_question')
		.set(changes)
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.where('id', '=', id)
		.execute();
}

export async function deleteQuestion(
	db: DB,
	allianceId: string,
	surveyId: string,
	id: string
): Promise<void> {
	await db
		.updateTable('survey_question')
		.set({ condition_question_id: null, condition_value: null })
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.where('condition_question_id', '=', id)
		.execute();
	await db
		.deleteFrom('survey_question')
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.where('id', '=', id)
		.execute();
}

export async function countResponses(db: DB, allianceId: string, surveyId: string) {
	const row = await db
		.selectFrom('survey_response')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function insertInvitations(
	db: DB,
	rows: Insertable<SurveyInvitationTable>[]
): Promise<void> {
	if (rows.length) await db.insertInto('survey_invitation').values(rows).execute();
}

export function findInvitations(db: DB, allianceId: string, surveyId: string) {
	return db
		.selectFrom('survey_invitation')
		.select(['id', 'label', 'created_at', 'used_at'])
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.orderBy('created_at')
		.orderBy('label')
		.execute();
}

export function findInvitationByHash(db: DB, allianceId: string, surveyId: string, hash: string) {
	return db
		.selectFrom('survey_invitation')
		.select(['id', 'used_at'])
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.where('token_hash', '=', hash)
		.executeTakeFirst();
}

/** Marks an invitation used; false when it was used already (also by a parallel request). */
export async function useInvitation(db: DB, id: string, now: string): Promise<boolean> {
	const result = await db
		.updateTable('survey_invitation')
		.set({ used_at: now })
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/**
 * Records that a one-time token of the open link was used; false when it had been used before
 * (also by a parallel request: the primary key decides).
 */
export async function useToken(
	db: DB,
	row: { token_hash: string; alliance_id: string; survey_id: string; issued_at: string }
): Promise<boolean> {
	const inserted = await db
		.insertInto('survey_token')
		.values({ ...row, used_at: row.issued_at })
		.onConflict((oc) => oc.column('token_hash').doNothing())
		.returning('token_hash')
		.executeTakeFirst();
	return inserted !== undefined;
}

export async function insertResponse(
	db: DB,
	response: { id: string; alliance_id: string; survey_id: string; submitted_on: string },
	answers: Insertable<SurveyAnswerTable>[]
): Promise<void> {
	await db.insertInto('survey_response').values(response).execute();
	for (let i = 0; i < answers.length; i += 200) {
		await db
			.insertInto('survey_answer')
			.values(answers.slice(i, i + 200))
			.execute();
	}
}

export function findResponses(db: DB, allianceId: string, surveyId: string) {
	return db
		.selectFrom('survey_response')
		.select(['id', 'submitted_on'])
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.orderBy('submitted_on')
		.orderBy('id')
		.execute();
}

export function findAnswers(db: DB, allianceId: string, surveyId: string): Promise<AnswerRow[]> {
	return db
		.selectFrom('survey_answer')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.execute();
}

export async function setModeration(
	db: DB,
	allianceId: string,
	surveyId: string,
	answerId: string,
	moderation: 'approved' | 'hidden' | 'pending'
): Promise<boolean> {
	const result = await db
		.updateTable('survey_answer')
		.set({ moderation })
		.where('alliance_id', '=', allianceId)
		.where('survey_id', '=', surveyId)
		.where('id', '=', answerId)
		.where('moderation', 'is not', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Free texts waiting for moderation, per survey, the survey with the most first. */
export async function countPendingTexts(
	db: DB,
	allianceId: string
): Promise<{ surveyId: string; count: number }[]> {
	const rows = await db
		.selectFrom('survey_answer')
		.select((eb) => ['survey_id', eb.fn.countAll<number>().as('n')])
		.where('alliance_id', '=', allianceId)
		.where('moderation', '=', 'pending')
		.groupBy('survey_id')
		.orderBy('n', 'desc')
		.orderBy('survey_id')
		.execute();
	return rows.map((r) => ({ surveyId: r.survey_id, count: Number(r.n) }));
}
