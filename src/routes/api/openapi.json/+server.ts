import { createHash } from 'node:crypto';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { openApiDocument } from '#lib/server/events/calendar/openapi.ts';
import { alliancePreflight, CORS_HEADERS } from '#lib/server/http/cors.ts';
import { allianceSiteUrl } from '#lib/server/http/site-url.ts';

/** The OpenAPI 3.1 description of the public JSON interfaces (docs/api.md). */
export const GET: RequestHandler = ({ locals, request }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	const site = allianceSiteUrl(getApp().publicUrl, alliance, locals.prefix);
	const body = JSON.stringify(openApiDocument(site, alliance.name), null, 2);
	const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
	const headers = {
		...CORS_HEADERS,
		etag,
		'cache-control': 'public, max-age=3600',
		'content-type': 'application/json; charset=utf-8'
	};
	const inm = request.headers.get('if-none-match');
	if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(request.method === 'HEAD' ? null : body, { headers });
};

export const HEAD = GET;

/** CORS preflight. */
export const OPTIONS: RequestHandler = alliancePreflight;
