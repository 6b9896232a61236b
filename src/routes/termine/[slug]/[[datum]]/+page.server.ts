import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isEditor, requireAlliance } from '#lib/server/auth/permissions.ts';
import { htmlToText } from '#lib/server/content/sanitize.ts';
import { eventDetail } from '#lib/server/events/calendar/event-detail.service.ts';
import { eventJsonLd, jsonForScript, mapUrl } from '#lib/server/events/calendar/event-public.ts';
import { describeRrule } from '#lib/server/events/core/repeat-form.ts';
import { localDate } from '#lib/server/events/core/time-zone.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { hasPublicMinutes } from '#lib/server/plenum/plenum-minutes.service.ts';

/** One event (/termine/elterncafe) or one date of a series (/termine/elterncafe/2026-12-02). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const date = params.datum ?? null;
	if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date))
		error(404, { message: 'events.error.notFound' });
	const preview = isEditor(locals.viewer);
	const detail = await eventDetail(getApp(), alliance.id, params.slug, date, {
		includeUnpublished: preview
	});
	if (!detail) error(404, { message: 'events.error.notFound' });
	const { event, occurrence } = detail;
	// Addressed by id or an old spelling: to the canonical address.
	if (params.slug !== event.slug) {
		redirect(301, `${locals.prefix}/termine/${event.slug}${date ? `/${date}` : ''}`);
	}
	const site = siteUrlOf(locals);
	const path = occurrence?.path ?? `/termine/${event.slug}`;
	const description = (
		occurrence?.summary ||
		event.summary ||
		htmlToText(event.descriptionHtml)
	).slice(0, 300);
	const imageUrl = event.image ? `${site}/dateien/${event.image.fileId}` : null;
	const jsonLd = eventJsonLd(detail, {
		url: site,
		name: alliance.name,
		pageUrl: `${site}${path}`,
		imageUrl,
		fallbackImageUrl: alliance.logoId ? `${site}/dateien/${alliance.logoId}` : null,
		description,
		town: alliance.town
	});
	const ics = `/termine/${event.slug}/termin.ics`;
	return {
		allianceName: alliance.name,
		canonical: `${site}${path}`,
		description,
		imageUrl,
		jsonLd: jsonForScript(jsonLd),
		preview: preview && !['published', 'cancelled'].includes(event.status) ? event.status : null,
		canEdit: preview,
		dateNotFound: detail.dateNotFound,
		event: {
			id: event.id,
			slug: event.slug,
			title: event.title,
			summary: event.summary,
			descriptionHtml: event.descriptionHtml,
			allDay: event.allDay,
			recurring: event.rrule !== null,
			repeat: describeRrule(event.rrule, localDate(event.start)),
			status: event.status,
			statusNote: event.statusNote,
			location: event.location,
			mapUrl: mapUrl(event.location),
			organiser: event.organiser,
			contact: event.contact,
			targetGroups: event.targetGroups,
			cost: event.cost,
			accessibility: event.accessibility,
			languages: event.languages,
			image: event.image,
			registration: event.registration.enabled
		},
		occurrence,
		override: detail.override && {
			note: detail.override.note,
			recurrenceId: detail.override.recurrenceId
		},
		upcomingDates: detail.upcomingDates,
		topics: detail.topics,
		attachments: detail.attachments,
		past: occurrence ? Date.parse(occurrence.end) < Date.now() : false,
		icsThis:
			occurrence && event.rrule ? `${ics}?datum=${localDate(occurrence.recurrenceId)}` : null,
		icsSeries: ics,
		/** A plenum with public minutes links to them */
		minutesPath: (await hasPublicMinutes(getApp(), alliance.id, event.id))
			? `/termine/${event.slug}/protokoll`
			: null
	};
};
