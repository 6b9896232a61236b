import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { AppError, codeOf } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicNewsletter } from '#lib/server/auth/permissions.ts';
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
		return formAction(event.request, subscribeSchema, async ({ data }) => {
			const result = await subscribe(getApp(), alliance, data, {
				clientKey: clientKey(event),
				pageLocale: event.locals.locale === 'en' ? 'en' : 'de',
				prefix: event.locals.prefix
			});
			if (!result.ok) throw new AppError(codeOf(result.status), result.error, result.field);
			return { ok: true, success: 'newsletter.sentTitle' };
		});
	}
};
