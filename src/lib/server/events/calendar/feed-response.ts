import type { Validators } from './feed-cache.ts';
import { isNotModified } from './feed-cache.ts';
import { CORS_HEADERS } from '../../http/cors.ts';
import { negotiateEncoding } from '../../cache/encoding.ts';

/** A body stored in its encodings (large feeds: compressed once per change, see calendar-feed). */
export interface EncodedBody {
	/** The body as UTF-8, encoded once (a 3 MB text costs about 25 ms to encode per answer) */
	bytes: Uint8Array<ArrayBuffer>;
	br?: Uint8Array<ArrayBuffer>;
	gzip?: Uint8Array<ArrayBuffer>;
}

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
	build: () => Promise<string | EncodedBody>,
	extra: Record<string, string> = {}
): Promise<Response> {
	if (isNotModified(request.headers, validators)) {
		const headers = commonHeaders(validators);
		if (extra.vary) headers.vary = extra.vary;
		return new Response(null, { status: 304, headers });
	}
	const built = await build();
	const headers: Record<string, string> = {
		'content-type': contentType,
		...commonHeaders(validators),
		...extra
	};
	let body: string | Uint8Array<ArrayBuffer> = typeof built === 'string' ? built : built.bytes;
	if (typeof built !== 'string') {
		const encoding = negotiateEncoding(request.headers.get('accept-encoding') ?? undefined, {
			br: !!built.br,
			gzip: !!built.gzip
		});
		const encoded = encoding === 'br' ? built.br : encoding === 'gzip' ? built.gzip : undefined;
		if (encoded) {
			body = encoded;
			headers['content-encoding'] = encoding;
		}
	}
	return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
