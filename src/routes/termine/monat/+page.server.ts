import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { filterQuery, parseFilter } from '#lib/server/events/calendar/calendar-filter.ts';
import { localDate } from '#lib/server/events/core/time-zone.ts';

/** /termine/monat → this month, keeping the filter. */
export const load: PageServerLoad = ({ locals, url }) => {
	requireAlliance(locals);
	const query = filterQuery(parseFilter(url.searchParams));
	redirect(302, `${locals.prefix}/termine/monat/${localDate(new Date()).slice(0, 7)}${query}`);
};
