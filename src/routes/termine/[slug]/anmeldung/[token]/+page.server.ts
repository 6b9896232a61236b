import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import {
	cancelByToken,
	registrationByToken
} from '#lib/server/events/registration/cancel.service.ts';
import { formatWhen } from '#lib/server/events/core/when.ts';
import { formAction } from '#lib/server/http/action.ts';

/**
 * The link from the registration mail: whoever holds it may see and cancel that registration
 * (the token is the permission). Showing never changes anything; cancelling is a POST, so that
 * mail scanners that open links cannot cancel anyone.
 */
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const view = await registrationByToken(getApp(), alliance.id, params.slug, params.token);
	if (!view) return { registration: null };
	const locale = locals.locale === 'en' ? 'en' : 'de';
	return {
		registration: {
			...view,
			when: formatWhen(view.start, view.end, view.allDay, locale),
			upcoming: Date.parse(view.start) > Date.now()
		}
	};
};

export const actions: Actions = {
	cancel: async (event) => {
		allowAnyone(event.locals);
		const alliance = requireAlliance(event.locals);
		// An unknown link is NOT_FOUND ('registration.manage.invalid'): the 404 page.
		return formAction(null, async () => {
			const site = registrationSite(event.locals, alliance);
			await cancelByToken(getApp(), site, alliance.id, event.params.slug, event.params.token);
			return { ok: true, success: 'registration.manage.cancelled' };
		});
	}
};
