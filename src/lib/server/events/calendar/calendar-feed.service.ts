import type { ServiceContext } from '../../context.ts';
import { searchTerms, widenAges, type CalendarFilter } from './calendar-filter.ts';
import { occurrencePath } from '../core/occurrence-path.ts';
import { toCalendarEvent, toOverride } from '../core/event.mapper.ts';
import * as repo from '../core/event.repository.ts';
import * as relationRepo from '../core/event-relations.repository.ts';
import * as overrideRepo from '../core/event-override.repository.ts';
import { PUBLIC_STATUSES, type CalendarEvent, type EventOverride } from '../core/event.types.ts';
import type { OverrideRow } from '../core/event.repository.ts';
import { CALENDAR_END, calendarHead, eventBlock, serializeCalendar, type IcsEvent } from './ics.ts';
import { assembleFeed, BLOCK_STAMP, keepBlock, keptBlock, type FeedBlock } from './feed-blocks.ts';
import { ensureHorizon } from '../core/occurrence-cache.ts';
import * as stampRepo from './feed-stamps.repository.ts';
import { findOccurrenceOfEventIn } from '../core/occurrence.repository.ts';
import type { OccurrenceQuery } from './occurrence-query.repository.ts';
import { plainFromSanitised } from '../core/event-text.ts';
import { dayBounds, localDate } from '../core/time-zone.ts';
import { feedWindowStart, FEED_REFRESH_MINUTES, type FeedSite } from './feed-cache.ts';

/*
 * Feeds of the calendar: iCalendar (whole alliance or any filter) and one event as .ics (RSS 2.0
 * and the JSON list: calendar-rss.service.ts) — with validators (ETag, Last-Modified; feed-cache.ts)
 * so that subscribers polling every few minutes get a 304 while nothing changed.
 */

export type ReadCtx = Pick<ServiceContext, 'db'>;

export function locationText(e: { placeName: string; address: string; onlineUrl: string }): string {
	return [e.placeName, e.address].filter(Boolean).join(', ') || e.onlineUrl;
}

export function descriptionOf(summary: string, html: string, url: string, note: string): string {
	return [note, summary, plainFromSanitised(html), url].filter(Boolean).join('\n\n').slice(0, 8000);
}

/**
 * ORGANIZER of an event: the event's contact address, else the organising partner's public
 * address (RFC 5545 wants a mail address; without one the property is left out).
 */
export function organizerOf(
	event: Pick<CalendarEvent, 'organiser' | 'contact'>,
	site: Pick<FeedSite, 'name'>
): { name: string; email: string } | null {
	const email = event.contact.email || event.organiser.email;
	if (!email) return null;
	return { name: event.organiser.name || event.contact.name || site.name, email };
}

/** The VEVENTs of one event: the series (or single date) and one per override. */
export function icsEventsOf(
	event: CalendarEvent,
	overrides: readonly EventOverride[],
	categories: readonly string[],
	site: FeedSite,
	now: Date
): IcsEvent[] {
	const url = `${site.baseUrl}/termine/${event.slug}`;
	const cancelled = event.status === 'cancelled';
	const base: IcsEvent = {
		uid: event.uid,
		sequence: event.sequence,
		stamp: now.toISOString(),
		created: event.createdAt,
		lastModified: event.updatedAt,
		start: event.start,
		end: event.end,
		allDay: event.allDay,
		timeZone: event.timeZone,
		rrule: event.rrule,
		exdates: event.exdates,
		rdates: event.rdates,
		summary: event.title,
		description: descriptionOf(
			event.summary,
			event.descriptionHtml,
			url,
			cancelled ? event.statusNote : ''
		),
		location: locationText(event.location),
		geo:
			event.location.latitude !== null && event.location.longitude !== null
				? { lat: event.location.latitude, lon: event.location.longitude }
				: null,
		url,
		categories,
		status: cancelled ? 'CANCELLED' : 'CONFIRMED',
		organizer: organizerOf(event, site)
	};
	const out = [base];
	if (!event.rrule && !event.rdates.length) return out;
	for (const o of overrides) {
		const durationMs = Date.parse(event.end) - Date.parse(event.start);
		const start = o.start ?? o.recurrenceId;
		const occurrenceUrl = `${site.baseUrl}${occurrencePath(event.slug, true, o.recurrenceId)}`;
		out.push({
			...base,
			rrule: null,
			exdates: [],
			recurrenceId: o.recurrenceId,
			sequence: o.sequence,
			lastModified: o.updatedAt,
			start,
			end: o.end ?? new Date(Date.parse(start) + durationMs).toISOString(),
			summary: o.title ?? event.title,
			description: descriptionOf(
				o.summary ?? event.summary,
				event.descriptionHtml,
				occurrenceUrl,
				o.note
			),
			location: locationText({
				placeName: o.placeName ?? event.location.placeName,
				address: o.address ?? event.location.address,
				onlineUrl: event.location.onlineUrl
			}),
			url: occurrenceUrl,
			status: cancelled || o.cancelled ? 'CANCELLED' : 'CONFIRMED'
		});
	}
	return out;
}

/** The query of a feed: the filter over the feed window (series that touch it). */
export function feedQuery(filter: CalendarFilter, now: Date): OccurrenceQuery {
	const windowStart = feedWindowStart(now);
	return {
		statuses: PUBLIC_STATUSES,
		from: filter.from ? dayBounds(filter.from).from : windowStart,
		to: filter.to ? dayBounds(filter.to).to : undefined,
		topicSlugs: filter.topics,
		targetGroups: widenAges(filter.ages),
		free: filter.free,
		districts: filter.districts,
		partnerSlugs: filter.partners,
		terms: searchTerms(filter.q),
		order: 'asc',
		limit: 0,
		offset: 0
	};
}

/**
 * The iCalendar feed of the alliance, narrowed by the filter; recurrence kept as rules.
 *
 * Incremental: each event's VEVENTs are kept serialised (feed-blocks.ts) under a version made of
 * what they are built from besides the event's id — the event's updated_at, sequence and status
 * (every change of the event row sets updated_at), its organising partner's name and address, its
 * topics' names and its overrides. A build reads these versions (a few small columns), serialises
 * only the events whose version changed and puts the feed together from the blocks.
 */
export async function calendarIcs(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	site: FeedSite,
	options: { now?: Date; title?: string } = {}
): Promise<string> {
	return new TextDecoder().decode(await calendarIcsBytes(ctx, allianceId, filter, site, options));
}

/** `calendarIcs` as UTF-8 bytes, as the feed is sent (put together from the kept blocks). */
export async function calendarIcsBytes(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	site: FeedSite,
	options: { now?: Date; title?: string } = {}
): Promise<Uint8Array<ArrayBuffer>> {
	const now = options.now ?? new Date();
	await ensureHorizon(ctx.db, allianceId, now);
	const stamps = await stampRepo.findMatchingEventStamps(
		ctx.db,
		allianceId,
		feedQuery(filter, now)
	);
	// Many events: the alliance's partners are read whole (no long IN lists).
	const many = stamps.length > 400;
	const [overrides, organisers, topicsStamp] = await Promise.all([
		overrideRepo.findOverridesFor(
			ctx.db,
			allianceId,
			stamps.filter((r) => r.rrule).map((r) => r.id)
		),
		stampRepo.findOrganisers(
			ctx.db,
			allianceId,
			many ? null : stamps.flatMap((s) => (s.organiser_partner_id ? [s.organiser_partner_id] : []))
		),
		stampRepo.findTopicsStamp(ctx.db, allianceId)
	]);
	const byEvent = new Map<string, OverrideRow[]>();
	for (const o of overrides) {
		const list = byEvent.get(o.event_id) ?? [];
		list.push(o);
		byEvent.set(o.event_id, list);
	}
	const keyOf = (id: string) => `${site.baseUrl}\u0000${site.name}\u0000${id}`;
	// Fields joined with separators that no value holds (a JSON text of each took twice as long).
	// The topics' names are in `topicsStamp`: the event's choice of them changes its updated_at.
	const versions = new Map<string, string>();
	for (const s of stamps) {
		const own = byEvent.get(s.id);
		const organiser = s.organiser_partner_id ? organisers.get(s.organiser_partner_id) : undefined;
		versions.set(
			s.id,
			[
				s.updated_at,
				s.sequence,
				s.status,
				organiser?.name ?? '\u0002',
				organiser?.email ?? '\u0002',
				topicsStamp,
				own ? JSON.stringify(own) : ''
			].join('\u0001')
		);
	}
	const parts = new Map<string, FeedBlock>();
	const missing: string[] = [];
	for (const s of stamps) {
		const kept = keptBlock(keyOf(s.id), versions.get(s.id) ?? '');
		if (kept) parts.set(s.id, kept);
		else missing.push(s.id);
	}
	if (missing.length) {
		const manyMissing = missing.length > 400;
		const want = new Set(missing);
		const topics = manyMissing
			? await relationRepo.findTopicNamesOfAlliance(ctx.db, allianceId)
			: await relationRepo.findTopicNames(ctx.db, missing);
		const categoriesOf = (id: string) => (topics.get(id) ?? []).map((t) => t.name);
		const rows = (
			await repo.findPublicEventsSince(
				ctx.db,
				allianceId,
				PUBLIC_STATUSES,
				manyMissing ? null : missing
			)
		).filter((r) => want.has(r.id));
		for (const row of rows) {
			const text = icsEventsOf(
				toCalendarEvent(row),
				(byEvent.get(row.id) ?? []).map(toOverride),
				categoriesOf(row.id),
				site,
				BLOCK_STAMP
			)
				.map(eventBlock)
				.join('');
			parts.set(row.id, keepBlock(keyOf(row.id), versions.get(row.id) ?? '', text));
		}
	}
	// An event deleted between the two reads is left out.
	const listed = stamps.filter((s) => parts.has(s.id));
	const head = calendarHead(
		{
			name: options.title ?? site.name,
			description: site.name,
			refreshMinutes: FEED_REFRESH_MINUTES
		},
		listed.map((s) => s.time_zone)
	);
	const listedBlocks: FeedBlock[] = [];
	for (const s of listed) {
		const block = parts.get(s.id);
		if (block) listedBlocks.push(block);
	}
	return assembleFeed(head, listedBlocks, CALENDAR_END, now);
}

/**
 * One event as an .ics file: the whole series, or with `recurrenceId` just that date (a plain
 * VEVENT with its own UID, so that it never clashes with a subscribed feed).
 */
export async function eventIcs(
	ctx: ReadCtx,
	allianceId: string,
	event: CalendarEvent,
	site: FeedSite,
	options: { recurrenceId?: string | null; now?: Date } = {}
): Promise<string> {
	const now = options.now ?? new Date();
	const overrides = event.rrule
		? (await overrideRepo.findOverrides(ctx.db, allianceId, event.id)).map(toOverride)
		: [];
	const categories = (
		(await relationRepo.findTopicNames(ctx.db, [event.id])).get(event.id) ?? []
	).map((t) => t.name);
	let events = icsEventsOf(event, overrides, categories, site, now);
	if (options.recurrenceId && event.rrule) {
		const at = new Date(options.recurrenceId).toISOString();
		const [one] = await findOccurrenceOfEventIn(ctx.db, allianceId, event.id, {
			from: at,
			to: new Date(Date.parse(at) + 1).toISOString()
		});
		if (one) {
			const override = events.find((e) => e.recurrenceId === one.recurrence_id);
			const master = events[0]!;
			events = [
				{
					...(override ?? master),
					uid: `${localDate(one.recurrence_id)}-${event.uid}`,
					recurrenceId: undefined,
					rrule: null,
					exdates: [],
					start: one.start_utc,
					end: one.end_utc,
					url: `${site.baseUrl}${occurrencePath(event.slug, true, one.recurrence_id)}`,
					status: one.cancelled === 1 ? 'CANCELLED' : 'CONFIRMED'
				}
			];
		}
	}
	return serializeCalendar({ name: event.title, events });
}
