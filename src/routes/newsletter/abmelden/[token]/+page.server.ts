import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allowPublicNewsletter } from '#lib/server/auth/permissions.ts';
import {
	unsubscribable,
	unsubscribe
} from '#lib/server/newsletter/newsletter-subscribe.service.ts';

/* Unsubscribing without login: the link in every mail leads here; the button (POST) unsubscribes. */

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const alliance = allowPublicNewsletter(locals);
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	return { subscription: await unsubscribable(getApp(), alliance.id, params.token) };
};

export const actions: Actions = {
	default: async ({ locals, params }) => {
		const alliance = allowPublicNewsletter(locals);
		return formAction(null, async () => {
			await unsubscribe(getApp(), alliance.id, params.token);
			// The same answer whether or not the address was still subscribed.
			return { ok: true };
		});
	}
};
