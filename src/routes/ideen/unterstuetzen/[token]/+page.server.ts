import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicIdeas } from '#lib/server/auth/permissions.ts';
import { confirmSupport, supportConfirmable } from '#lib/server/ideas/idea-support.service.ts';

/* Confirms a support with a button (POST), so that mail scanners opening links count nothing. */

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const alliance = allowPublicIdeas(locals);
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const found = await supportConfirmable(getApp(), alliance.id, params.token);
	return { idea: found?.idea ?? null };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		const alliance = allowPublicIdeas(locals);
		return formAction(null, async () => {
			const idea = await confirmSupport(getApp(), alliance.id, params.token);
			return idea ? { ok: true, ideaId: idea.id } : { ok: false, unknown: true };
		});
	}
};
