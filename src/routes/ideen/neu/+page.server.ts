import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { AppError, codeOf } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicIdeas } from '#lib/server/auth/permissions.ts';
import { proposeForm, proposeIdea } from '#lib/server/ideas/idea-public.service.ts';
import { proposeSchema } from '#lib/server/ideas/idea.schema.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	const alliance = allowPublicIdeas(locals);
	setHeaders({ 'cache-control': 'private, no-store' });
	return proposeForm(getApp(), alliance.id);
};

export const actions: Actions = {
	default: async (event) => {
		const alliance = allowPublicIdeas(event.locals);
		return formAction(event.request, proposeSchema, async ({ data }) => {
			const result = await proposeIdea(getApp(), alliance, data, {
				clientKey: clientKey(event),
				locale: event.locals.locale === 'en' ? 'en' : 'de',
				prefix: event.locals.prefix
			});
			if (!result.ok) throw new AppError(codeOf(result.status), result.error, result.field);
			return { ok: true, success: 'ideas.proposeSentTitle' };
		});
	}
};
