import type { Actions, PageServerLoad } from './$types';
import type { z } from 'zod';
import { getApp } from '#lib/server/app.ts';
import { requireIdeaModeration } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { ruleFailure } from '#lib/server/auth/rule-failure.ts';
import {
	answerIdea,
	ideasForModeration,
	moderateIdea
} from '#lib/server/ideas/idea-admin.service.ts';
import { answerIdeaSchema, moderateSchema } from '#lib/server/ideas/idea.schema.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

const FILTERS = {
	pruefen: 'pending',
	veroeffentlicht: 'published',
	abgelehnt: 'rejected'
} as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireIdeaModeration(locals, url);
	const asked = url.searchParams.get('zeigen') ?? 'pruefen';
	const filter = asked in FILTERS || asked === 'alle' ? asked : 'pruefen';
	const moderation = filter === 'alle' ? undefined : FILTERS[filter as keyof typeof FILTERS];
	return { filter, ...(await ideasForModeration(getApp(), viewer, alliance.id, moderation)) };
};

async function act<S extends z.ZodType>(
	request: Request,
	schema: S,
	run: (data: z.infer<S>) => Promise<void>,
	success: string
) {
	const form = await readForm(request);
	if (!form) return formError(400, 'error.badRequest', {});
	const parsed = parseForm(schema, form);
	if (!parsed.ok) return parsed.failure;
	try {
		await run(parsed.data);
	} catch (e) {
		if (isAppError(e)) return ruleFailure(e, form);
		throw e;
	}
	return { success };
}

export const actions: Actions = {
	moderate: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireIdeaModeration(locals, url);
		return act(
			request,
			moderateSchema,
			(d) => moderateIdea(getApp(), viewer, alliance.id, d.id, d.decision),
			'ideas.admin.moderated'
		);
	},
	answer: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireIdeaModeration(locals, url);
		return act(
			request,
			answerIdeaSchema,
			(d) => answerIdea(getApp(), viewer, alliance, d, locals.prefix),
			'ideas.admin.saved'
		);
	}
};
