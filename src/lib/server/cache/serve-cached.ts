import { answerFromCache, compressBody, etagOf } from './encoding.ts';
import { isCacheableResponse, type CachedPage, type PageCache } from './page-cache.ts';
import { SingleFlight } from './single-flight.ts';

/*
 * The page cache in the request flow (hooks.server.ts; docs/decisions/078-render-once.md):
 * a fresh copy is answered at once; concurrent misses of the same key wait for ONE render
 * (single flight); while an expired copy is being rendered again, the others get the stale copy.
 */

export interface CacheDeps {
	pageCache: PageCache;
	flights: SingleFlight<CachedPage | null>;
}

export function createCacheDeps(pageCache: PageCache): CacheDeps {
	return { pageCache, flights: new SingleFlight() };
}

export interface ConditionalRequest {
	acceptEncoding?: string;
	ifNoneMatch?: string;
}

export function conditionalOf(request: Request): ConditionalRequest {
	return {
		acceptEncoding: request.headers.get('accept-encoding') ?? undefined,
		ifNoneMatch: request.headers.get('if-none-match') ?? undefined
	};
}

function respond(page: CachedPage, request: ConditionalRequest, how: string): Response {
	const answer = answerFromCache(page, request);
	const headers = new Headers(answer.headers);
	headers.set('x-cache', how);
	return new Response(answer.body, { status: answer.status, headers });
}

/** A rendered response as a cache entry: its bytes, validator and compressed copies. */
export async function toCachedPage(response: Response, now = Date.now()): Promise<CachedPage> {
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers.entries()].filter(
		([name]) => !/^(content-length|content-encoding|etag)$/i.test(name)
	);
	const compressed = await compressBody(body);
	return {
		status: response.status,
		headers,
		body,
		storedAt: now,
		etag: etagOf(body),
		...compressed
	};
}

/**
 * The answer for a cacheable request: from the cache, or from the one render in progress for
 * the same key, or from a new render (`render`) that is then stored.
 */
export async function serveCached(
	deps: CacheDeps,
	key: string,
	request: ConditionalRequest,
	render: () => Promise<Response>,
	cacheable: (response: Response) => boolean = isCacheableResponse
): Promise<Response> {
	const fresh = deps.pageCache.get(key);
	if (fresh) return respond(fresh, request, 'hit');
	const pending = deps.flights.pending(key);
	if (pending) {
		const stale = deps.pageCache.getStale(key);
		if (stale) return respond(stale, request, 'stale');
		const page = await pending.catch(() => null);
		// Not cacheable (an error page, a redirect): this request renders its own.
		return page ? respond(page, request, 'shared') : render();
	}
	let own: Response | undefined;
	const page = await deps.flights.run(key, async () => {
		const response = await render();
		if (!cacheable(response)) {
			own = response;
			return null;
		}
		const entry = await toCachedPage(response);
		deps.pageCache.set(key, entry);
		return entry;
	});
	if (page) return respond(page, request, 'miss');
	return own ?? render();
}
