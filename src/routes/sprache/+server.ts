import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale } from '#lib/i18n/index.ts';
import { safeReturnPath } from '#lib/server/accounts/return-path.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';

/**
 * The language switch (a plain link; the header marks it data-sveltekit-reload, so that also
 * with JavaScript the browser asks here and not the client router): sets the cookie and returns
 * to the page. The cookie is Secure only on https — on plain http a browser would drop it.
 */
export const GET: RequestHandler = ({ url, cookies, locals }) => {
	allowAnyone(locals);
	const locale = url.searchParams.get('l');
	if (isLocale(locale)) {
		cookies.set('lang', locale, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:'
		});
	}
	// Only paths on this site (no open redirect); anything else: the alliance's home page.
	redirect(303, safeReturnPath(url.searchParams.get('zurueck'), `${locals.prefix}/`));
};
