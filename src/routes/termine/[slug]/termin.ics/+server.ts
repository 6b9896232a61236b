import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isEditor, requireAlliance } from '#lib/server/auth/permissions.ts';
import { eventIcs } from '#lib/server/events/calendar/calendar-feed.service.ts';
import { feedValidators } from '#lib/server/events/calendar/feed-cache.ts';
import { eventDetail } from '#lib/server/events/calendar/event-detail.service.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { feedResponse } from '#lib/server/events/calendar/feed-response.ts';
import { PUBLIC_STATUSES } from '#lib/server/events/core/event.types.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';

/** "Zum Kalender hinzufügen": the event (series) as .ics, or with ?datum=YYYY-MM-DD one date. */
export const GET: RequestHandler = async ({ locals, url, params, request }) => {
	const alliance = requireAlliance(locals);
	const date = url.searchParams.get('datum');
	if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date))
		error(404, { message: 'events.error.notFound' });
	const app = getApp();
	const preview = isEditor(locals.viewer);
	const detail = await eventDetail(app, alliance.id, params.slug, date, {
		includeUnpublished: preview
	});
	if (!detail || (date && detail.dateNotFound)) error(404, { message: 'events.error.notFound' });
	const site = siteUrlOf(locals);
	const isPublic = (PUBLIC_STATUSES as readonly string[]).includes(detail.event.status);
	// The answer changes with the calendar (any change raises its version) and with the date.
	const validators = await feedValidators(
		app,
		alliance.id,
		`event-ics|${site}|${detail.event.id}|${date ?? ''}|${isPublic ? 'public' : 'preview'}`,
		'2000-01-01T00:00:00.000Z'
	);
	const name = `${detail.event.slug}${date ? `-${date}` : ''}.ics`;
	return feedResponse(
		request,
		validators,
		'text/calendar; charset=utf-8',
		() =>
			eventIcs(
				app,
				alliance.id,
				detail.event,
				{ baseUrl: site, name: alliance.name },
				{ recurrenceId: date ? detail.occurrence?.recurrenceId : null }
			),
		{
			'content-disposition': `attachment; filename="${name}"`,
			// A draft seen by an editor is never stored by a shared cache.
			...(isPublic ? {} : { 'cache-control': 'private, no-store' })
		}
	);
};

export const HEAD = GET;

/** CORS preflight (docs/api.md): other sites may read the event, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
