import { afterAll, beforeAll } from 'vitest';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import { createEvent } from '../../src/lib/server/events/core/create-event.service.ts';
import { SYSTEM_ACTOR, type CalendarEvent } from '../../src/lib/server/events/core/event.types.ts';
import {
	cancelOccurrence,
	moveOccurrence
} from '../../src/lib/server/events/core/occurrence.service.ts';
import {
	parseFilter,
	type CalendarFilter
} from '../../src/lib/server/events/calendar/calendar-filter.ts';
import { ensureDefaultTopics, type Topic } from '../../src/lib/server/topics/topic.service.ts';
import { makeAlliance } from '../factories/accounts.ts';
import { berlin, eventInput, makePartner } from '../factories/events.ts';
import { createTestContext, type TestContext } from './context.ts';

/*
 * The public calendar's tests (lists and filters, feeds) read one seeded alliance: a weekly café
 * with a skipped, a cancelled and a moved date, a monthly counselling hour, a festival, a
 * reading by the library, a paid course, a draft and a past event. Live bindings: a test file
 * imports them, calls useCalendarFixture() once, and reads them inside its tests.
 */

export let ctx: TestContext;
export let a: Alliance;
export let topics: Topic[];
export let library: { id: string; slug: string };
export let cafe: CalendarEvent;
export let counselling: CalendarEvent;
export let festival: CalendarEvent;
export let reading: CalendarEvent;
export let paid: CalendarEvent;
export const now = new Date('2026-11-21T12:00:00Z');
export const f = (query: string): CalendarFilter => parseFilter(new URLSearchParams(query));

/** Registers the hooks that seed (and close) the calendar above. */
export function useCalendarFixture() {
	beforeAll(async () => {
		ctx = await createTestContext();
		a = await makeAlliance(ctx);
		topics = await ensureDefaultTopics(ctx, a.id);
		library = await makePartner(ctx, a.id, 'Stadtbücherei Musterstadt');
		const publish = { status: 'published' as const, now };
		cafe = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({
				title: 'Elterncafé',
				start: berlin('2026-03-04', '10:00'),
				end: berlin('2026-03-04', '11:30'),
				rrule: 'FREQ=WEEKLY;BYDAY=WE',
				exdates: [berlin('2026-12-30', '10:00')],
				targetGroups: ['0-3', 'parents'],
				topicIds: [topics[3]!.id],
				location: { ...eventInput().location, latitude: 51.5, longitude: 7.2 }
			}),
			publish
		);
		await cancelOccurrence(ctx, SYSTEM_ACTOR, a.id, cafe.id, berlin('2026-12-23', '10:00'), {
			note: 'Weihnachtspause',
			now
		});
		await moveOccurrence(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			cafe.id,
			berlin('2026-12-09', '10:00'),
			{ start: berlin('2026-12-10', '15:00'), end: berlin('2026-12-10', '16:30') },
			{ now }
		);
		counselling = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({
				title: 'Pflege-Sprechstunde',
				start: berlin('2026-01-13', '16:00'),
				end: berlin('2026-01-13', '18:00'),
				rrule: 'FREQ=MONTHLY;BYDAY=2TU',
				targetGroups: ['parents', 'grandparents'],
				topicIds: [topics[0]!.id],
				location: { ...eventInput().location, district: 'Altstadt', placeName: 'Rathaus, Raum 12' }
			}),
			publish
		);
		festival = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({
				title: 'Familienfest im Stadtpark',
				start: berlin('2026-12-12'),
				end: berlin('2026-12-14'),
				allDay: true,
				targetGroups: ['everyone'],
				highlight: true,
				location: { ...eventInput().location, district: 'Südfeld' }
			}),
			publish
		);
		reading = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({
				title: 'Vorlesestunde',
				summary: 'Bilderbuchkino mit Frau Yilmaz',
				start: berlin('2026-12-05', '11:00'),
				end: berlin('2026-12-05', '12:00'),
				targetGroups: ['3-6'],
				organiserPartnerId: library.id,
				location: { ...eventInput().location, district: 'Am Hafen' }
			}),
			publish
		);
		paid = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({
				title: 'Töpferkurs für Kinder',
				start: berlin('2026-12-05', '14:00'),
				end: berlin('2026-12-05', '16:00'),
				targetGroups: ['6-10'],
				cost: { kind: 'amount', cents: 1250, note: '' },
				location: { ...eventInput().location, district: 'Eichenau' }
			}),
			publish
		);
		await createEvent(ctx, SYSTEM_ACTOR, a.id, eventInput({ title: 'Entwurf, nicht öffentlich' }), {
			now
		});
		await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({
				title: 'Vergangenes Sommerfest',
				start: berlin('2026-07-04', '14:00'),
				end: berlin('2026-07-04', '18:00')
			}),
			publish
		);
	});
	afterAll(async () => {
		await ctx.close();
	});
}
