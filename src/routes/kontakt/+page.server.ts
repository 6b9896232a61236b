import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { AppError, codeOf } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicConcern } from '#lib/server/auth/permissions.ts';
import { concernForm, submitConcern } from '#lib/server/concerns/concern-intake.service.ts';
import { concernFormSchema } from '#lib/server/concerns/concern.schema.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';
import { allianceJsonLd } from '#lib/server/seo/structured-data.ts';

/*
 * The contact point: a family writes in (general messages are a category). The form carries a
 * signed time token, so the page is never cached (each visitor gets a fresh one).
 */

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	const alliance = allowPublicConcern(locals);
	setHeaders({ 'cache-control': 'private, no-store' });
	return {
		contact: alliance.contact,
		jsonLd: allianceJsonLd(getApp().publicUrl, alliance, locals.prefix),
		...(await concernForm(getApp(), alliance.id))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const alliance = allowPublicConcern(event.locals);
		return formAction(event.request, concernFormSchema, async ({ data }) => {
			const result = await submitConcern(getApp(), alliance, data, {
				clientKey: clientKey(event),
				locale: event.locals.locale === 'en' ? 'en' : 'de',
				prefix: event.locals.prefix
			});
			if (!result.ok) throw new AppError(codeOf(result.status), result.error, result.field);
			return {
				ok: true,
				success: 'concerns.sentTitle',
				reference: result.reference,
				statusUrl: result.statusUrl,
				mailed: result.mailed
			};
		});
	}
};
