import { requireAlliance } from '../auth/permissions.ts';

/*
 * Cross-origin access to the public interfaces (docs/api.md): anyone may read them from a
 * browser, conditional requests included. The answers carry no credentials and no personal
 * data, so `*` is safe; the preflight allows only reading methods and the validator headers.
 */

/** Headers every answer of a public interface carries (200 and 304 alike). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
	'access-control-allow-origin': '*',
	'access-control-expose-headers': 'ETag, Last-Modified, Content-Disposition'
};

/** How long a browser may keep a preflight answer (one day). */
const PREFLIGHT_MAX_AGE = 86400;

/**
 * The answer to a CORS preflight (`OPTIONS`): reading only, with the headers a conditional
 * request needs (If-None-Match, If-Modified-Since) and language negotiation.
 */
export function preflight(): Response {
	return new Response(null, {
		status: 204,
		headers: {
			...CORS_HEADERS,
			allow: 'GET, HEAD, OPTIONS',
			'access-control-allow-methods': 'GET, HEAD, OPTIONS',
			'access-control-allow-headers': 'If-None-Match, If-Modified-Since, Accept, Accept-Language',
			'access-control-max-age': String(PREFLIGHT_MAX_AGE)
		}
	});
}

/**
 * `OPTIONS` of a public interface: the preflight, for a request that belongs to an alliance
 * (404 otherwise, as its GET answers).
 */
export function alliancePreflight({ locals }: { locals: App.Locals }): Response {
	requireAlliance(locals);
	return preflight();
}
