import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowPublicNewsletter } from '#lib/server/auth/permissions.ts';
import { unsubscribe } from '#lib/server/newsletter/newsletter-subscribe.service.ts';
import { isOneClickBody } from '#lib/server/newsletter/newsletter.schema.ts';

/*
 * One-click unsubscribe (RFC 8058): the mail program POSTs `List-Unsubscribe=One-Click` to the
 * address in the List-Unsubscribe header, without cookies and from another origin. The secret
 * in the path is the permission. SvelteKit refuses cross-origin form POSTs, so scripts/start.ts
 * hands this one path's body on as application/x-list-unsubscribe (see decision 076).
 */

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const alliance = allowPublicNewsletter(locals);
	const body = (await request.text().catch(() => '')).slice(0, 10_000);
	if (!isOneClickBody(body)) {
		return new Response('List-Unsubscribe=One-Click expected', { status: 400 });
	}
	await unsubscribe(getApp(), alliance.id, params.token);
	return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
};
