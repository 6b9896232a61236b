import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import { makeAlliance } from '../../../../../tests/factories/accounts.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import { EMPTY_FILTER } from './calendar-filter.ts';
import { upcomingSeries } from './calendar-series.ts';
import { archive, listWindow } from './calendar.service.ts';
import { COUNT_LIMIT } from './list-paging.ts';
import { month } from './calendar-month.service.ts';
import { seedBenchEvents } from '../demo/events.bench.ts';
import { dayBounds, localDate } from '../core/time-zone.ts';

/*
 * A large calendar (1,200 events, a tenth of them series): the list counts up to COUNT_LIMIT and
 * then says "more than", yet every page can still be walked to the end; the month grid reads
 * only the keys of all its dates and the rows of the ones it shows. Checked against plain SQL
 * over the materialised dates, written here independently of the services.
 */

let ctx: TestContext;
let a: Alliance;
const now = new Date('2026-12-07T08:00:00Z');

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	await seedBenchEvents(ctx, a.id, 1200, now);
});

afterAll(async () => {
	await ctx.close();
});

const PUBLIC = ['published', 'cancelled'] as const;

describe('a calendar with more events than the list counts', () => {
	it('says "more than" and still leads page by page to the last event', async () => {
		const window = listWindow(EMPTY_FILTER, now);
		const expected = await ctx.db
			.selectFrom('event_occurrence')
			.select('event_id')
			.distinct()
			.where('alliance_id', '=', a.id)
			.where('status', 'in', PUBLIC)
			.where('end_utc', '>', window.from)
			.where('start_utc', '<', window.to)
			.execute();
		expect(expected.length).toBeGreaterThan(COUNT_LIMIT);

		const first = await upcomingSeries(ctx, a.id, EMPTY_FILTER, { now });
		expect(first.total).toBe(COUNT_LIMIT);
		expect(first.totalIsAtLeast).toBe(true);
		expect(first.hasNext).toBe(true);

		const seen = new Set<string>();
		let page = first;
		for (let n = 1; ; n++) {
			if (n > 1) page = await upcomingSeries(ctx, a.id, EMPTY_FILTER, { now, page: n });
			expect(page.page).toBe(n);
			for (const d of page.items) for (const o of d.items) seen.add(o.eventId);
			if (!page.hasNext) break;
			expect(page.pages).toBeGreaterThan(n);
		}
		// Each listed once, none missing: the pages together are exactly the events in the window.
		expect(seen.size).toBe(expected.length);
		expect([...seen].sort()).toEqual(expected.map((r) => r.event_id).sort());
		// Behind the last page there is nothing (the route answers 404 for it).
		const behind = await upcomingSeries(ctx, a.id, EMPTY_FILTER, { now, page: page.page + 1 });
		expect(behind.items).toEqual([]);
	});

	it('counts exactly below the limit', async () => {
		const past = await archive(
			ctx,
			a.id,
			{ ...EMPTY_FILTER, from: '2026-11-01', to: '2026-11-03' },
			{ now }
		);
		const expected = await ctx.db
			.selectFrom('event_occurrence')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('alliance_id', '=', a.id)
			.where('status', 'in', PUBLIC)
			.where('end_utc', '<=', now.toISOString())
			.where('end_utc', '>', dayBounds('2026-11-01').from)
			.where('start_utc', '<', dayBounds('2026-11-03').to)
			.executeTakeFirstOrThrow();
		expect(Number(expected.n)).toBeGreaterThan(0);
		expect(Number(expected.n)).toBeLessThan(COUNT_LIMIT);
		expect(past.total).toBe(Number(expected.n));
		expect(past.totalIsAtLeast).toBe(false);
		expect(past.pages).toBe(Math.ceil(Number(expected.n) / 25));
	});
});

describe('the month grid of a large calendar', () => {
	it('counts every date of each day and shows its first ones, in order', async () => {
		const view = await month(ctx, a.id, EMPTY_FILTER, '2026-12', { now });
		const bounds = { from: dayBounds('2026-12-01').from, to: dayBounds('2027-01-01').from };
		const dates = await ctx.db
			.selectFrom('event_occurrence as o')
			.innerJoin('event as e', 'e.id', 'o.event_id')
			.select(['o.event_id', 'o.start_utc', 'o.end_utc', 'e.title'])
			.where('o.alliance_id', '=', a.id)
			.where('o.status', 'in', PUBLIC)
			.where('o.end_utc', '>', bounds.from)
			.where('o.start_utc', '<', bounds.to)
			.orderBy('o.start_utc')
			.orderBy('o.event_id')
			.orderBy('o.recurrence_id')
			.execute();
		expect(view.total).toBe(dates.length);
		// Days with one-day dates only: the bench's dates last at most a few hours on one day.
		for (const cell of view.weeks.flat().filter((c) => c.inMonth)) {
			const ofDay = dates.filter(
				(d) =>
					localDate(d.start_utc) <= cell.date &&
					localDate(new Date(Date.parse(d.end_utc) - 1).toISOString()) >= cell.date
			);
			expect(cell.count).toBe(ofDay.length);
			expect(cell.more).toBe(Math.max(0, ofDay.length - cell.items.length));
			expect(cell.items.map((i) => i.eventId)).toEqual(
				ofDay.slice(0, cell.items.length).map((d) => d.event_id)
			);
			expect(cell.items.map((i) => i.title)).toEqual(
				ofDay.slice(0, cell.items.length).map((d) => d.title)
			);
		}
	});
});
