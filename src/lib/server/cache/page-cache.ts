/**
 * In-memory cache of public pages as anonymous visitors see them. The key contains the
 * alliance's content version, so any change to the alliance's content (contentChanged) makes
 * every old entry unreachable at once; entries also expire after `maxAgeMs` so that
 * time-dependent pages (today's events, scheduled news) stay current — an expired entry may still
 * be served (`getStale`) while one render refreshes it. Bounded in bytes over all encodings (LRU).
 */

export interface CachedPage {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	storedAt: number;
	/** Weak validator of `body` (cache/encoding.ts); computed when missing */
	etag?: string;
	/** The body compressed with brotli and gzip, when it is worth it */
	br?: Uint8Array<ArrayBuffer>;
	gzip?: Uint8Array<ArrayBuffer>;
}

function sizeOf(page: CachedPage): number {
	return page.body.byteLength + (page.br?.byteLength ?? 0) + (page.gzip?.byteLength ?? 0);
}

/**
 * How many bytes the page cache may hold for `alliances` alliances (docs/operations.md):
 * 256 KB per alliance (its most visited pages in all three encodings, about 7 pages of
 * 36 KB), at least 16 MB, at most `maxMb` (PAGE_CACHE_MAX_MB, 128 by default).
 */
export function pageCacheBytes(alliances: number, maxMb = 128): number {
	const MB = 1024 * 1024;
	const wanted = Math.max(16 * MB, Math.max(1, alliances) * PAGE_CACHE_BYTES_PER_ALLIANCE);
	return Math.min(wanted, Math.max(1, maxMb) * MB);
}

export const PAGE_CACHE_BYTES_PER_ALLIANCE = 256 * 1024;

export class PageCache {
	private entries = new Map<string, CachedPage>();
	private bytes = 0;

	private maxBytes: number;
	private readonly maxAgeMs: number;
	private readonly maxStaleMs: number;

	// No parameter properties: plain Node loads this file type-stripped (scripts/start.ts).
	constructor(maxBytes = 64 * 1024 * 1024, maxAgeMs = 60_000, maxStaleMs = 10 * maxAgeMs) {
		this.maxBytes = maxBytes;
		this.maxAgeMs = maxAgeMs;
		this.maxStaleMs = maxStaleMs;
	}

	/** The byte budget; a smaller one evicts the least recently used entries at once. */
	get budget(): number {
		return this.maxBytes;
	}

	resize(maxBytes: number): void {
		if (maxBytes === this.maxBytes) return;
		this.maxBytes = maxBytes;
		this.evict();
	}

	private evict(): void {
		for (const [oldest, entry] of this.entries) {
			if (this.bytes <= this.maxBytes) break;
			this.entries.delete(oldest);
			this.bytes -= sizeOf(entry);
		}
	}

	/** A fresh entry (younger than the maximum age), else undefined. */
	get(key: string, now = Date.now()): CachedPage | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		if (now - entry.storedAt > this.maxAgeMs) {
			// Kept for a while: served stale while one render refreshes it.
			if (now - entry.storedAt > this.maxAgeMs + this.maxStaleMs) this.delete(key);
			return undefined;
		}
		// Move to the end: most recently used.
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry;
	}

	/** An expired entry that may still be served while its page is being rendered again. */
	getStale(key: string, now = Date.now()): CachedPage | undefined {
		const entry = this.entries.get(key);
		if (!entry || now - entry.storedAt > this.maxAgeMs + this.maxStaleMs) return undefined;
		return entry;
	}

	set(key: string, page: CachedPage): void {
		const size = sizeOf(page);
		if (size > this.maxBytes / 8) return;
		this.delete(key);
		this.entries.set(key, page);
		this.bytes += size;
		this.evict();
	}

	delete(key: string): void {
		const entry = this.entries.get(key);
		if (!entry) return;
		this.entries.delete(key);
		this.bytes -= sizeOf(entry);
	}

	get size(): number {
		return this.entries.size;
	}

	/** Bytes held over all entries and encodings. */
	get byteSize(): number {
		return this.bytes;
	}
}

/** Areas that are never cached: they depend on who is signed in or change state. */
const PRIVATE =
	/^\/(admin|intern|plattform|anmelden|abmelden|einladung|passwort-|sprache|api\/|dateien\/)/;

/**
 * The client router's requests for a page's data (`…/__data.json`) and route code
 * (`…/__route.js`): never answered from or stored in the page cache, which holds HTML.
 */
const ROUTER_REQUEST = /\/__(data\.json|route\.js)$/;

/** Only anonymous GETs of public HTML pages are cached. `path` is without the /b/<slug> prefix. */
export function isCacheable(method: string, path: string, cookie: string): boolean {
	if (method !== 'GET') return false;
	if (PRIVATE.test(path) || ROUTER_REQUEST.test(path)) return false;
	return !/better-auth/.test(cookie);
}

/**
 * In the hooks: SvelteKit gives a data request the page's own URL (without `__data.json`), so
 * `isDataRequest` must tell them apart — otherwise the data request would get the cached HTML.
 */
export function isCacheableRequest(
	request: Request,
	path: string,
	isDataRequest = new URL(request.url).pathname.endsWith('/__data.json')
): boolean {
	if (isDataRequest) return false;
	return isCacheable(request.method, path, request.headers.get('cookie') ?? '');
}

/** The interface language a visitor chose (cookie `lang`); German otherwise. */
export function localeFromCookie(cookie: string): 'de' | 'en' {
	return /(?:^|;\s*)lang=en(?:;|$)/.test(cookie) ? 'en' : 'de';
}

/**
 * Everything a cached answer depends on is in its key: the alliance and its content version
 * (a change makes old entries unreachable), the language, the scheme and host the request came
 * on (`origin`, e.g. 'https://familie.example'; the scheme only from a trusted proxy, see
 * http/forwarded.ts) and the path with query.
 */
export function pageCacheKey(
	allianceId: string,
	contentVersion: number,
	locale: string,
	origin: string,
	pathAndQuery: string
): string {
	return `${allianceId}|${contentVersion}|${locale}|${origin}${pathAndQuery}`;
}

export function isCacheableResponse(response: Response): boolean {
	if (response.status !== 200) return false;
	if (response.headers.has('set-cookie')) return false;
	if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return false;
	const control = response.headers.get('cache-control') ?? '';
	return !/no-store|private/.test(control);
}
