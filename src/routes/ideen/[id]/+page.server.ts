import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { AppError, codeOf } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicIdeas } from '#lib/server/auth/permissions.ts';
import { publicIdea } from '#lib/server/ideas/idea-public.service.ts';
import { requestSupport } from '#lib/server/ideas/idea-support.service.ts';
import { supportSchema } from '#lib/server/ideas/idea.schema.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const alliance = allowPublicIdeas(locals);
	// The support form carries a fresh time token: not cached.
	setHeaders({ 'cache-control': 'private, no-store' });
	const found = await publicIdea(getApp(), alliance.id, params.id);
	if (!found) error(404, 'error.notFound');
	return found;
};

export const actions: Actions = {
	support: async (event) => {
		const alliance = allowPublicIdeas(event.locals);
		return formAction(event.request, supportSchema, async ({ data }) => {
			const result = await requestSupport(getApp(), alliance, event.params.id, data, {
				clientKey: clientKey(event),
				locale: event.locals.locale === 'en' ? 'en' : 'de',
				prefix: event.locals.prefix
			});
			if (!result.ok) throw new AppError(codeOf(result.status), result.error);
			return { ok: true, success: 'ideas.supportSent' };
		});
	}
};
