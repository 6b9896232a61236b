import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { AppError, codeOf } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { submitResponse, surveyToAnswer } from '#lib/server/surveys/survey-answer.service.ts';

/** Given answers, for refilling the form after an error (passwords never occur here). */
function givenOf(form: FormData): Record<string, string[]> {
	const given: Record<string, string[]> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string' || !key.startsWith('q-')) continue;
		(given[key] ??= []).push(value);
	}
	return given;
}

/**
 * After an answer through the open form the browser keeps a cookie that says only "answered"
 * (no identifier) for this survey's address: the form is not shown again and a second answer
 * from the same browser is refused — a reload gave a new one-time token before (issue 12.2).
 * Invitation links need none: each link answers once.
 */
const ANSWERED_DAYS = 365;
const answeredCookie = (slug: string) => `umfrage-${slug}`;

/**
 * A survey to answer: ?link=<token> for invitation links. Each page view carries its own
 * one-time token, so it is never cached.
 */
export const load: PageServerLoad = async ({ locals, params, url, setHeaders, cookies }) => {
	const alliance = requireAlliance(locals);
	setHeaders({ 'cache-control': 'private, no-store' });
	const found = await surveyToAnswer(
		getApp(),
		alliance.id,
		params.slug,
		url.searchParams.get('link')
	);
	if (!found) error(404, 'error.notFound');
	const { survey } = found;
	const answered =
		found.access.kind === 'form' &&
		found.access.via === 'open' &&
		cookies.get(answeredCookie(params.slug)) === '1';
	const access = answered ? { kind: 'answered' as const } : found.access;
	return {
		allianceName: alliance.name,
		survey: {
			slug: survey.slug,
			title: survey.title,
			intro: survey.intro,
			opensAt: survey.opensAt,
			closesAt: survey.closesAt,
			resultsPublic: survey.resultsPublic,
			questions: access.kind === 'form' ? survey.questions : []
		},
		access: access.kind,
		token: access.kind === 'form' ? access.token : null
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, cookies, url }) => {
		const alliance = requireAlliance(locals);
		return formAction(request, async ({ form }) => {
			const open = String(form.get('token') ?? '').startsWith('o.');
			if (open && cookies.get(answeredCookie(params.slug)) === '1') {
				throw new AppError('CONFLICT', 'surveys.answered');
			}
			const result = await submitResponse(getApp(), alliance.id, params.slug, form);
			if (result.ok) {
				if (open) {
					cookies.set(answeredCookie(params.slug), '1', {
						path: `${locals.prefix}/umfragen/${params.slug}`,
						maxAge: 60 * 60 * 24 * ANSWERED_DAYS,
						httpOnly: true,
						sameSite: 'lax',
						secure: url.protocol === 'https:'
					});
				}
				return { done: true, thanks: result.thanks };
			}
			if ('errors' in result) {
				// Several answers per question (multiple choice, ranking) are refilled from `given`.
				return fail(result.status, {
					message: 'error.form',
					errors: result.errors,
					given: givenOf(form)
				});
			}
			throw new AppError(codeOf(result.status), result.key);
		});
	}
};
