import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { berlin, eventInput } from '../../../../../tests/factories/events.ts';
import { EMPTY_FILTER } from './calendar-filter.ts';
import { calendarIcs, eventIcs } from './calendar-feed.service.ts';
import { calendarRss } from './calendar-rss.service.ts';
import { feedValidators, feedWindowStart, isNotModified } from './feed-cache.ts';
import { forgetKeptBlocks, keptBlocks } from './feed-blocks.ts';
import { createEvent } from '../core/create-event.service.ts';
import { getEvent } from '../core/event.service.ts';
import { SYSTEM_ACTOR } from '../core/event.types.ts';
import { cancelOccurrence } from '../core/occurrence.service.ts';
import { expandOccurrences } from '../core/recurrence.ts';
import { localDate, localTime } from '../core/time-zone.ts';
import {
	ctx,
	a,
	library,
	cafe,
	counselling,
	festival,
	reading,
	now,
	f,
	useCalendarFixture
} from '../../../../../tests/support/calendar-fixture.ts';

const site = { baseUrl: 'https://musterstadt.example', name: 'Bündnis für Familie Musterstadt' };

useCalendarFixture();

describe('iCalendar round trip (parsed by ical.js, an independent implementation)', () => {
	function parse(text: string) {
		const root = new ICAL.Component(ICAL.parse(text));
		for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
		const vevents = root.getAllSubcomponents('vevent');
		const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
		return masters.map((m) => {
			const event = new ICAL.Event(m);
			for (const ex of vevents.filter(
				(v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === event.uid
			)) {
				event.relateException(ex);
			}
			return { component: m, event };
		});
	}

	it('gives back the same events, rules, exceptions and overrides', async () => {
		const text = await calendarIcs(ctx, a.id, EMPTY_FILTER, site, { now });
		expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
		const parsed = parse(text);
		expect(parsed.map((p) => p.event.summary).sort()).toEqual([
			'Elterncafé',
			'Familienfest im Stadtpark',
			'Pflege-Sprechstunde',
			'Töpferkurs für Kinder',
			'Vorlesestunde'
		]);
		// More than FEED_PAST_MONTHS ago: no longer in subscribed calendars.
		expect(text).not.toContain('Vergangenes Sommerfest');
		const byUid = new Map(parsed.map((p) => [p.event.uid, p]));
		const cafeIcs = byUid.get(cafe.uid)!;
		expect(cafeIcs.event.isRecurring()).toBe(true);
		expect(cafeIcs.component.getFirstPropertyValue('rrule')?.toString()).toBe(
			'FREQ=WEEKLY;BYDAY=WE'
		);
		expect(cafeIcs.event.startDate.toJSDate().toISOString()).toBe(cafe.start);
		expect(cafeIcs.event.startDate.zone?.tzid).toBe('Europe/Berlin');
		expect(Number(cafeIcs.component.getFirstPropertyValue('sequence'))).toBe(
			(await getEvent(ctx, a.id, cafe.id))!.sequence
		);

		// Expand the series with ical.js and with our engine: the same dates, DST switches included.
		const ours = expandOccurrences(
			{ start: cafe.start, end: cafe.end, allDay: false, rrule: cafe.rrule, exdates: cafe.exdates },
			[
				{ recurrenceId: berlin('2026-12-23', '10:00'), cancelled: true, start: null, end: null },
				{
					recurrenceId: berlin('2026-12-09', '10:00'),
					cancelled: false,
					start: berlin('2026-12-10', '15:00'),
					end: berlin('2026-12-10', '16:30')
				}
			],
			{ from: berlin('2026-03-01'), to: berlin('2027-03-01') }
		);
		const theirs: { start: string; end: string; cancelled: boolean }[] = [];
		const iterator = cafeIcs.event.iterator();
		for (
			let next = iterator.next();
			next && next.toJSDate() < new Date(berlin('2027-03-01'));
			next = iterator.next()
		) {
			const details = cafeIcs.event.getOccurrenceDetails(next);
			theirs.push({
				start: details.startDate.toJSDate().toISOString(),
				end: details.endDate.toJSDate().toISOString(),
				cancelled: details.item.component.getFirstPropertyValue('status') === 'CANCELLED'
			});
		}
		theirs.sort((x, y) => (x.start < y.start ? -1 : 1));
		expect(theirs).toEqual(
			ours.map((o) => ({ start: o.start, end: o.end, cancelled: o.cancelled }))
		);
		expect(theirs.length).toBeGreaterThan(45);
		expect(theirs.map((o) => localTime(o.start)).every((t) => t === '10:00' || t === '15:00')).toBe(
			true
		);

		const fest = byUid.get(festival.uid)!;
		expect(fest.event.startDate.isDate).toBe(true);
		expect(fest.event.startDate.toString()).toBe('2026-12-12');
		expect(fest.event.endDate.toString()).toBe('2026-12-14');

		const counsel = byUid.get(counselling.uid)!;
		expect(counsel.component.getFirstPropertyValue('rrule')?.toString()).toBe(
			'FREQ=MONTHLY;BYDAY=2TU'
		);
		expect(byUid.get(reading.uid)!.component.getFirstPropertyValue('location')).toBe(
			'Familienzentrum Nordviertel, Lindenstraße 4, 12345 Musterstadt'
		);
		expect(byUid.get(cafe.uid)!.component.getFirstPropertyValue('geo')).toEqual([51.5, 7.2]);
	});

	it('narrows the feed by the same filters as the list', async () => {
		const text = await calendarIcs(ctx, a.id, f('alter=3-6'), site, { now });
		expect(
			parse(text)
				.map((p) => p.event.summary)
				.sort()
		).toEqual(['Familienfest im Stadtpark', 'Vorlesestunde']);
	});

	it('writes one date of a series as a plain event with its own UID', async () => {
		const event = (await getEvent(ctx, a.id, cafe.id))!;
		const text = await eventIcs(ctx, a.id, event, site, {
			recurrenceId: berlin('2026-12-09', '10:00'),
			now
		});
		const [only, ...rest] = parse(text);
		expect(rest).toEqual([]);
		expect(only!.event.isRecurring()).toBe(false);
		expect(only!.event.uid).toBe(`2026-12-09-${cafe.uid}`);
		expect(only!.event.startDate.toJSDate().toISOString()).toBe(berlin('2026-12-10', '15:00'));
	});
});

describe('feed validators and RSS', () => {
	it('answers 304 while nothing changed and not after a change', async () => {
		const key = '/termine/feed.ics?alter=3-6';
		const v1 = await feedValidators(ctx, a.id, key, feedWindowStart(now));
		expect(isNotModified(new Headers({ 'if-none-match': v1.etag }), v1)).toBe(true);
		expect(isNotModified(new Headers({ 'if-none-match': `W/${v1.etag}, "x"` }), v1)).toBe(true);
		expect(
			isNotModified(new Headers({ 'if-modified-since': v1.lastModified.toUTCString() }), v1)
		).toBe(true);
		expect(
			isNotModified(
				new Headers({
					'if-none-match': '"other"',
					'if-modified-since': v1.lastModified.toUTCString()
				}),
				v1
			)
		).toBe(false);
		const other = await feedValidators(ctx, a.id, '/termine/feed.ics', feedWindowStart(now));
		expect(other.etag).not.toBe(v1.etag);
		await createEvent(ctx, SYSTEM_ACTOR, a.id, eventInput({ title: 'Neu' }), {
			status: 'published'
		});
		const v2 = await feedValidators(ctx, a.id, key, feedWindowStart(now));
		expect(v2.etag).not.toBe(v1.etag);
		expect(isNotModified(new Headers({ 'if-none-match': v1.etag }), v2)).toBe(false);
	});

	it('writes RSS 2.0 with each event once and escaped text', async () => {
		const rss = await calendarRss(
			ctx,
			a.id,
			EMPTY_FILTER,
			site,
			{
				title: 'Termine',
				description: 'Termine des Bündnisses',
				cancelled: 'fällt aus',
				language: 'de',
				when: (o) => localDate(o.start)
			},
			{ now, selfUrl: `${site.baseUrl}/termine/feed.rss`, pageUrl: `${site.baseUrl}/termine` }
		);
		expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
		expect(rss.match(/<title>[^<]*Elterncafé/g)).toHaveLength(1);
		expect(rss).toContain('<link>https://musterstadt.example/termine/elterncafe/2026-11-25</link>');
	});
});

describe('incremental feed', () => {
	it('serialises again only the events that changed, and gives the same text as a build from nothing', async () => {
		const build = (at = now) => calendarIcs(ctx, a.id, EMPTY_FILTER, site, { now: at });
		const before = await build();
		const made = keptBlocks().made;
		expect(await build()).toBe(before);
		expect(keptBlocks().made).toBe(made);

		// One date of a series cancelled (an override), and the organising partner renamed with a
		// public address (a row of its own, not the event's).
		await cancelOccurrence(ctx, SYSTEM_ACTOR, a.id, counselling.id, berlin('2027-01-12', '16:00'), {
			note: 'Fällt aus',
			now
		});
		await ctx.db
			.updateTable('partner')
			.set({ name: 'Bücherei Nord', public_email: 'nord@example.org' })
			.where('id', '=', library.id)
			.execute();
		const after = await build();
		expect(keptBlocks().made - made).toBe(2);
		expect(after).not.toBe(before);
		expect(after).toContain('ORGANIZER;CN=Bücherei Nord:mailto:nord@example.org');
		expect(after).toContain('Fällt aus');

		forgetKeptBlocks();
		expect(await build()).toBe(after);

		// Another moment changes only DTSTAMP.
		const later = new Date(now.getTime() + 3_600_000);
		const made2 = keptBlocks().made;
		const again = await build(later);
		expect(keptBlocks().made).toBe(made2);
		const stampless = (text: string) => text.replace(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/g, '\r\n');
		expect(again).not.toBe(after);
		expect(stampless(again)).toBe(stampless(after));
		expect(again).toContain('DTSTAMP:20261121T130000Z');

		// A topic renamed (a row of its own, not the event's): every entry with it says so.
		const topic = await ctx.db
			.selectFrom('event_topic')
			.innerJoin('topic', 'topic.id', 'event_topic.topic_id')
			.select(['topic.id', 'topic.name'])
			.where('event_topic.event_id', '=', cafe.id)
			.executeTakeFirstOrThrow();
		expect(again).toMatch(new RegExp(`CATEGORIES:[^\\r]*${topic.name}`));
		await ctx.db
			.updateTable('topic')
			.set({ name: 'Treffpunkte für Eltern' })
			.where('id', '=', topic.id)
			.execute();
		const renamed = await build(later);
		expect(renamed).toMatch(/CATEGORIES:[^\r]*Treffpunkte für Eltern/);
		expect(renamed).not.toMatch(new RegExp(`CATEGORIES:[^\\r]*${topic.name}`));
		forgetKeptBlocks();
		expect(await build(later)).toBe(renamed);
	});
});
