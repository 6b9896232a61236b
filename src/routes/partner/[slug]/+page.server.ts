import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publicPartner } from '#lib/server/partners/partner-directory.service.ts';
import { EMPTY_FILTER } from '#lib/server/events/calendar/calendar-filter.ts';
import { upcoming } from '#lib/server/events/calendar/calendar.service.ts';
import { projectsOfPartner } from '#lib/server/projects/project-public.service.ts';
import { htmlToText } from '#lib/server/content/sanitize.ts';
import { partnerJsonLd } from '#lib/server/seo/structured-data.ts';

/** A partner's public profile: public data only (see PublicPartner), its events and projects. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const partner = await publicPartner(getApp(), alliance.id, params.slug);
	if (!partner) error(404, { message: 'error.notFound' });
	const app = getApp();
	const [upcomingEvents, projects] = await Promise.all([
		upcoming(app, alliance.id, { ...EMPTY_FILTER, partners: [partner.slug] }, { pageSize: 5 }),
		projectsOfPartner(app, alliance.id, partner.id)
	]);
	const events = upcomingEvents.items.flatMap((day) =>
		day.items.map((o) => ({
			id: `${o.eventId}-${o.recurrenceId}`,
			title: o.title,
			start: o.start,
			allDay: o.allDay,
			cancelled: o.cancelled,
			path: o.path
		}))
	);
	const description = htmlToText(partner.descriptionHtml).slice(0, 300);
	return {
		partner,
		events,
		moreEvents: upcomingEvents.total > events.length,
		projects,
		jsonLd: partnerJsonLd(app.publicUrl, partner, alliance, locals.prefix, description)
	};
};
