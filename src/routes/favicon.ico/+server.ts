import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';
import { allianceIcon } from '#lib/server/uploads/favicon.service.ts';

/** The site's icon: the alliance's logo, or a default one (also without an alliance). */
export const GET: RequestHandler = async ({ locals, request }) => {
	allowAnyone(locals);
	const icon = await allianceIcon(getApp(), locals.alliance);
	const headers = new Headers({
		'content-type': 'image/png',
		'cache-control': 'public, max-age=86400',
		etag: icon.etag
	});
	if (request.headers.get('if-none-match') === icon.etag) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(icon.body, { headers });
};
