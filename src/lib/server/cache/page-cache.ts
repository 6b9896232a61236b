/**
 * In-memory cache of public pages as anonymous visitors see them. The key contains the
 * alliance's content version, so any change to the alliance's content (contentChanged) makes
 * every old entry unreachable at once; entries also expire after `maxAgeMs` so that
 * time-dependent pages (today's events, scheduled news) stay current. Bounded in bytes (LRU).
 */

export interface CachedPage {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	storedAt: number;
}

export class PageCache {
	private entries = new Map<string, CachedPage>();
	private bytes = 0;

	constructor(
		private readonly maxBytes = 64 * 1024 * 1024,
		private readonly maxAgeMs = 60_000
	) {}

	get(key: string, now = Date.now()): CachedPage | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		if (now - entry.storedAt > this.maxAgeMs) {
			this.delete(key);
			return undefined;
		}
		// Move to the end: most recently used.
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry;
	}

	set(key: string, page: CachedPage): void {
		if (page.body.byteLength > this.maxBytes / 8) return;
		this.delete(key);
		this.entries.set(key, page);
		this.bytes += page.body.byteLength;
		for (const [oldest, entry] of this.entries) {
			if (this.bytes <= this.maxBytes) break;
			this.entries.delete(oldest);
			this.bytes -= entry.body.byteLength;
		}
	}

	delete(key: string): void {
		const entry = this.entries.get(key);
		if (!entry) return;
		this.entries.delete(key);
		this.bytes -= entry.body.byteLength;
	}

	get size(): number {
		return this.entries.size;
	}
}

/** Areas that are never cached: they depend on who is signed in or change state. */
const PRIVATE =
	/^\/(admin|intern|plattform|anmelden|abmelden|einladung|passwort-|sprache|api\/|dateien\/)/;

/** Only anonymous GETs of public HTML pages are cached. */
export function isCacheableRequest(request: Request, path: string): boolean {
	if (request.method !== 'GET') return false;
	if (PRIVATE.test(path)) return false;
	const cookie = request.headers.get('cookie') ?? '';
	if (/better-auth/.test(cookie)) return false;
	return true;
}

export function isCacheableResponse(response: Response): boolean {
	if (response.status !== 200) return false;
	if (response.headers.has('set-cookie')) return false;
	if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return false;
	const control = response.headers.get('cache-control') ?? '';
	return !/no-store|private/.test(control);
}
