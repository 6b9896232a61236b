import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { dev } from '$app/env';
import { getApp, startApp } from '#lib/server/app.ts';
import { isLocale } from '#lib/i18n/index.ts';
import { loadViewer } from '#lib/server/auth/session.ts';
import { allowImagesFrom, securityHeaders } from '#lib/server/http/security-headers.ts';
import { tileOrigin } from '#lib/server/offers/offer-map.ts';
import {
	isCacheableRequest,
	isCacheableResponse,
	pageCacheBytes,
	pageCacheKey,
	type CachedPage
} from '#lib/server/cache/page-cache.ts';
import { conditionalOf, serveCached } from '#lib/server/cache/serve-cached.ts';
import { GaveUp, Semaphore, SingleFlight } from '#lib/server/cache/single-flight.ts';
import { splitPrefix } from '#lib/tenancy-path.ts';
import { cachedPageFor, offerFastPath } from '#lib/server/cache/fast-path.ts';
import { launchGate } from '#lib/server/alliances/launch-gate.ts';
import { isAllianceMember } from '#lib/server/auth/permissions.ts';
import { recordCacheHit, recordRequest } from '#lib/server/ops/metrics.ts';
import { mailAlliance } from '#lib/server/mail/mail-scope.ts';

export const init: ServerInit = async () => {
	const app = await startApp();
	// scripts/start.ts answers cache hits before SvelteKit; the same cache and keys as below.
	if (!dev)
		offerFastPath((req) => {
			const hit = cachedPageFor(app, req);
			if (hit) recordCacheHit();
			return hit;
		});
};

/** One render per page cache key at a time (concurrent misses share it). */
const flights = new SingleFlight<CachedPage | null>();

/**
 * Pages rendered at the same time (GET/HEAD; the rest wait in arrival order): a burst of
 * uncached requests queues instead of multiplying latency and memory. Requests whose client
 * has gone away leave the queue unrendered. On SQLite a render's queries run on the one thread,
 * so two slots (one render may wait for a file while the other runs) serve as many as four and
 * keep the event loop's turns short — new connections are taken once per turn (decision 078);
 * PostgreSQL's renders wait for the database, four overlap.
 */
let renderSlots: Semaphore | undefined;
function slots(): Semaphore {
	renderSlots ??= new Semaphore(
		Number(process.env.RENDER_CONCURRENCY) || (getApp().dialect === 'postgres' ? 4 : 2)
	);
	return renderSlots;
}

/** Holding pages of not-yet-public alliances are never stored in the page cache. */
const holdingPages = new WeakSet<Response>();

/**
 * `html[data-hydrated]` says "no script will change this page any more": the root layout sets
 * it to `true` once the page has hydrated; a page that ships no JavaScript (public pages, 092)
 * carries `static` from the start. Tests wait for it (060).
 */
function readyMarker(head: string): string {
	return /\/entry\/start\.[\w-]+\.js/.test(head) ? '' : 'data-hydrated="static"';
}

/**
 * The `<html>` tag's placeholders (app.html) filled in. Only the head is searched and copied: the
 * start script is preloaded there, and a list page's body is 100 KB.
 */
function fillTemplate(html: string, locale: string): string {
	const end = html.indexOf('</head>');
	const head = end === -1 ? html : html.slice(0, end);
	const filled = head
		.replace('%lang%', locale)
		.replace('%dir%', 'ltr')
		.replace('%ready%', readyMarker(head));
	return end === -1 ? filled : filled + html.slice(end);
}

/** Request flow: alliance → locale → public page cache → session → render → security headers. */
const handleRequest: Handle = async ({ event, resolve }) => {
	const app = getApp();
	const { alliance, prefix } = await app.registry.resolve(event.url.host, event.url.pathname);
	// The page cache grows and shrinks with the number of alliances (page-cache.ts).
	app.pageCache.resize(
		pageCacheBytes((await app.registry.all()).length, app.env.PAGE_CACHE_MAX_MB)
	);
	event.locals.alliance = alliance;
	event.locals.prefix = prefix;

	const chosen = event.cookies.get('lang');
	// German first: the content is German, so the interface follows it unless the visitor
	// chooses English with the switch in the header.
	event.locals.locale = isLocale(chosen) ? chosen : 'de';

	// Anonymous visitors of public pages get a cached copy while the alliance's content is unchanged.
	const path = splitPrefix(event.url.pathname).rest;
	const cacheKey =
		!dev && alliance && isCacheableRequest(event.request, path, event.isDataRequest)
			? pageCacheKey(
					alliance.id,
					alliance.contentVersion,
					event.locals.locale,
					event.url.origin,
					event.url.pathname + event.url.search
				)
			: null;
	// Mails sent while the page renders show this alliance's logo (mail/mail-scope.ts).
	const render = (): Promise<Response> =>
		alliance ? mailAlliance.run(alliance.id, renderPage) : renderPage();
	const renderPage = async (): Promise<Response> => {
		event.locals.viewer = await loadViewer(app, event.request.headers, alliance?.id ?? null);
		// A not-yet-public alliance: visitors get the holding page, feeds and forms nothing.
		const gated =
			alliance &&
			launchGate({
				alliance,
				seesSite: isAllianceMember(event.locals.viewer),
				method: event.request.method,
				path,
				accept: event.request.headers.get('accept') ?? '',
				prefix
			});
		if (gated) {
			securityHeaders(gated.headers, event.url, app.env.PUBLIC_URL);
			holdingPages.add(gated);
			return gated;
		}
		const resolveNow = () =>
			resolve(event, {
				transformPageChunk: ({ html }) => fillTemplate(html, event.locals.locale)
			});
		const bounded =
			!event.isSubRequest && (event.request.method === 'GET' || event.request.method === 'HEAD');
		const response = bounded
			? await slots().use(resolveNow, event.request.signal)
			: await resolveNow();
		securityHeaders(response.headers, event.url, app.env.PUBLIC_URL);
		// The Familienwegweiser's small maps load tiles from the configured server, and only there.
		const tiles = tileOrigin(app.env.MAP_TILE_URL);
		if (tiles && (path === '/angebote' || path.startsWith('/angebote/'))) {
			allowImagesFrom(response.headers, tiles);
		}
		return response;
	};

	try {
		if (!cacheKey) return await render();
		// Anonymous visitors of public pages get a cached copy while the alliance's content is
		// unchanged; concurrent misses share one render (cache/serve-cached.ts).
		const response = await serveCached(
			{ pageCache: app.pageCache, flights },
			cacheKey,
			conditionalOf(event.request),
			render,
			(response) => !holdingPages.has(response) && isCacheableResponse(response)
		);
		if (response.headers.get('x-cache') !== 'miss') recordCacheHit();
		return response;
	} catch (error) {
		// The client went away while its request waited for a render slot: nothing to answer.
		if (error instanceof GaveUp) return new Response(null, { status: 499 });
		throw error;
	}
};

/** Every answer is counted by route and status (ops/metrics.ts, /metrics). */
export const handle: Handle = async (input) => {
	const started = performance.now();
	let status = 500;
	try {
		const response = await handleRequest(input);
		status = response.status;
		return response;
	} finally {
		recordRequest(
			input.event.route.id ?? 'unmatched',
			status,
			(performance.now() - started) / 1000
		);
	}
};

/** Unexpected errors are logged with their stack; the visitor sees a translated message only. */
export const handleError: HandleServerError = (input) => {
	if (input.kind === 'unknown') {
		try {
			getApp().log.error({ err: input.error, path: input.event.url.pathname }, 'request failed');
		} catch {
			console.error(input.error);
		}
		return { message: 'error.server' };
	}
	if (input.kind === 'framework') {
		const { status } = input.error;
		return {
			message:
				status === 404 ? 'error.notFound' : status === 403 ? 'error.forbidden' : 'error.badRequest'
		};
	}
	if (input.kind === 'validation') return { message: 'error.badRequest' };
	// App errors carry our own message keys already.
};
