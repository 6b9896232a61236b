import { createHash } from 'node:crypto';
import { compressBody } from '../../cache/encoding.ts';
import type { EncodedBody } from './feed-response.ts';
import type { ServiceContext } from '../../context.ts';
import { searchTerms, widenAges, type CalendarFilter } from './calendar-filter.ts';
import { occurrencePath, upcoming } from './calendar.service.ts';
import { toCalendarEvent, toOverride } from '../core/event.mapper.ts';
import * as repo from '../core/event.repository.ts';
import {
	PUBLIC_STATUSES,
	type CalendarEvent,
	type EventOverride,
	type OccurrenceView
} from '../core/event.types.ts';
import { serializeCalendar, type IcsEvent } from './ics.ts';
import { ensureHorizon } from '../core/occurrence-cache.ts';
import * as occ from '../core/occurrence.repository.ts';
import { plainFromSanitised } from '../core/event-text.ts';
import { dayBounds, localDate } from '../core/time-zone.ts';

/*
 * Feeds of the calendar: iCalendar (whole alliance or any filter), one event as .ics, RSS 2.0
 * and the JSON list — with validators (ETag, Last-Modified) so that subscribers polling every
 * few minutes get a 304 while nothing changed.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;

/** How far back a subscribed calendar still shows past events, in months. */
export const FEED_PAST_MONTHS = 3;
/** Suggested refresh interval for calendar apps. */
export const FEED_REFRESH_MINUTES = 60;

export interface FeedSite {
	/** Absolute base URL of the alliance's site, without trailing slash (includes /b/<slug>) */
	baseUrl: string;
	name: string;
}

/** Start of the feed window: the first of the month FEED_PAST_MONTHS back (changes monthly). */
export function feedWindowStart(now: Date): string {
	return new Date(
		Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - FEED_PAST_MONTHS, 1)
	).toISOString();
}

export interface Validators {
	etag: string;
	lastModified: Date;
}

/**
 * ETag and Last-Modified of a feed: they change when the alliance's calendar changes
 * (calendar_state, raised by every change, deletions included), when the request differs
 * (`key`: path and canonical query) and when the time window moves on (`windowKey`).
 */
export async function feedValidators(
	ctx: ReadCtx,
	allianceId: string,
	key: string,
	windowStart: string
): Promise<Validators> {
	const state = await repo.findCalendarState(ctx.db, allianceId);
	const version = state?.version ?? 0;
	const changed = state?.changed_at ?? '2000-01-01T00:00:00.000Z';
	const hash = createHash('sha256')
		.update(`${version}|${key}|${windowStart}`)
		.digest('base64url')
		.slice(0, 22);
	const last = Math.max(Date.parse(changed), Date.parse(windowStart));
	return { etag: `"${hash}"`, lastModified: new Date(Math.floor(last / 1000) * 1000) };
}

/** True when the request's validators match (RFC 9110: If-None-Match wins over If-Modified-Since). */
export function isNotModified(headers: Headers, validators: Validators): boolean {
	const inm = headers.get('if-none-match');
	if (inm !== null) {
		return inm
			.split(',')
			.map((t) => t.trim().replace(/^W\//, ''))
			.some((t) => t === '*' || t === validators.etag);
	}
	const ims = headers.get('if-modified-since');
	if (ims) {
		const since = Date.parse(ims);
		return !Number.isNaN(since) && validators.lastModified.getTime() <= since;
	}
	return false;
}

function locationText(e: { placeName: string; address: string; onlineUrl: string }): string {
	return [e.placeName, e.address].filter(Boolean).join(', ') || e.onlineUrl;
}

function descriptionOf(summary: string, html: string, url: string, note: string): string {
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
function feedQuery(filter: CalendarFilter, now: Date): occ.OccurrenceQuery {
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
 * Finished feed bodies by validator: many subscribers poll the same feed, which changes only
 * with the calendar (the ETag covers the alliance, the filter and the window). Bounded in bytes.
 */
const bodies = new Map<string, string>();
let bodyBytes = 0;
const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Bodies being built, by validator (single flight). */
const building = new Map<string, Promise<string>>();

/** The body for `etag`, built once and kept while it is current. */
export async function cachedBody(etag: string, build: () => Promise<string>): Promise<string> {
	const hit = bodies.get(etag);
	if (hit !== undefined) {
		bodies.delete(etag);
		bodies.set(etag, hit);
		return hit;
	}
	// Feed readers poll together: after a change the body is built once for all of them.
	const running = building.get(etag);
	if (running) return running;
	const started = build().finally(() => building.delete(etag));
	building.set(etag, started);
	const body = await started;
	if (body.length > MAX_BODY_BYTES / 4 || bodies.has(etag)) return body;
	bodies.set(etag, body);
	bodyBytes += body.length;
	for (const [key, value] of bodies) {
		if (bodyBytes <= MAX_BODY_BYTES) break;
		bodies.delete(key);
		bodyBytes -= value.length;
	}
	return body;
}

/** Compressed copies of feed bodies by validator (a few; the newest replace the oldest). */
const encoded = new Map<string, Promise<Pick<EncodedBody, 'br' | 'gzip'>>>();
const MAX_ENCODED = 16;

/**
 * The body for `etag` with brotli and gzip copies made once per change: a 3 MB feed is sent as a
 * tenth of it to every calendar app that asks for gzip, without compressing per request.
 */
export async function cachedEncodedBody(
	etag: string,
	build: () => Promise<string>
): Promise<EncodedBody> {
	const text = await cachedBody(etag, build);
	let copies = encoded.get(etag);
	if (!copies) {
		copies = compressBody(new TextEncoder().encode(text));
		copies.catch(() => encoded.delete(etag));
		if (encoded.size >= MAX_ENCODED) encoded.delete(encoded.keys().next().value ?? '');
		encoded.set(etag, copies);
	}
	return { text, ...(await copies) };
}

/** The iCalendar feed of the alliance, narrowed by the filter; recurrence kept as rules. */
export async function calendarIcs(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	site: FeedSite,
	options: { now?: Date; title?: string } = {}
): Promise<string> {
	const now = options.now ?? new Date();
	await ensureHorizon(ctx.db, allianceId, now);
	const ids = await occ.findMatchingEventIds(ctx.db, allianceId, feedQuery(filter, now));
	// Many events: read the alliance's public events and relations whole (no long IN lists).
	const many = ids.length > 400;
	const wanted = new Set(ids);
	const rows = (
		await repo.findPublicEventsSince(ctx.db, allianceId, PUBLIC_STATUSES, many ? null : ids)
	).filter((r) => wanted.has(r.id));
	const [rel, overrides, topics] = await Promise.all([
		many ? repo.findRelationsOfAlliance(ctx.db, allianceId) : repo.findRelations(ctx.db, ids),
		repo.findOverridesFor(
			ctx.db,
			allianceId,
			rows.filter((r) => r.rrule).map((r) => r.id)
		),
		many ? repo.findTopicNamesOfAlliance(ctx.db, allianceId) : repo.findTopicNames(ctx.db, ids)
	]);
	const byEvent = new Map<string, EventOverride[]>();
	for (const o of overrides) {
		const list = byEvent.get(o.event_id) ?? [];
		list.push(toOverride(o));
		byEvent.set(o.event_id, list);
	}
	const events = rows.flatMap((row) =>
		icsEventsOf(
			toCalendarEvent(row, rel),
			byEvent.get(row.id) ?? [],
			(topics.get(row.id) ?? []).map((t) => t.name),
			site,
			now
		)
	);
	return serializeCalendar({
		name: options.title ?? site.name,
		description: site.name,
		refreshMinutes: FEED_REFRESH_MINUTES,
		events
	});
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
		? (await repo.findOverrides(ctx.db, allianceId, event.id)).map(toOverride)
		: [];
	const categories = ((await repo.findTopicNames(ctx.db, [event.id])).get(event.id) ?? []).map(
		(t) => t.name
	);
	let events = icsEventsOf(event, overrides, categories, site, now);
	if (options.recurrenceId && event.rrule) {
		const at = new Date(options.recurrenceId).toISOString();
		const [one] = await occ.findOccurrenceOfEventIn(ctx.db, allianceId, event.id, {
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

// ---------------------------------------------------------------------------------------------
// RSS and JSON

function xml(text: string): string {
	return (
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			// eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
	);
}

export interface RssLabels {
	title: string;
	description: string;
	cancelled: string;
	/** Formats the date of an occurrence for the item title */
	when: (o: OccurrenceView) => string;
	language: string;
}

/** RSS 2.0 of the next dates (each event once, with its next date). */
export async function calendarRss(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	site: FeedSite,
	labels: RssLabels,
	options: { now?: Date; selfUrl: string; pageUrl: string; limit?: number }
): Promise<string> {
	const now = options.now ?? new Date();
	const list = await upcoming(ctx, allianceId, filter, { now, pageSize: 200 });
	const seen = new Set<string>();
	const items = list.items
		.flatMap((d) => d.items)
		.filter((o) => (seen.has(o.eventId) ? false : (seen.add(o.eventId), true)))
		.slice(0, options.limit ?? 50);
	const rows = await repo.findEventsByIds(
		ctx.db,
		allianceId,
		items.map((i) => i.eventId)
	);
	const published = new Map(rows.map((r) => [r.id, r.published_at ?? r.updated_at]));
	const uids = new Map(rows.map((r) => [r.id, r.uid]));
	const entries = items.map((o) => {
		const link = `${site.baseUrl}${o.path}`;
		const title = `${labels.when(o)} · ${o.title}${o.cancelled ? ` (${labels.cancelled})` : ''}`;
		const description = [o.note, o.summary, [o.placeName, o.district].filter(Boolean).join(', ')]
			.filter(Boolean)
			.join(' – ');
		return [
			'<item>',
			`<title>${xml(title)}</title>`,
			`<link>${xml(link)}</link>`,
			`<guid isPermaLink="false">${xml(`${uids.get(o.eventId) ?? o.eventId}/${o.recurrenceId}`)}</guid>`,
			`<description>${xml(description)}</description>`,
			`<pubDate>${new Date(published.get(o.eventId) ?? now).toUTCString()}</pubDate>`,
			'</item>'
		].join('');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		`<title>${xml(labels.title)}</title>`,
		`<link>${xml(options.pageUrl)}</link>`,
		`<description>${xml(labels.description)}</description>`,
		`<language>${xml(labels.language)}</language>`,
		`<atom:link href="${xml(options.selfUrl)}" rel="self" type="application/rss+xml"/>`,
		`<lastBuildDate>${now.toUTCString()}</lastBuildDate>`,
		`<ttl>${FEED_REFRESH_MINUTES}</ttl>`,
		...entries,
		'</channel>',
		'</rss>',
		''
	].join('\n');
}

/** One occurrence in the JSON API (see docs/api.md). */
export function occurrenceJson(o: OccurrenceView, site: FeedSite) {
	return {
		id: o.eventId,
		recurrenceId: o.recurrenceId,
		title: o.title,
		summary: o.summary,
		start: o.start,
		end: o.end,
		allDay: o.allDay,
		recurring: o.recurring,
		cancelled: o.cancelled,
		moved: o.moved,
		note: o.note,
		place: { name: o.placeName, district: o.district, online: o.online },
		organiser: o.organiserName,
		cost: o.cost,
		targetGroups: o.targetGroups,
		image: o.imageId ? { url: `${site.baseUrl}/dateien/${o.imageId}`, alt: o.imageAlt } : null,
		url: `${site.baseUrl}${o.path}`
	};
}
