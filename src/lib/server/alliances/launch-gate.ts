import type { Alliance } from './alliance.types.ts';

/*
 * While an alliance is not yet public, visitors get its holding page (/demnaechst) for every
 * page, and nothing for feeds, the widget, the API, files or forms — only what the law and the
 * team need stays open: Impressum, Datenschutz, sign-in and password pages, invitations, the
 * admin, intern and platform areas, the language switch, and the alliance's logo (shown on the
 * holding page). Members of the alliance and operators see the whole site.
 */

const HOLDING_PATH = '/demnaechst';

const OPEN = [
	HOLDING_PATH,
	'/impressum',
	'/datenschutz',
	'/anmelden',
	'/abmelden',
	'/passwort-vergessen',
	'/passwort-neu',
	'/einladung',
	'/admin',
	'/intern',
	'/plattform',
	'/sprache',
	'/_app',
	'/favicon.ico',
	'/robots.txt',
	'/healthz',
	'/metrics'
];

function isOpen(path: string, alliance: Pick<Alliance, 'logoId'>): boolean {
	const page = path.replace(/\/__data\.json$/, '') || '/';
	if (OPEN.some((open) => page === open || page.startsWith(`${open}/`))) return true;
	return alliance.logoId !== null && page === `/dateien/${alliance.logoId}`;
}

/**
 * The answer for a visitor of a not-yet-public alliance, or null when the request may pass.
 * `path` is the path inside the alliance (without /b/<slug>), `prefix` that prefix.
 */
export function launchGate(input: {
	alliance: Pick<Alliance, 'liveSince' | 'logoId'>;
	seesSite: boolean;
	method: string;
	path: string;
	accept: string;
	prefix: string;
}): Response | null {
	if (input.alliance.liveSince !== null || input.seesSite) return null;
	if (isOpen(input.path, input.alliance)) return null;
	const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
	const page =
		(input.method === 'GET' || input.method === 'HEAD') &&
		!input.path.endsWith('/__data.json') &&
		input.accept.includes('text/html');
	if (page) {
		return new Response(null, {
			status: 303,
			headers: { ...headers, location: `${input.prefix}${HOLDING_PATH}` }
		});
	}
	return new Response('Diese Website ist noch nicht öffentlich.', {
		status: 404,
		headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
	});
}
