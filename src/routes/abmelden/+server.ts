import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { safeReturnPath } from '#lib/server/accounts/return-path.ts';
import { signOut } from '#lib/server/accounts/sign-in.service.ts';
import { applyAuthCookies } from '#lib/server/auth/auth-cookies.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';
import { readFormBody } from '#lib/server/http/forms.ts';

/**
 * Sign out: POST only (a link or an image cannot sign anyone out; SvelteKit checks the origin
 * of form posts). Ends the session in the database and clears the cookie.
 */
export const POST: RequestHandler = async ({ request, cookies, locals }) => {
	allowAnyone(locals);
	const read = await readFormBody(request);
	applyAuthCookies(cookies, await signOut(getApp(), request.headers));
	const fallback = `${locals.prefix}/anmelden?hinweis=abgemeldet`;
	redirect(303, safeReturnPath(read.ok ? read.form.get('weiter') : null, fallback));
};
