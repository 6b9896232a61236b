import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { filterQuery, parseFilter } from '#lib/server/events/calendar/calendar-filter.ts';
import {
	calendarPageBase,
	canonicalLocation,
	pageParam
} from '#lib/server/events/calendar/calendar-page.ts';
import { isMonth } from '#lib/server/events/calendar/calendar-month.service.ts';
import { upcomingSeries } from '#lib/server/events/calendar/calendar-series.ts';
import { localDate, parseWall } from '#lib/server/events/core/time-zone.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { pageOnly } from '#lib/page-only.ts';

/** The upcoming events by day (default view); ?ansicht=monat|tag leads to the other views. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const view = url.searchParams.get('ansicht');
	if (view === 'monat' || view === 'tag') {
		const query = filterQuery(parseFilter(url.searchParams));
		const today = localDate(new Date());
		if (view === 'monat') {
			const month = url.searchParams.get('monat') ?? '';
			redirect(
				302,
				`${locals.prefix}/termine/monat/${isMonth(month) ? month : today.slice(0, 7)}${query}`
			);
		}
		const day = url.searchParams.get('tag') ?? '';
		redirect(302, `${locals.prefix}/termine/tag/${parseWall(day) !== null ? day : today}${query}`);
	}
	const page = pageParam(url);
	if (page === null) error(404, { message: 'error.notFound' });
	const canonical = canonicalLocation(url, locals.prefix, '/termine');
	if (canonical) redirect(301, canonical);
	const app = getApp();
	const base = await calendarPageBase(app, alliance, url, siteUrlOf(locals));
	// Each series once, at its next date, with the dates after it (the day and month views list every date).
	const result = await upcomingSeries(app, alliance.id, base.filter, {
		page,
		contentVersion: alliance.contentVersion
	});
	if (page > result.page || (page > 1 && result.items.length === 0))
		error(404, { message: 'error.notFound' });
	return {
		...base,
		allianceName: alliance.name,
		days: pageOnly(result.items),
		total: result.total,
		totalIsAtLeast: result.totalIsAtLeast,
		page: result.page,
		pages: result.pages,
		pageLinks: {
			previous:
				result.page > 1
					? `/termine${filterQuery(base.filter, { seite: result.page > 2 ? String(result.page - 1) : '' })}`
					: null,
			next: result.hasNext
				? `/termine${filterQuery(base.filter, { seite: String(result.page + 1) })}`
				: null
		}
	};
};
