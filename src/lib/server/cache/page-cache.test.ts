import { describe, expect, it } from 'vitest';
import {
	isCacheableRequest,
	isCacheableResponse,
	PAGE_CACHE_BYTES_PER_ALLIANCE,
	PageCache,
	pageCacheBytes
} from './page-cache.ts';

const page = (text: string, storedAt = 0) => ({
	status: 200,
	headers: [['content-type', 'text/html']] as [string, string][],
	body: new TextEncoder().encode(text),
	storedAt
});

describe('PageCache', () => {
	it('returns what was stored until it is older than the maximum age', () => {
		const cache = new PageCache(1024, 1000);
		cache.set('a', page('hallo', 0));
		expect(cache.get('a', 500)?.body).toEqual(new TextEncoder().encode('hallo'));
		expect(cache.get('a', 1500)).toBeUndefined();
	});

	it('evicts the least recently used entries when over its byte budget', () => {
		const cache = new PageCache(80, 60_000);
		cache.set('a', page('x'.repeat(10)));
		cache.set('b', page('x'.repeat(10)));
		cache.get('a');
		for (let i = 0; i < 10; i++) cache.set(`c${i}`, page('x'.repeat(10)));
		expect(cache.get('b')).toBeUndefined();
		expect(cache.size).toBeLessThanOrEqual(8);
	});
});

describe('what may be cached', () => {
	it('caches anonymous public GETs only', () => {
		const get = (path: string, cookie = '') =>
			isCacheableRequest(new Request(`http://x${path}`, { headers: { cookie } }), path);
		expect(get('/')).toBe(true);
		expect(get('/neuigkeiten?seite=2')).toBe(true);
		expect(get('/', 'better-auth.session_token=abc')).toBe(false);
		expect(get('/admin')).toBe(false);
		expect(get('/anmelden')).toBe(false);
		// The client router's data and route requests are never the cached HTML page.
		expect(get('/neuigkeiten/__data.json')).toBe(false);
		expect(get('/b/musterstadt/neuigkeiten/__data.json?x-sveltekit-invalidated=01')).toBe(false);
		expect(
			isCacheableRequest(new Request('http://x/neuigkeiten'), '/neuigkeiten', true),
			'SvelteKit strips __data.json from the URL: isDataRequest tells it'
		).toBe(false);
		expect(
			isCacheableRequest(new Request('http://x/kontakt', { method: 'POST' }), '/kontakt')
		).toBe(false);
	});

	it('never caches responses that set cookies, errors or non-HTML', () => {
		const html = { 'content-type': 'text/html' };
		expect(isCacheableResponse(new Response('ok', { headers: html }))).toBe(true);
		expect(isCacheableResponse(new Response('x', { status: 404, headers: html }))).toBe(false);
		expect(
			isCacheableResponse(new Response('x', { headers: { ...html, 'set-cookie': 'a=b' } }))
		).toBe(false);
		expect(
			isCacheableResponse(new Response('{}', { headers: { 'content-type': 'application/json' } }))
		).toBe(false);
		expect(
			isCacheableResponse(new Response('x', { headers: { ...html, 'cache-control': 'private' } }))
		).toBe(false);
	});
});

describe('page cache size', () => {
	const MB = 1024 * 1024;
	it('grows with the alliances between 16 MB and the configured upper bound', () => {
		expect(pageCacheBytes(0)).toBe(16 * MB);
		expect(pageCacheBytes(1)).toBe(16 * MB);
		expect(pageCacheBytes(100)).toBe(100 * PAGE_CACHE_BYTES_PER_ALLIANCE);
		expect(pageCacheBytes(700)).toBe(128 * MB);
		expect(pageCacheBytes(700, 256)).toBe(700 * PAGE_CACHE_BYTES_PER_ALLIANCE);
		expect(pageCacheBytes(10_000, 256)).toBe(256 * MB);
	});

	it('a smaller budget evicts the least recently used entries at once', () => {
		const cache = new PageCache(1000, 60_000);
		for (let i = 0; i < 10; i++) cache.set(`p${i}`, page('x'.repeat(50), Date.now()));
		cache.get('p0');
		cache.resize(120);
		expect(cache.byteSize).toBeLessThanOrEqual(120);
		expect(cache.get('p0')).toBeDefined();
		expect(cache.get('p1')).toBeUndefined();
	});
});
