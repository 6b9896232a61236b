import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { DEVICE_COOKIE } from '#lib/server/accounts/account-rate-limit.ts';
import { emailField, signInSchema } from '#lib/server/accounts/account.schema.ts';
import { requestSignInLink } from '#lib/server/accounts/magic-link.service.ts';
import { safeReturnPath } from '#lib/server/accounts/return-path.ts';
import { signIn } from '#lib/server/accounts/sign-in.service.ts';
import { siteLink } from '#lib/server/accounts/site-link.ts';
import { applyAuthCookies } from '#lib/server/auth/auth-cookies.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

const linkSchema = z.object({ linkEmail: emailField });

/** Where to go after signing in when no (valid) ?weiter= was given. */
function landing(locals: App.Locals, platformAdmin: boolean): string {
	if (locals.alliance) return `${locals.prefix}/admin`;
	return platformAdmin ? '/plattform' : `${locals.prefix}/`;
}

export const load: PageServerLoad = ({ locals, url }) => {
	allowAnyone(locals);
	const weiter = url.searchParams.get('weiter') ?? '';
	if (locals.viewer)
		redirect(303, safeReturnPath(weiter, landing(locals, locals.viewer.platformAdmin)));
	const hinweis = url.searchParams.get('hinweis');
	return {
		weiter: safeReturnPath(weiter, ''),
		notice:
			hinweis === 'passwort'
				? 'accounts.signIn.passwordChanged'
				: hinweis === 'abgemeldet'
					? 'accounts.signIn.signedOut'
					: null
	};
};

export const actions: Actions = {
	password: async (event) => {
		const { request, locals, cookies, url } = event;
		allowAnyone(locals);
		return formAction(request, signInSchema, async ({ data, form }) => {
			const result = await signIn(getApp(), {
				...data,
				client: clientKey(event),
				headers: request.headers,
				device: cookies.get(DEVICE_COOKIE)
			});
			if (!result.ok) {
				if (result.reason === 'rateLimited')
					throw new AppError('RATE_LIMITED', 'error.tooManyRequests');
				if (result.reason === 'useLink')
					throw new AppError('RATE_LIMITED', 'accounts.signIn.useLink');
				throw new AppError('INVALID', 'accounts.signIn.failed');
			}
			applyAuthCookies(cookies, result.setCookies);
			// This browser is now known for the account: strangers' wrong passwords never lock it out.
			cookies.set(DEVICE_COOKIE, result.device, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: url.protocol === 'https:',
				maxAge: 60 * 60 * 24 * 400
			});
			redirect(303, safeReturnPath(form.get('weiter'), landing(locals, result.platformAdmin)));
		});
	},

	link: async (event) => {
		const { request, locals } = event;
		allowAnyone(locals);
		return formAction(request, linkSchema, async ({ data }) => {
			const result = await requestSignInLink(getApp(), {
				email: data.linkEmail,
				client: clientKey(event),
				link: siteLink(siteUrlOf(locals), locals.alliance, locals.locale),
				headers: request.headers
			});
			if (!result.ok) throw new AppError('RATE_LIMITED', 'error.tooManyRequests');
			return { success: 'accounts.link.sent' };
		});
	}
};
