import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { calendarPageBase, canonicalLocation } from '#lib/server/events/calendar/calendar-page.ts';
import { isMonth, month } from '#lib/server/events/calendar/calendar-month.service.ts';
import { visibleHorizon } from '#lib/server/events/core/occurrence-cache.ts';
import { localDate } from '#lib/server/events/core/time-zone.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { pageOnly } from '#lib/page-only.ts';

/** The month grid, e.g. /termine/monat/2026-12?alter=3-6 */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const alliance = requireAlliance(locals);
	if (!isMonth(params.monat)) error(404, { message: 'error.notFound' });
	const canonical = canonicalLocation(url, locals.prefix, `/termine/monat/${params.monat}`);
	if (canonical) redirect(301, canonical);
	const app = getApp();
	const base = await calendarPageBase(app, alliance, url, siteUrlOf(locals));
	// The date range belongs to the list; the month is the range here.
	const filter = { ...base.filter, from: null, to: null };
	const view = await month(app, alliance.id, filter, params.monat, {
		contentVersion: alliance.contentVersion
	});
	return {
		...base,
		allianceName: alliance.name,
		month: pageOnly(view),
		horizon: localDate(visibleHorizon(new Date()))
	};
};
