import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { EMPTY_FILTER } from '#lib/server/events/calendar/calendar-filter.ts';
import { upcoming } from '#lib/server/events/calendar/calendar.service.ts';
import { jsonForScript } from '#lib/server/events/calendar/event-public.ts';
import { berlinClock } from '#lib/server/offers/offer-hours.ts';
import { mapSettings, offerPoints, staticMap } from '#lib/server/offers/offer-map.ts';
import {
	mergedOfferSlug,
	offersOfPartner,
	publicOffer
} from '#lib/server/offers/offer-public.service.ts';
import { offerDetail, offerJsonLd } from '#lib/server/offers/offer-view.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

/** One offer: where, when, for whom, how; the provider's next events and other offers. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const alliance = requireAlliance(locals);
	const app = getApp();
	const now = new Date();
	const offer = await publicOffer(app, alliance.id, params.slug, now);
	if (!offer) {
		// An entry merged into another one: its printed QR code leads there.
		const merged = await mergedOfferSlug(app, alliance.id, params.slug);
		if (merged) redirect(301, `${locals.prefix}/angebote/${merged}`);
		error(404, 'error.notFound');
	}
	const slug = offer.provider.partnerSlug;
	const [events, siblings] = await Promise.all([
		slug
			? upcoming(app, alliance.id, { ...EMPTY_FILTER, partners: [slug] }, { pageSize: 3, now })
			: null,
		offer.provider.partnerId ? offersOfPartner(app, alliance.id, offer.provider.partnerId, now) : []
	]);
	// From configuration, never from the request's host (a forged Host would end up in the
	// canonical link and the JSON-LD of a page the cache keeps).
	const pageUrl = `${siteUrlOf(locals)}/angebote/${offer.slug}`;
	return {
		offer: offerDetail(offer, now),
		events: (events?.items ?? []).flatMap((day) =>
			day.items.map((o) => ({
				id: `${o.eventId}-${o.recurrenceId}`,
				title: o.title,
				start: o.start,
				allDay: o.allDay,
				cancelled: o.cancelled,
				path: o.path
			}))
		),
		siblings: siblings.filter((s) => s.slug !== offer.slug).slice(0, 10),
		canonical: pageUrl,
		jsonLd: jsonForScript(offerJsonLd(offer, pageUrl)),
		map: staticMap(mapSettings(app.env), offerPoints([offer]), { width: 480, height: 240 }),
		confirmed: url.searchParams.get('bestaetigt') === '1',
		todayWeekday: berlinClock(now).weekday
	};
};
