import type { Cookies } from '@sveltejs/kit';

/**
 * Better Auth's HTTP handler is not mounted: form actions call `auth.api.*` with
 * `returnHeaders: true` and hand the returned headers to this one helper, which copies every
 * Set-Cookie (session set on sign-in, cleared on sign-out) onto the SvelteKit response with
 * exactly the attributes Better Auth chose.
 */
export function applyAuthCookies(cookies: Cookies, headers: Headers | null | undefined): void {
	if (!headers) return;
	for (const line of headers.getSetCookie()) {
		const { name, value, ...options } = cookies.parse(line);
		if (!name) continue;
		cookies.set(name, value ?? '', {
			...options,
			path: options.path ?? '/',
			// Better Auth decides these from its base URL; SvelteKit's defaults must not override them.
			secure: options.secure ?? false,
			httpOnly: options.httpOnly ?? false
		});
	}
}

/**
 * The Cookie request header a browser would send after receiving these Set-Cookie headers;
 * used to act as a person right after their session was created (e.g. accepting an invitation).
 */
function cookieHeaderFrom(headers: Headers): string {
	return headers
		.getSetCookie()
		.map((line) => line.split(';')[0]?.trim() ?? '')
		.filter((pair) => pair.includes('=') && !pair.endsWith('='))
		.join('; ');
}

/** Request headers that carry the session from `setCookies` (and nothing else of the caller's). */
export function sessionHeaders(setCookies: Headers): Headers {
	return new Headers({ cookie: cookieHeaderFrom(setCookies) });
}
