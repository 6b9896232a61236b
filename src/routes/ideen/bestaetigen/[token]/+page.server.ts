import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicIdeas } from '#lib/server/auth/permissions.ts';
import { confirmIdea, ideaConfirmable } from '#lib/server/ideas/idea-public.service.ts';

/* The proposer's confirmation: a button (POST), so that mail scanners opening links confirm nothing. */

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const alliance = allowPublicIdeas(locals);
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	return { idea: await ideaConfirmable(getApp(), alliance, params.token) };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		const alliance = allowPublicIdeas(locals);
		return formAction(null, async () => {
			const done = await confirmIdea(getApp(), alliance, params.token, locals.prefix);
			return done ? { ok: true, success: 'ideas.confirmed' } : { ok: false, unknown: true };
		});
	}
};
