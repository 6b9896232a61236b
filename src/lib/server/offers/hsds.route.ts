import { createHash } from 'node:crypto';
import { error, json } from '@sveltejs/kit';
import type { Alliance } from '../alliances/alliance.types.ts';
import { getApp } from '../app.ts';
import { CORS_HEADERS } from '../http/cors.ts';
import { allianceSiteUrl } from '../http/site-url.ts';
import { MAX_PER_PAGE, type Paging, type Site } from './hsds.service.ts';

/*
 * HTTP side of the HSDS API: paging parameters as the HSDS OpenAPI names them (page, per_page),
 * and answers that other sites may read (CORS_HEADERS of http/cors.ts; the preflight is its
 * `preflight()`, exported as OPTIONS by each route), cacheable for five minutes and validated by
 * an ETag of the alliance's content version (see docs/api.md). The content version is a counter
 * without a time, so there is no Last-Modified: clients revalidate with If-None-Match.
 */

const MAX_AGE = 300;

/** The alliance's site; its address from the configuration, never from the request's host. */
export function siteOf(alliance: Alliance, prefix: string): Site {
	return {
		url: allianceSiteUrl(getApp().publicUrl, alliance, prefix),
		allianceId: alliance.id,
		allianceName: alliance.name
	};
}

/** page (from 1) and per_page (1–200, default 50); anything else is a 400. */
export function readPaging(params: URLSearchParams): Paging {
	const rawPage = params.get('page') ?? '1';
	const rawSize = params.get('per_page') ?? '50';
	if (!/^\d{1,6}$/.test(rawPage) || !/^\d{1,4}$/.test(rawSize)) error(400, 'error.badRequest');
	return {
		page: Math.max(1, Number(rawPage)),
		perPage: Math.min(MAX_PER_PAGE, Math.max(1, Number(rawSize)))
	};
}

export function readBool(params: URLSearchParams, name: string): boolean {
	return params.get(name) === 'true';
}

/** Headers of every HSDS answer (200 and 304 alike); the ETag changes with the content and daily. */
export function hsdsHeaders(alliance: Alliance, url: URL): Record<string, string> {
	const day = new Date().toISOString().slice(0, 10);
	const etag = `"${createHash('sha256')
		.update(`${alliance.contentVersion}|${day}|${url.pathname}${url.search}`)
		.digest('base64url')
		.slice(0, 22)}"`;
	return {
		etag,
		'cache-control': `public, max-age=${MAX_AGE}`,
		...CORS_HEADERS,
		vary: 'Accept-Encoding'
	};
}

/** The 304 answer when the client's copy (If-None-Match) is current, else null. */
export function hsdsNotModified(
	request: Request,
	headers: Record<string, string>
): Response | null {
	const inm = request.headers.get('if-none-match');
	if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === headers.etag)) {
		return new Response(null, { status: 304, headers });
	}
	return null;
}

/** The JSON answer; 304 when the client's ETag is current. */
export async function hsdsJson(
	request: Request,
	alliance: Alliance,
	url: URL,
	build: () => Promise<unknown>
): Promise<Response> {
	const headers = hsdsHeaders(alliance, url);
	const notModified = hsdsNotModified(request, headers);
	if (notModified) return notModified;
	const body = await build();
	if (body === null) error(404, 'error.notFound');
	return json(body, { headers });
}
