import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowPublicNewsletter } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';
import { subscribe, subscribeForm } from '#lib/server/newsletter/newsletter-subscribe.service.ts';
import { subscribeSchema } from '#lib/server/newsletter/newsletter.schema.ts';

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	const alliance = allowPublicNewsletter(locals);
	setHeaders({ 'cache-control': 'private, no-store' });
	return { ...(await subscribeForm(getApp(), alliance.id)), allianceName: alliance.name };
};

export const actions: Actions = {
	default: async (event) => {
		const alliance = allowPublicNewsletter(event.locals);
		const form = await readForm(event.request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(subscribeSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await subscribe(getApp(), alliance, parsed.data, {
			clientKey: clientKey(event),
			pageLocale: event.locals.locale === 'en' ? 'en' : 'de',
			prefix: event.locals.prefix
		});
		if (!result.ok) {
			const errors = result.field ? { [result.field]: { key: result.error } } : {};
			return formError(result.status, result.error, form, errors);
		}
		return { ok: true, success: 'newsletter.sentTitle' };
	}
};
