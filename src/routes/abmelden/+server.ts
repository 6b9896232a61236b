import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { safeReturnPath } from '#lib/server/accounts/return-path.ts';
import { signOut } from '#lib/server/accounts/sign-in.service.ts';
import { applyAuthCookies } from '#lib/server/auth/auth-cookies.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';
import { readForm } from '#lib/server/http/forms.ts';

/**
 * Sign out: POST only (a link or an image cannot sign anyone out; SvelteKit checks the origin
 * of form posts). Ends the session in the database and clears the cookie.
 */
export const POST: RequestHandler = async ({ request, cookies, locals }) => {
	allowAnyone(locals);
	const form = await readForm(request);
	applyAuthCookies(cookies, await signOut(getApp(), request.headers));
	const fallback = `${locals.prefix}/anmelden?hinweis=abgemeldet`;
	redirect(303, safeReturnPath(form?.get('weiter'), fallback));
};
