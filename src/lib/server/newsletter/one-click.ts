import type http from 'node:http';

/*
 * RFC 8058 one-click unsubscribe arrives as a cross-origin form POST without cookies, which
 * SvelteKit's CSRF check refuses (403) whatever the route. For this one path — whose secret
 * token is the only permission and which can do nothing but unsubscribe — the server in front
 * of SvelteKit (scripts/start.ts) renames the form content type, so that the +server.ts POST
 * endpoint receives it. Every other form POST keeps the check.
 */

const ONE_CLICK_PATH = /^(\/b\/[a-z0-9-]+)?\/newsletter\/abmelden\/[A-Za-z0-9_-]{43}\/sofort\/?$/;

const ONE_CLICK_CONTENT_TYPE = 'application/x-list-unsubscribe';

export function isOneClickPath(pathname: string): boolean {
	return ONE_CLICK_PATH.test(pathname);
}

/** Called for every request before SvelteKit; changes only a POST to the one-click path. */
export function letOneClickThrough(req: http.IncomingMessage): void {
	if (req.method !== 'POST' || !req.url) return;
	const pathname = req.url.split('?')[0] ?? '';
	if (!isOneClickPath(pathname)) return;
	req.headers['content-type'] = ONE_CLICK_CONTENT_TYPE;
}
