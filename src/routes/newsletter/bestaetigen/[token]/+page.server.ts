import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicNewsletter } from '#lib/server/auth/permissions.ts';
import {
	confirmable,
	confirmSubscription
} from '#lib/server/newsletter/newsletter-subscribe.service.ts';

/* The confirmation of a subscription: a button (POST), so that mail scanners opening links confirm nothing. */

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const alliance = allowPublicNewsletter(locals);
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	return { valid: await confirmable(getApp(), alliance.id, params.token) };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		const alliance = allowPublicNewsletter(locals);
		return formAction(null, async () => {
			const done = await confirmSubscription(getApp(), alliance.id, params.token);
			return done ? { ok: true } : { ok: false, unknown: true };
		});
	}
};
