import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isEditor, requireAlliance } from '#lib/server/auth/permissions.ts';
import { eventIcs } from '#lib/server/events/calendar-feed.service.ts';
import { eventDetail } from '#lib/server/events/calendar.service.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

/** "Zum Kalender hinzufügen": the event (series) as .ics, or with ?datum=YYYY-MM-DD one date. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const alliance = requireAlliance(locals);
	const date = url.searchParams.get('datum');
	if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date))
		error(404, { message: 'events.error.notFound' });
	const app = getApp();
	const detail = await eventDetail(app, alliance.id, params.slug, date, {
		includeUnpublished: isEditor(locals.viewer)
	});
	if (!detail || (date && detail.dateNotFound)) error(404, { message: 'events.error.notFound' });
	const body = await eventIcs(
		app,
		alliance.id,
		detail.event,
		{ baseUrl: siteUrlOf(locals), name: alliance.name },
		{ recurrenceId: date ? detail.occurrence?.recurrenceId : null }
	);
	const name = `${detail.event.slug}${date ? `-${date}` : ''}.ics`;
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, max-age=60'
		}
	});
};
