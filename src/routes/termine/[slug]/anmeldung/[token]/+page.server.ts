import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import {
	cancelByToken,
	registrationByToken
} from '#lib/server/events/registration/cancel.service.ts';
import { formatWhen } from '#lib/server/events/core/when.ts';

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
		try {
			await cancelByToken(
				getApp(),
				registrationSite(event.locals, alliance),
				alliance.id,
				event.params.slug,
				event.params.token
			);
		} catch (e) {
			if (isRuleError(e) && e.status === 404) error(404, 'registration.manage.invalid');
			throw e;
		}
		return { ok: true, success: 'registration.manage.cancelled' };
	}
};
