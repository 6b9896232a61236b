import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowPublicIdeas } from '#lib/server/auth/permissions.ts';
import { publicIdea } from '#lib/server/ideas/idea-public.service.ts';
import { requestSupport } from '#lib/server/ideas/idea-support.service.ts';
import { supportSchema } from '#lib/server/ideas/idea.schema.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
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
		const form = await readForm(event.request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(supportSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await requestSupport(getApp(), alliance, event.params.id, parsed.data, {
			clientKey: clientKey(event),
			locale: event.locals.locale === 'en' ? 'en' : 'de',
			prefix: event.locals.prefix
		});
		if (!result.ok) {
			if (result.status === 404) error(404, 'error.notFound');
			return formError(result.status, result.error, form);
		}
		return { ok: true, success: 'ideas.supportSent' };
	}
};
