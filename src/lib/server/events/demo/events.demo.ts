import type { ServiceContext } from '../../context.ts';
import { ensureDefaultTopics } from '../../topics/topic.service.ts';
import { createEvent } from '../core/create-event.service.ts';
import { setEventStatus } from '../core/event-status.service.ts';
import { SYSTEM_ACTOR, type EventInput } from '../core/event.types.ts';
import { cancelOccurrence, moveOccurrence } from '../core/occurrence.service.ts';
import { enableRegistration } from '../registration/registration-admin.service.ts';
import { addDays, localDate } from '../core/time-zone.ts';
import { at, demoDates, onOrAfter, PLACES, type DemoEvent } from './events-dates.demo.ts';
import { seriesEvents } from './events-series.demo.ts';
import { singleEvents } from './events-single.demo.ts';

/*
 * A year of events of the fictional "Lokales Bündnis für Familie Musterstadt" and its partners,
 * relative to today (two months back, twelve ahead) so that the demo always looks current.
 * Every name, place and number is invented. Uses the demo partners when they exist (see
 * partners/partners.demo.ts), otherwise the alliance organises everything itself.
 */

type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'publicUrl'>;

/** The demo events, computed from today. */
export function demoEvents(today: string): DemoEvent[] {
	const d = demoDates(today);
	return [...seriesEvents(d), ...singleEvents(d)];
}

function toInput(
	e: DemoEvent,
	topicIds: Map<string, string>,
	partnerIds: Map<string, string>
): EventInput {
	const place = PLACES[e.place];
	return {
		title: e.title,
		summary: e.summary,
		descriptionHtml: e.description,
		start: e.start,
		end: e.end,
		allDay: e.allDay ?? false,
		rrule: e.rrule ?? null,
		exdates: e.exdates ?? [],
		location: { ...place, onlineUrl: e.onlineUrl ?? '' },
		organiserPartnerId: (e.partner && partnerIds.get(e.partner)) || null,
		organiserName: '',
		contact: {
			name: e.contact?.name ?? '',
			email: e.contact?.email ?? '',
			phone: e.contact?.phone ?? '',
			websiteUrl: ''
		},
		topicIds: e.topics.map((slug) => topicIds.get(slug)).filter((id): id is string => !!id),
		targetGroups: e.groups,
		cost: { kind: e.cost?.kind ?? 'free', cents: e.cost?.cents ?? null, note: e.cost?.note ?? '' },
		accessibility: e.accessibility ?? '',
		languages: e.languages ?? ['de'],
		image: null,
		attachmentIds: [],
		highlight: e.highlight ?? false
	};
}

/**
 * Seeds the demo calendar of an alliance (only when it has no events yet) and its five focus
 * topics if it has none. Returns the number of events created.
 */
export async function seedEventsDemo(
	ctx: WriteCtx,
	allianceId: string,
	now = new Date()
): Promise<number> {
	const existing = await ctx.db
		.selectFrom('event')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.limit(1)
		.execute();
	if (existing.length) return 0;
	const topics = await ensureDefaultTopics(ctx, allianceId);
	const topicIds = new Map(topics.map((t) => [t.slug, t.id]));
	const partners = await ctx.db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.execute();
	const partnerIds = new Map(partners.map((p) => [p.name, p.id]));
	const today = localDate(now);
	let count = 0;
	for (const demo of demoEvents(today)) {
		const status = demo.status === 'cancelled' ? 'published' : (demo.status ?? 'published');
		const event = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			allianceId,
			toInput(demo, topicIds, partnerIds),
			{ status, now }
		);
		if (demo.status === 'cancelled') {
			await setEventStatus(ctx, SYSTEM_ACTOR, allianceId, event.id, 'cancelled', {
				note: demo.statusNote ?? '',
				now
			});
		}
		if (demo.registration) {
			await enableRegistration(ctx, allianceId, event.id, demo.registration, now);
		}
		count++;
		if (demo.title === 'Elterncafé im Familienzentrum' && event.rrule) {
			// One date cancelled (visible, with the reason), one moved to the afternoon.
			let first = onOrAfter(addDays(today, 14), 3);
			if (demo.exdates?.some((d) => localDate(d) === first)) first = addDays(first, 7);
			await cancelOccurrence(ctx, SYSTEM_ACTOR, allianceId, event.id, at(first, '09:30'), {
				note: 'Das Team ist auf Fortbildung – nächste Woche sind wir wieder da.',
				now
			});
			const closed = demo.exdates?.map((d) => localDate(d)) ?? [];
			const moved = closed.includes(addDays(first, 14)) ? addDays(first, 7) : addDays(first, 14);
			await moveOccurrence(
				ctx,
				SYSTEM_ACTOR,
				allianceId,
				event.id,
				at(moved, '09:30'),
				{ start: at(moved, '15:00'), end: at(moved, '17:00') },
				{ note: 'Ausnahmsweise am Nachmittag – mit Laternenbasteln.', now }
			);
		}
	}
	return count;
}
