import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import { makeAlliance } from '../../../../../tests/factories/accounts.ts';
import { seedPartnersDemo } from '../../partners/partners.demo.ts';
import { EMPTY_FILTER, parseFilter } from '../calendar/calendar-filter.ts';
import { calendarIcs } from '../calendar/calendar-feed.service.ts';
import { eventDetail } from '../calendar/event-detail.service.ts';
import { month } from '../calendar/calendar-month.service.ts';
import { nextHighlights } from '../calendar/highlights.service.ts';
import { upcoming } from '../calendar/calendar.service.ts';
import { seedBenchEvents } from './events.bench.ts';
import { seedEventsDemo } from './events.demo.ts';
import { localDate, localTime } from '../core/time-zone.ts';

let ctx: TestContext;
const now = new Date('2026-11-21T12:00:00Z');

beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

describe('seedEventsDemo', () => {
	it('gives Musterstadt a year of events with its partners, once', async () => {
		const alliance = await makeAlliance(ctx);
		await seedPartnersDemo(ctx, alliance.id);
		const created = await seedEventsDemo(ctx, alliance.id, now);
		expect(created).toBeGreaterThanOrEqual(20);
		expect(await seedEventsDemo(ctx, alliance.id, now)).toBe(0);

		const cafe = await eventDetail(ctx, alliance.id, 'elterncafe-im-familienzentrum', null, {
			now
		});
		expect(cafe?.event.rrule).toBe('FREQ=WEEKLY;BYDAY=WE');
		expect(cafe?.event.organiser.name).toBe('Familienzentrum Am Hafen');
		expect(cafe?.upcomingDates.filter((d) => d.cancelled)).toHaveLength(1);
		expect(cafe?.upcomingDates.filter((d) => d.moved)).toHaveLength(1);

		const counselling = await eventDetail(ctx, alliance.id, 'pflege-sprechstunde', null, { now });
		expect(counselling?.event.rrule).toBe('FREQ=MONTHLY;BYDAY=2TU');
		expect(counselling?.upcomingDates.slice(0, 2).map((d) => localDate(d.start))).toEqual([
			'2026-12-08',
			'2027-01-12'
		]);

		const plenum = await eventDetail(ctx, alliance.id, 'plenum-des-buendnisses-2026', null, {
			now
		});
		expect(plenum && [localDate(plenum.event.start), localTime(plenum.event.start)]).toEqual([
			'2026-12-10',
			'18:00'
		]);

		const december = await month(ctx, alliance.id, EMPTY_FILTER, '2026-12', { now });
		expect(december.total).toBeGreaterThan(30);
		const free36 = await upcoming(
			ctx,
			alliance.id,
			parseFilter(new URLSearchParams('alter=3-6&kostenlos=1')),
			{ now }
		);
		expect(free36.total).toBeGreaterThan(5);
		expect((await nextHighlights(ctx, alliance.id, 3, now)).map((o) => o.title)).toContain(
			'Plenum des Bündnisses 2026'
		);
	});
});

describe('seedBenchEvents', () => {
	it('writes many events in bulk, a tenth of them recurring, readable by every view', async () => {
		const alliance = await makeAlliance(ctx);
		const result = await seedBenchEvents(ctx, alliance.id, 300, now);
		expect(result.events).toBe(300);
		expect(result.occurrences).toBeGreaterThan(300);
		const list = await upcoming(ctx, alliance.id, EMPTY_FILTER, { now });
		expect(list.total).toBeGreaterThan(100);
		const ics = await calendarIcs(
			ctx,
			alliance.id,
			EMPTY_FILTER,
			{ baseUrl: 'https://x.example', name: 'Last' },
			{ now }
		);
		expect(ics.match(/^RRULE:/gm)?.length).toBeGreaterThan(20);
	});
});
