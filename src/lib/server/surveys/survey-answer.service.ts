import crypto from 'node:crypto';
import type { Insertable } from 'kysely';
import type { ServiceContext } from '../context.ts';
import type { FieldErrors } from '../http/forms.ts';
import { hashToken } from './survey-invitations.service.ts';
import { toQuestion, toSurvey } from './survey.map.ts';
import * as repo from './survey.repository.ts';
import type { SurveyAnswerTable } from './survey.table.ts';
import { OTHER, type Question, type SurveyWithQuestions } from './survey.types.ts';

/*
 * Families answer a survey without an account and without being tracked. One answer per person:
 * an invitation link answers once; the open link's form carries a one-time token, signed with
 * the survey's secret (nothing is stored until it is used), which answers once.
 */

type Ctx = Pick<ServiceContext, 'db'>;

type AnswerAccess =
	| { kind: 'form'; token: string; via: 'open' | 'invite' }
	| { kind: 'closed' | 'scheduled' | 'inviteOnly' | 'usedInvite' | 'unknownInvite' };

export interface SurveyToAnswer {
	survey: SurveyWithQuestions;
	access: AnswerAccess;
}

function sign(secret: string, nonce: string): string {
	return crypto.createHmac('sha256', secret).update(nonce).digest('base64url').slice(0, 32);
}

function formToken(secret: string): string {
	const nonce = crypto.randomBytes(18).toString('base64url');
	return `o.${nonce}.${sign(secret, nonce)}`;
}

function validFormToken(secret: string, token: string): boolean {
	const [kind, nonce, mac] = token.split('.');
	if (kind !== 'o' || !nonce || !mac) return false;
	const expected = Buffer.from(sign(secret, nonce));
	const given = Buffer.from(mac);
	return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** A published survey by its address, and whether this visitor may answer it now. */
export async function surveyToAnswer(
	ctx: Ctx,
	allianceId: string,
	slug: string,
	invite: string | null,
	now = new Date()
): Promise<SurveyToAnswer | undefined> {
	const row = await repo.findSurveyBySlug(ctx.db, allianceId, slug);
	if (!row || !row.published) return undefined;
	const questions = (await repo.findQuestions(ctx.db, allianceId, row.id)).map(toQuestion);
	const survey = { ...toSurvey(row, now), questions };
	if (survey.state === 'closed' || survey.state === 'scheduled') {
		return { survey, access: { kind: survey.state } };
	}
	if (invite) {
		const found = await repo.findInvitationByHash(ctx.db, allianceId, row.id, hashToken(invite));
		if (!found) return { survey, access: { kind: 'unknownInvite' } };
		if (found.used_at) return { survey, access: { kind: 'usedInvite' } };
		return { survey, access: { kind: 'form', token: `i.${invite}`, via: 'invite' } };
	}
	if (row.access === 'invite') return { survey, access: { kind: 'inviteOnly' } };
	return { survey, access: { kind: 'form', token: formToken(row.token_secret), via: 'open' } };
}

/** Whether a question is asked, given the answers so far (conditions look at earlier questions). */
function isShown(question: Question, values: Map<string, string[]>): boolean {
	if (!question.condition) return true;
	return (values.get(question.condition.questionId) ?? []).includes(question.condition.value);
}

interface ReadAnswers {
	rows: Omit<Insertable<SurveyAnswerTable>, 'id' | 'alliance_id' | 'survey_id' | 'response_id'>[];
	errors: FieldErrors;
}

const MAX_TEXT = 2000;

/**
 * Reads and checks a filled-in form. Field names: `q-<id>` (the answer; several for multiple
 * choice), `q-<id>-other` (the "other" text), `q-<id>-rank-<n>` (the place of option n),
 * `q-<id>-row-<n>` (the column chosen in grid row n).
 */
function readAnswers(questions: Question[], form: FormData): ReadAnswers {
	const rows: ReadAnswers['rows'] = [];
	const errors: FieldErrors = {};
	const values = new Map<string, string[]>();
	const text = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v.trim() : '';
	};
	for (const q of questions) {
		const field = `q-${q.id}`;
		if (!isShown(q, values)) continue;
		const given = form
			.getAll(field)
			.filter((v): v is string => typeof v === 'string')
			.map((v) => v.trim())
			.filter(Boolean);
		const missing = () => {
			if (q.required) errors[field] = { key: 'surveys.error.required' };
		};
		switch (q.kind) {
			case 'single':
			case 'multiple': {
				const chosen = q.kind === 'single' ? given.slice(0, 1) : [...new Set(given)];
				if (chosen.some((v) => !(q.options.includes(v) || (q.allowOther && v === OTHER)))) {
					errors[field] = { key: 'error.invalid' };
					break;
				}
				if (chosen.length === 0) {
					missing();
					break;
				}
				const other = text(`${field}-other`).slice(0, 300);
				if (chosen.includes(OTHER) && !other) {
					errors[`${field}-other`] = { key: 'surveys.error.otherText' };
					break;
				}
				values.set(q.id, chosen);
				for (const v of chosen) {
					rows.push({
						question_id: q.id,
						value: v,
						text: v === OTHER ? other : null,
						moderation: v === OTHER ? 'pending' : null
					});
				}
				break;
			}
			case 'scale':
			case 'number': {
				if (given.length === 0) {
					missing();
					break;
				}
				const n = Number(given[0]!.replace(',', '.'));
				const ok =
					q.kind === 'scale'
						? Number.isInteger(n) && n >= q.scale!.min && n <= q.scale!.max
						: Number.isFinite(n) && Math.abs(n) <= 1_000_000;
				if (!ok) {
					errors[field] =
						q.kind === 'scale'
							? { key: 'error.invalid' }
							: { key: 'error.numberRange', params: { min: -1_000_000, max: 1_000_000 } };
					break;
				}
				values.set(q.id, [String(n)]);
				rows.push({ question_id: q.id, value: String(n) });
				break;
			}
			case 'text': {
				const t = given[0] ?? '';
				if (!t) {
					missing();
					break;
				}
				if (t.length > MAX_TEXT) {
					errors[field] = { key: 'error.tooLong', params: { max: MAX_TEXT } };
					break;
				}
				values.set(q.id, [t]);
				rows.push({ question_id: q.id, value: '', text: t, moderation: 'pending' });
				break;
			}
			case 'ranking': {
				const places = q.options.map((_, i) => text(`${field}-rank-${i}`));
				const filled = places.filter(Boolean);
				if (filled.length === 0) {
					missing();
					break;
				}
				const numbers = places.map(Number);
				const valid =
					filled.length === q.options.length &&
					numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= q.options.length) &&
					new Set(numbers).size === q.options.length;
				if (!valid) {
					errors[field] = { key: 'surveys.error.ranking', params: { n: q.options.length } };
					break;
				}
				values.set(q.id, q.options);
				q.options.forEach((option, i) =>
					rows.push({ question_id: q.id, value: option, rank: numbers[i]! })
				);
				break;
			}
			case 'grid': {
				const picked = q.gridRows.map((_, i) => text(`${field}-row-${i}`));
				if (picked.some((v) => v && !q.options.includes(v))) {
					errors[field] = { key: 'error.invalid' };
					break;
				}
				if (picked.every((v) => !v)) {
					missing();
					break;
				}
				if (q.required && picked.some((v) => !v)) {
					errors[field] = { key: 'surveys.error.gridAll' };
					break;
				}
				values.set(q.id, picked.filter(Boolean));
				q.gridRows.forEach((row, i) => {
					if (picked[i]) rows.push({ question_id: q.id, row_key: row, value: picked[i]! });
				});
				break;
			}
		}
	}
	return { rows, errors };
}

export type SubmitResult =
	| { ok: true; thanks: string }
	| { ok: false; status: 400; errors: FieldErrors }
	| { ok: false; status: 404 | 409 | 410; key: string };

/** Saves one person's answers once. Nothing is saved when anything is wrong. */
export async function submitResponse(
	ctx: Ctx,
	allianceId: string,
	slug: string,
	form: FormData,
	now = new Date()
): Promise<SubmitResult> {
	const row = await repo.findSurveyBySlug(ctx.db, allianceId, slug);
	if (!row || !row.published) return { ok: false, status: 404, key: 'error.notFound' };
	const survey = toSurvey(row, now);
	if (survey.state !== 'open') return { ok: false, status: 410, key: 'surveys.closed' };
	// A filled-in honeypot: a robot. It is told nothing useful.
	if (typeof form.get('website') === 'string' && form.get('website') !== '') {
		return { ok: false, status: 400, errors: { _form: { key: 'error.badRequest' } } };
	}
	const token = String(form.get('token') ?? '');
	let invitationId: string | null = null;
	if (token.startsWith('i.')) {
		const found = await repo.findInvitationByHash(
			ctx.db,
			allianceId,
			row.id,
			hashToken(token.slice(2))
		);
		if (!found) return { ok: false, status: 404, key: 'surveys.unknownInvite' };
		if (found.used_at) return { ok: false, status: 409, key: 'surveys.alreadyAnswered' };
		invitationId = found.id;
	} else if (row.access !== 'open' || !validFormToken(row.token_secret, token)) {
		return { ok: false, status: 400, errors: { _form: { key: 'surveys.error.token' } } };
	}
	const questions = (await repo.findQuestions(ctx.db, allianceId, row.id)).map(toQuestion);
	const { rows, errors } = readAnswers(questions, form);
	if (Object.keys(errors).length) return { ok: false, status: 400, errors };
	if (rows.length === 0) {
		return { ok: false, status: 400, errors: { _form: { key: 'surveys.error.empty' } } };
	}

	const used = await ctx.db.transaction().execute(async (trx) => {
		const at = now.toISOString();
		const first = invitationId
			? await repo.useInvitation(trx, invitationId, at)
			: await repo.useToken(trx, {
					token_hash: hashToken(token),
					alliance_id: allianceId,
					survey_id: row.id,
					issued_at: at
				});
		if (!first) return false;
		const responseId = crypto.randomUUID();
		await repo.insertResponse(
			trx,
			{ id: responseId, alliance_id: allianceId, survey_id: row.id, submitted_on: at.slice(0, 10) },
			rows.map((r) => ({
				...r,
				id: crypto.randomUUID(),
				alliance_id: allianceId,
				survey_id: row.id,
				response_id: responseId
			}))
		);
		return true;
	});
	if (!used) return { ok: false, status: 409, key: 'surveys.alreadyAnswered' };
	return { ok: true, thanks: row.thanks };
}
