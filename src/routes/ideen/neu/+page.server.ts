import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowPublicIdeas } from '#lib/server/auth/permissions.ts';
import { proposeForm, proposeIdea } from '#lib/server/ideas/idea-public.service.ts';
import { proposeSchema } from '#lib/server/ideas/idea.schema.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	const alliance = allowPublicIdeas(locals);
	setHeaders({ 'cache-control': 'private, no-store' });
	return proposeForm(getApp(), alliance.id);
};

export const actions: Actions = {
	default: async (event) => {
		const alliance = allowPublicIdeas(event.locals);
		const form = await readForm(event.request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(proposeSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await proposeIdea(getApp(), alliance, parsed.data, {
			clientKey: clientKey(event),
			locale: event.locals.locale === 'en' ? 'en' : 'de',
			prefix: event.locals.prefix
		});
		if (!result.ok) {
			const errors = result.field ? { [result.field]: { key: result.error } } : {};
			return formError(result.status, result.error, form, errors);
		}
		return { ok: true, success: 'ideas.proposeSentTitle' };
	}
};
