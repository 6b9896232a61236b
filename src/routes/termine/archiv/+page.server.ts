import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { filterQuery } from '#lib/server/events/calendar/calendar-filter.ts';
import {
	calendarPageBase,
	canonicalLocation,
	pageParam
} from '#lib/server/events/calendar/calendar-page.ts';
import { archive } from '#lib/server/events/calendar/calendar.service.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { pageOnly } from '#lib/page-only.ts';

/** Past events, newest first, with the same filters. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const page = pageParam(url);
	if (page === null) error(404, { message: 'error.notFound' });
	const canonical = canonicalLocation(url, locals.prefix, '/termine/archiv');
	if (canonical) redirect(301, canonical);
	const app = getApp();
	const base = await calendarPageBase(app, alliance, url, siteUrlOf(locals));
	const result = await archive(app, alliance.id, base.filter, { page });
	if (page > result.page || (page > 1 && result.items.length === 0))
		error(404, { message: 'error.notFound' });
	const link = (n: number) =>
		`/termine/archiv${filterQuery(base.filter, { seite: n > 1 ? String(n) : '' })}`;
	return {
		...base,
		allianceName: alliance.name,
		days: pageOnly(result.items),
		total: result.total,
		totalIsAtLeast: result.totalIsAtLeast,
		page: result.page,
		pages: result.pages,
		pageLinks: {
			previous: result.page > 1 ? link(result.page - 1) : null,
			next: result.hasNext ? link(result.page + 1) : null
		}
	};
};
