import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale } from '#lib/i18n/index.ts';

/** Language switch without JavaScript: sets the cookie and returns to the page. */
export const GET: RequestHandler = ({ url, cookies }) => {
	const locale = url.searchParams.get('l');
	if (isLocale(locale)) {
		cookies.set('lang', locale, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			httpOnly: true,
			sameSite: 'lax'
		});
	}
	const back = url.searchParams.get('zurueck') ?? '/';
	// Only paths on this site: no open redirect.
	const safe = back.startsWith('/') && !back.startsWith('//') ? back : '/';
	redirect(303, safe);
};
