import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { calendarPageBase, canonicalLocation } from '#lib/server/events/calendar/calendar-page.ts';
import { day } from '#lib/server/events/calendar/calendar.service.ts';
import { addDays, parseWall } from '#lib/server/events/core/time-zone.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { pageOnly } from '#lib/page-only.ts';

/** One day, e.g. /termine/tag/2026-12-05?kostenlos=1 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const alliance = requireAlliance(locals);
	const date = params.tag;
	const year = Number(date.slice(0, 4));
	if (parseWall(date) === null || year < 2000 || year >= 2100)
		error(404, { message: 'error.notFound' });
	const canonical = canonicalLocation(url, locals.prefix, `/termine/tag/${date}`);
	if (canonical) redirect(301, canonical);
	const app = getApp();
	const base = await calendarPageBase(app, alliance, url, siteUrlOf(locals));
	const filter = { ...base.filter, from: null, to: null };
	return {
		...base,
		allianceName: alliance.name,
		date,
		previous: addDays(date, -1),
		next: addDays(date, 1),
		items: pageOnly(await day(app, alliance.id, filter, date))
	};
};
