import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { tokenSchema } from '#lib/server/accounts/account.schema.ts';
import { verifySignInLink } from '#lib/server/accounts/magic-link.service.ts';
import { applyAuthCookies } from '#lib/server/auth/auth-cookies.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';
import { AppError } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';

/*
 * The link from the mail opens this page; the token is used only when the person presses the
 * button (a POST). Mail scanners that open every link therefore cannot use it up.
 */
export const load: PageServerLoad = ({ locals, url }) => {
	allowAnyone(locals);
	return { token: (url.searchParams.get('token') ?? '').slice(0, 200) };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		allowAnyone(locals);
		return formAction(request, async ({ form }) => {
			const parsed = tokenSchema.safeParse({ token: form.get('token') });
			if (!parsed.success) throw new AppError('INVALID', 'accounts.link.missing');
			const result = await verifySignInLink(getApp(), {
				token: parsed.data.token,
				headers: request.headers
			});
			if (!result.ok) throw new AppError('INVALID', 'accounts.link.invalid');
			applyAuthCookies(cookies, result.setCookies);
			const target = locals.alliance
				? `${locals.prefix}/admin`
				: result.platformAdmin
					? '/plattform'
					: `${locals.prefix}/`;
			redirect(303, target);
		});
	}
};
