import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { filterQuery, parseFilter } from '#lib/server/events/calendar/calendar-filter.ts';
import { feedValidators } from '#lib/server/events/calendar/feed-cache.ts';
import { occurrenceJson } from '#lib/server/events/calendar/calendar-rss.service.ts';
import { upcoming } from '#lib/server/events/calendar/calendar.service.ts';
import { feedResponse } from '#lib/server/events/calendar/feed-response.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { localDate } from '#lib/server/events/core/time-zone.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

/** The upcoming dates as JSON, same filters as /termine, paged (see docs/api.md). */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	const app = getApp();
	const filter = parseFilter(url.searchParams);
	const rawPage = url.searchParams.get('seite') ?? '1';
	const rawSize = url.searchParams.get('anzahl') ?? '50';
	if (!/^\d{1,5}$/.test(rawPage) || !/^\d{1,3}$/.test(rawSize))
		error(400, { message: 'error.badRequest' });
	const page = Math.max(1, Number(rawPage));
	const pageSize = Math.min(100, Math.max(1, Number(rawSize)));
	const now = new Date();
	const query = filterQuery(filter, { seite: String(page), anzahl: String(pageSize) });
	const baseUrl = siteUrlOf(locals);
	const validators = await feedValidators(
		app,
		alliance.id,
		`json|${baseUrl}${query}`,
		`${localDate(now)}T00:00:00.000Z`
	);
	const site = { baseUrl, name: alliance.name };
	return feedResponse(request, validators, 'application/json; charset=utf-8', async () => {
		const result = await upcoming(app, alliance.id, filter, { page, pageSize, now });
		return JSON.stringify({
			alliance: alliance.name,
			page: result.page,
			pages: result.pages,
			total: result.total,
			items: result.items.flatMap((d) => d.items.map((o) => occurrenceJson(o, site)))
		});
	});
};

export const HEAD = GET;

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
