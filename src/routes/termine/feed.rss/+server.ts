import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { translate } from '#lib/i18n/index.ts';
import { filterQuery, parseFilter } from '#lib/server/events/calendar/calendar-filter.ts';
import { calendarRss } from '#lib/server/events/calendar/calendar-rss.service.ts';
import { feedValidators } from '#lib/server/events/calendar/feed-cache.ts';
import { feedResponse, VARY_LANGUAGE } from '#lib/server/events/calendar/feed-response.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { localDate, localTime } from '#lib/server/events/core/time-zone.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

/** RSS 2.0 of the next dates, with the same filters as /termine. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	const app = getApp();
	const locale = locals.locale;
	const filter = parseFilter(url.searchParams);
	const query = filterQuery(filter);
	const now = new Date();
	// The list moves on with the day: the day is part of the validators.
	const day = localDate(now);
	const site = siteUrlOf(locals);
	const validators = await feedValidators(
		app,
		alliance.id,
		`rss|${locale}|${site}${query}`,
		`${day}T00:00:00.000Z`
	);
	const t = (key: string, params?: Record<string, string | number>) =>
		translate(locale, key, params);
	return feedResponse(
		request,
		validators,
		'application/rss+xml; charset=utf-8',
		() =>
			calendarRss(
				app,
				alliance.id,
				filter,
				{ baseUrl: site, name: alliance.name },
				{
					title: t('events.feeds.rssTitle', { name: alliance.name }),
					description: t('events.feeds.rssDescription', { name: alliance.name }),
					cancelled: t('events.cancelled'),
					language: locale,
					when: (o) => {
						const [y, m, d] = localDate(o.start).split('-');
						return `${d}.${m}.${y}${o.allDay ? '' : ` ${localTime(o.start)}`}`;
					}
				},
				{ now, selfUrl: `${site}/termine/feed.rss${query}`, pageUrl: `${site}/termine${query}` }
			),
		VARY_LANGUAGE
	);
};

export const HEAD = GET;

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
