import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { emailOnlySchema } from '#lib/server/accounts/account.schema.ts';
import { requestPasswordReset } from '#lib/server/accounts/password-reset.service.ts';
import { siteLink } from '#lib/server/accounts/site-link.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

export const load: PageServerLoad = ({ locals }) => {
	allowAnyone(locals);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals } = event;
		allowAnyone(locals);
		return formAction(request, emailOnlySchema, async ({ data }) => {
			const result = await requestPasswordReset(getApp(), {
				email: data.email,
				client: clientKey(event),
				link: siteLink(siteUrlOf(locals), locals.alliance, locals.locale)
			});
			if (!result.ok) throw new AppError('RATE_LIMITED', 'error.tooManyRequests');
			// The same answer whether or not an account exists.
			return { success: 'accounts.reset.sent' };
		});
	}
};
