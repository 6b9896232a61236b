import { splitPrefix } from '../../tenancy-path.ts';
import type { AllianceRegistry } from '../tenancy/tenancy.ts';
import { answerFromCache, type CachedAnswer } from './encoding.ts';
import {
	isCacheable,
	localeFromCookie,
	pageCacheKey,
	type CachedPage,
	type PageCache
} from './page-cache.ts';

/** The parts of a Node request the fast path reads. */
export interface RawRequest {
	method?: string;
	url?: string;
	headers: {
		host?: string;
		cookie?: string;
		'x-forwarded-proto'?: string | string[];
		'accept-encoding'?: string;
		'if-none-match'?: string;
	};
}

/** The fast path's answer from a cached page: 304 or the body in the best accepted encoding. */
export function rawAnswer(page: CachedPage, req: RawRequest): CachedAnswer {
	return answerFromCache(page, {
		acceptEncoding: req.headers['accept-encoding'],
		ifNoneMatch: req.headers['if-none-match']
	});
}

/**
 * Answers an anonymous visitor's request for a public page straight from the page cache,
 * before SvelteKit is involved (scripts/start.ts calls it for every request). Anything not
 * certain — registry due for a refresh, no entry, a signed-in visitor — returns undefined and
 * the request takes the normal path, which also fills the cache.
 */
export function cachedPageFor(
	deps: { registry: AllianceRegistry; pageCache: PageCache },
	req: RawRequest
): CachedPage | undefined {
	const method = req.method ?? 'GET';
	const host = req.headers.host ?? '';
	const url = req.url ?? '/';
	const cookie = req.headers.cookie ?? '';
	const q = url.indexOf('?');
	const pathname = q === -1 ? url : url.slice(0, q);
	if (!isCacheable(method, splitPrefix(pathname).rest, cookie)) return undefined;
	const resolved = deps.registry.resolveIfFresh(host, pathname);
	if (!resolved?.alliance) return undefined;
	const { id, contentVersion } = resolved.alliance;
	// scripts/start.ts has set the scheme (http/forwarded.ts) as adapter-node will read it.
	const scheme = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
	const origin = `${scheme}://${host.toLowerCase()}`;
	return deps.pageCache.get(
		pageCacheKey(id, contentVersion, localeFromCookie(cookie), origin, url)
	);
}

const FAST_PATH = Symbol.for('buendnis.cachedPageFor');

type FastPath = (req: RawRequest) => CachedPage | undefined;

/** The app offers the fast path to the process's HTTP server (scripts/start.ts). */
export function offerFastPath(fn: FastPath): void {
	(globalThis as Record<symbol, unknown>)[FAST_PATH] = fn;
}

export function takeFastPath(): FastPath | undefined {
	return (globalThis as Record<symbol, unknown>)[FAST_PATH] as FastPath | undefined;
}
