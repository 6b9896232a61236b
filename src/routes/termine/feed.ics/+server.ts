import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { translate } from '#lib/i18n/index.ts';
import {
	filterQuery,
	isFiltered,
	parseFilter
} from '#lib/server/events/calendar/calendar-filter.ts';
import {
	cachedEncodedBody,
	feedValidators,
	feedWindowStart
} from '#lib/server/events/calendar/feed-cache.ts';
import { calendarIcsBytes } from '#lib/server/events/calendar/calendar-feed.service.ts';
import { feedResponse, VARY_LANGUAGE } from '#lib/server/events/calendar/feed-response.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';

/** The iCalendar feed of the alliance; takes the same filters as /termine (subscribe via webcal://). */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	const app = getApp();
	const filter = parseFilter(url.searchParams);
	const now = new Date();
	const site = siteUrlOf(locals);
	const key = `ics|${locals.locale}|${site}${filterQuery(filter)}`;
	const validators = await feedValidators(app, alliance.id, key, feedWindowStart(now));
	const title = translate(
		locals.locale,
		isFiltered(filter) ? 'events.feeds.calNameFiltered' : 'events.feeds.calName',
		{ name: alliance.name }
	);
	return feedResponse(
		request,
		validators,
		'text/calendar; charset=utf-8',
		() =>
			cachedEncodedBody(
				validators.etag,
				() =>
					calendarIcsBytes(
						app,
						alliance.id,
						filter,
						{ baseUrl: site, name: alliance.name },
						{ now, title }
					),
				// Each client waits at most for the copy it takes (none without gzip or brotli).
				{ acceptEncoding: request.headers.get('accept-encoding') ?? undefined, feed: key }
			),
		{ 'content-disposition': 'inline; filename="termine.ics"', ...VARY_LANGUAGE }
	);
};

export const HEAD = GET;

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
