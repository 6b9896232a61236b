import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { AppError, codeOf } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicConcern } from '#lib/server/auth/permissions.ts';
import { addFollowUp, concernStatus } from '#lib/server/concerns/concern-intake.service.ts';
import { followUpSchema } from '#lib/server/concerns/concern.schema.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';

/*
 * The family's private status page. The secret in the URL is the only permission; the page is
 * never cached and not indexed, and an unknown link is a plain 404 page.
 */

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const alliance = allowPublicConcern(locals);
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	return { concern: await concernStatus(getApp(), alliance, params.token) };
};

export const actions: Actions = {
	add: async (event) => {
		const alliance = allowPublicConcern(event.locals);
		return formAction(event.request, followUpSchema, async ({ data }) => {
			const result = await addFollowUp(getApp(), alliance, event.params.token, data, {
				clientKey: clientKey(event),
				locale: event.locals.locale === 'en' ? 'en' : 'de',
				prefix: event.locals.prefix
			});
			if (!result.ok) throw new AppError(codeOf(result.status), result.error);
			return { success: 'concerns.added' };
		});
	}
};
