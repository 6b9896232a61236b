import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { emailOnlySchema } from '#lib/server/accounts/account.schema.ts';
import { requestPasswordReset } from '#lib/server/accounts/password-reset.service.ts';
import { siteLink } from '#lib/server/accounts/site-link.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(emailOnlySchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await requestPasswordReset(getApp(), {
			email: parsed.data.email,
			client: clientKey(event),
			link: siteLink(siteUrlOf(locals), locals.alliance, locals.locale)
		});
		if (!result.ok) return formError(429, 'error.tooManyRequests', form);
		// The same answer whether or not an account exists.
		return { success: 'accounts.reset.sent' };
	}
};
