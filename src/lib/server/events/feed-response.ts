import type { Validators } from './calendar-feed.service.ts';
import { isNotModified } from './calendar-feed.service.ts';
import { CORS_HEADERS } from '../http/cors.ts';

/*
 * HTTP answers of the feeds: validators on every answer, 304 when the client's copy is
 * current, public caching for a few minutes, readable from other sites (public data only;
 * the preflight is `preflight()` in http/cors.ts, exported as OPTIONS by each interface).
 */

export const FEED_MAX_AGE = 300;

/** Feeds whose titles follow the visitor's language (cookie `lang`) say so to caches. */
export const VARY_LANGUAGE = { vary: 'Accept-Encoding, Cookie' };

function commonHeaders(validators: Validators): Record<string, string> {
	return {
		etag: validators.etag,
		'last-modified': validators.lastModified.toUTCString(),
		'cache-control': `public, max-age=${FEED_MAX_AGE}`,
		...CORS_HEADERS,
		vary: 'Accept-Encoding'
	};
}

export async function feedResponse(
	request: Request,
	validators: Validators,
	contentType: string,
	build: () => Promise<string>,
	extra: Record<string, string> = {}
): Promise<Response> {
	if (isNotModified(request.headers, validators)) {
		const headers = commonHeaders(validators);
		if (extra.vary) headers.vary = extra.vary;
		return new Response(null, { status: 304, headers });
	}
	const body = await build();
	return new Response(request.method === 'HEAD' ? null : body, {
		status: 200,
		headers: { 'content-type': contentType, ...commonHeaders(validators), ...extra }
	});
}
