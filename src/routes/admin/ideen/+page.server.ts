import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireIdeaModeration } from '#lib/server/auth/permissions.ts';
import {
	answerIdea,
	ideasForModeration,
	moderateIdea
} from '#lib/server/ideas/idea-admin.service.ts';
import { answerIdeaSchema, moderateSchema } from '#lib/server/ideas/idea.schema.ts';
import { formAction } from '#lib/server/http/action.ts';

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

export const actions: Actions = {
	moderate: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireIdeaModeration(locals, url);
		return formAction(request, moderateSchema, async ({ data: d }) => {
			await moderateIdea(getApp(), viewer, alliance.id, d.id, d.decision);
			return { success: 'ideas.admin.moderated' };
		});
	},
	answer: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireIdeaModeration(locals, url);
		return formAction(request, answerIdeaSchema, async ({ data: d }) => {
			await answerIdea(getApp(), viewer, alliance, d, locals.prefix);
			return { success: 'ideas.admin.saved' };
		});
	}
};
