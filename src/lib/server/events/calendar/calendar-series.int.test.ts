import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import { makeAlliance } from '../../../../../tests/factories/accounts.ts';
import { berlin, eventInput } from '../../../../../tests/factories/events.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import { EMPTY_FILTER, parseFilter } from './calendar-filter.ts';
import { upcomingSeries } from './calendar-series.ts';
import { findSeriesDates } from './occurrence-list.repository.ts';
import { day, upcoming } from './calendar.service.ts';
import { createEvent } from '../core/create-event.service.ts';
import { PUBLIC_STATUSES, SYSTEM_ACTOR, type CalendarEvent } from '../core/event.types.ts';
import { cancelOccurrence, moveOccurrence } from '../core/occurrence.service.ts';
import { localDate, localTime } from '../core/time-zone.ts';
import { findContentVersion } from '../../alliances/alliance.repository.ts';

let ctx: TestContext;
let a: Alliance;
let cafe: CalendarEvent;
const now = new Date('2026-12-01T12:00:00Z'); // a Tuesday

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	const publish = { status: 'published' as const, now };
	cafe = await createEvent(
		ctx,
		SYSTEM_ACTOR,
		a.id,
		eventInput({
			title: 'Elterncafé',
			start: berlin('2026-11-04', '09:30'),
			end: berlin('2026-11-04', '11:00'),
			rrule: 'FREQ=WEEKLY;BYDAY=WE'
		}),
		publish
	);
	// The first coming date moves to the afternoon; the second one is cancelled.
	await moveOccurrence(
		ctx,
		SYSTEM_ACTOR,
		a.id,
		cafe.id,
		berlin('2026-12-02', '09:30'),
		{
			start: berlin('2026-12-02', '15:00'),
			end: berlin('2026-12-02', '16:30')
		},
		{ now }
	);
	await cancelOccurrence(ctx, SYSTEM_ACTOR, a.id, cafe.id, berlin('2026-12-09', '09:30'), {
		note: 'Weihnachtsferien',
		now
	});
	for (const [title, date] of [
		['Vorlesestunde', '2026-12-03'],
		['Familienfest', '2026-12-12']
	] as const) {
		await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({
				title,
				start: berlin(date, '15:00'),
				end: berlin(date, '16:00'),
				targetGroups: ['everyone']
			}),
			publish
		);
	}
});

afterAll(async () => {
	await ctx.close();
});

describe('upcomingSeries', () => {
	it('is read once per content version, and a new event is listed as soon as the version changes', async () => {
		const other = await makeAlliance(ctx);
		const titles = (list: Awaited<ReturnType<typeof upcomingSeries>>) =>
			list.items.flatMap((d) => d.items.map((o) => o.title));
		const version = (await findContentVersion(ctx.db, other.id)) ?? 0;
		const first = await upcomingSeries(ctx, other.id, EMPTY_FILTER, {
			now,
			contentVersion: version
		});
		const again = await upcomingSeries(ctx, other.id, EMPTY_FILTER, {
			now,
			contentVersion: version
		});
		expect(again).toBe(first);
		expect(titles(first)).toEqual([]);

		await createEvent(
			ctx,
			SYSTEM_ACTOR,
			other.id,
			eventInput({
				title: 'Laternenbasteln',
				start: berlin('2026-12-05', '10:00'),
				end: berlin('2026-12-05', '12:00')
			}),
			{ status: 'published', now }
		);
		const changed = (await findContentVersion(ctx.db, other.id)) ?? 0;
		expect(changed).not.toBe(version);
		const after = await upcomingSeries(ctx, other.id, EMPTY_FILTER, {
			now,
			contentVersion: changed
		});
		expect(titles(after)).toEqual(['Laternenbasteln']);
	});

	it('lists a weekly series once, at its next date, with the dates after it', async () => {
		const list = await upcomingSeries(ctx, a.id, EMPTY_FILTER, { now });
		const items = list.items.flatMap((d) => d.items.map((o) => ({ ...o, day: d.date })));
		expect(items.map((o) => o.title)).toEqual(['Elterncafé', 'Vorlesestunde', 'Familienfest']);
		expect(list.total).toBe(3);
		const [listed] = items;
		expect(listed!.day).toBe('2026-12-02');
		expect(listed!.moved).toBe(true);
		const series = listed!.series!;
		expect(series.repeat).toMatchObject({ kind: 'weekly', weekdays: ['WE'] });
		// The regular time, not the moved date's.
		expect([series.startTime, series.endTime]).toEqual(['09:30', '11:00']);
		expect(series.nextDates.map((d) => localDate(d.start))).toEqual([
			'2026-12-09',
			'2026-12-16',
			'2026-12-23'
		]);
		expect(series.nextDates[0]!.cancelled).toBe(true);
		expect(series.nextDates[0]!.path).toBe(`/termine/${cafe.slug}/2026-12-09`);
		expect(series.more).toBe(true);
		expect(series.path).toBe(`/termine/${cafe.slug}`);
		expect(items.find((o) => o.title === 'Vorlesestunde')!.series).toBeNull();
	});

	it('keeps the filters and the window: from a later day the series starts there', async () => {
		const list = await upcomingSeries(
			ctx,
			a.id,
			parseFilter(new URLSearchParams('von=2026-12-14')),
			{
				now
			}
		);
		const first = list.items[0]!.items[0]!;
		expect(first.title).toBe('Elterncafé');
		expect(localDate(first.start)).toBe('2026-12-16');
		expect(localTime(first.start)).toBe('09:30');
		expect(list.items.flatMap((d) => d.items).filter((o) => o.title === 'Elterncafé')).toHaveLength(
			1
		);
	});

	it('still lists every date in the day view and the JSON list', async () => {
		const wednesday = await day(ctx, a.id, EMPTY_FILTER, '2026-12-16', now);
		expect(wednesday.map((o) => o.title)).toContain('Elterncafé');
		const all = await upcoming(ctx, a.id, EMPTY_FILTER, { now, pageSize: 100 });
		expect(
			all.items.flatMap((d) => d.items).filter((o) => o.title === 'Elterncafé').length
		).toBeGreaterThan(10);
	});

	it("reads each call's own series and alliance when the statement is reused for as many series", async () => {
		const b = await makeAlliance(ctx);
		const choir = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			b.id,
			eventInput({
				title: 'Singkreis',
				start: berlin('2026-11-05', '17:00'),
				end: berlin('2026-11-05', '18:00'),
				rrule: 'FREQ=WEEKLY;BYDAY=TH'
			}),
			{ status: 'published', now }
		);
		const to = '2027-02-01T00:00:00.000Z';
		const next = (allianceId: string, eventId: string) =>
			findSeriesDates(
				ctx.db,
				allianceId,
				PUBLIC_STATUSES,
				[{ eventId, startFrom: now.toISOString() }],
				to,
				2
			);
		const cafeDates = await next(a.id, cafe.id);
		const choirDates = await next(b.id, choir.id);
		expect(cafeDates.map((r) => [r.event_id, localDate(r.recurrence_id)])).toEqual([
			[cafe.id, '2026-12-02'],
			[cafe.id, '2026-12-09']
		]);
		expect(choirDates.map((r) => [r.slug, localDate(r.start_utc), localTime(r.start_utc)])).toEqual(
			[
				[choir.slug, '2026-12-03', '17:00'],
				[choir.slug, '2026-12-10', '17:00']
			]
		);
		// Another alliance's series is not found under this alliance's id.
		expect(await next(a.id, choir.id)).toEqual([]);
	});
});
