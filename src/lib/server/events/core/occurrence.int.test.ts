import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import {
	makeAlliance,
	makePerson,
	type TestPerson
} from '../../../../../tests/factories/accounts.ts';
import {
	berlin,
	eventInput,
	linkPartnerContact,
	makePartner
} from '../../../../../tests/factories/events.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import { AppError } from '../../app-error.ts';
import { ensureDefaultTopics } from '../../topics/topic.service.ts';
import { EMPTY_FILTER } from '../calendar/calendar-filter.ts';
import { eventDetail } from '../calendar/event-detail.service.ts';
import { upcoming } from '../calendar/calendar.service.ts';
import { createEvent } from './create-event.service.ts';
import { eventHistory, getEvent, getEventOverrides } from './event.service.ts';
import { updateEvent } from './update-event.service.ts';
import { type EventActor } from './event.types.ts';
import {
	cancelOccurrence,
	changeOccurrence,
	moveOccurrence,
	restoreOccurrence
} from './occurrence.service.ts';
import { localDate, localTime } from './time-zone.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: EventActor;
let editor: EventActor;
let partnerId: string;
const now = new Date('2026-11-21T12:00:00Z');

const actorOf = (p: TestPerson): EventActor => ({ userId: p.userId, platformAdmin: false });

async function expectRule(promise: Promise<unknown>, key: string, field?: string) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).key).toBe(key);
	if (field) expect((error as AppError).field).toBe(field);
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
	coordinator = actorOf(await makePerson(ctx, { alliance: a, role: 'coordinator' }));
	editor = actorOf(await makePerson(ctx, { alliance: a, role: 'editor' }));
	await makePerson(ctx, { alliance: b, role: 'coordinator' });
	await makePerson(ctx);
	const contactPerson = await makePerson(ctx, { alliance: a, role: 'partner' });
	partnerId = (await makePartner(ctx, a.id, 'Familienzentrum Nordviertel')).id;
	await makePartner(ctx, a.id, 'Sportverein Eichenau');
	await linkPartnerContact(ctx, a.id, partnerId, contactPerson.userId);
	await ensureDefaultTopics(ctx, a.id);
});
afterAll(async () => {
	await ctx.close();
});

describe('occurrences of a series', () => {
	it('cancels, moves, changes and restores single dates, with history', async () => {
		const series = await createEvent(
			ctx,
			coordinator,
			a.id,
			eventInput({
				title: 'Wöchentliches Elterncafé',
				start: berlin('2026-11-04', '10:00'),
				end: berlin('2026-11-04', '12:00'),
				rrule: 'FREQ=WEEKLY;BYDAY=WE'
			}),
			{ status: 'published', now }
		);
		const dates = async () =>
			(
				await upcoming(ctx, a.id, { ...EMPTY_FILTER, q: 'wöchentliches' }, { now, pageSize: 6 })
			).items
				.flatMap((d) => d.items)
				.map(
					(o) =>
						`${localDate(o.start)} ${localTime(o.start)}${o.cancelled ? ' abgesagt' : ''}${o.moved ? ' verlegt' : ''}`
				);
		expect(await dates()).toEqual([
			'2026-11-25 10:00',
			'2026-12-02 10:00',
			'2026-12-09 10:00',
			'2026-12-16 10:00',
			'2026-12-23 10:00',
			'2026-12-30 10:00'
		]);

		await cancelOccurrence(ctx, coordinator, a.id, series.id, berlin('2026-12-23', '10:00'), {
			note: 'Weihnachtspause'
		});
		await moveOccurrence(ctx, coordinator, a.id, series.id, berlin('2026-12-30', '10:00'), {
			start: berlin('2026-12-29', '15:00'),
			end: berlin('2026-12-29', '17:00')
		});
		await changeOccurrence(ctx, editor, a.id, series.id, berlin('2026-12-02', '10:00'), {
			placeName: 'Gemeindesaal St. Marien',
			note: 'Diesmal im Gemeindesaal'
		});
		expect(await dates()).toEqual([
			'2026-11-25 10:00',
			'2026-12-02 10:00',
			'2026-12-09 10:00',
			'2026-12-16 10:00',
			'2026-12-23 10:00 abgesagt',
			'2026-12-29 15:00 verlegt'
		]);
		const changedDay = await eventDetail(ctx, a.id, series.slug, '2026-12-02', { now });
		expect(changedDay?.occurrence).toMatchObject({
			placeName: 'Gemeindesaal St. Marien',
			note: 'Diesmal im Gemeindesaal'
		});
		const cancelledDay = await eventDetail(ctx, a.id, series.slug, '2026-12-23', { now });
		expect(cancelledDay?.occurrence).toMatchObject({ cancelled: true, note: 'Weihnachtspause' });
		// The moved date is found by its original and by its new day.
		expect(
			(await eventDetail(ctx, a.id, series.slug, '2026-12-30', { now }))?.occurrence?.moved
		).toBe(true);
		expect(
			(await eventDetail(ctx, a.id, series.slug, '2026-12-29', { now }))?.occurrence?.moved
		).toBe(true);
		expect((await eventDetail(ctx, a.id, series.slug, '2026-12-31', { now }))?.dateNotFound).toBe(
			true
		);

		await restoreOccurrence(ctx, coordinator, a.id, series.id, berlin('2026-12-23', '10:00'));
		expect((await dates())[4]).toBe('2026-12-23 10:00');
		expect((await getEvent(ctx, a.id, series.id))?.sequence).toBe(4);
		const actions = (await eventHistory(ctx, a.id, series.id)).map((h) => h.action);
		expect(actions).toEqual([
			'occurrence.restore',
			'occurrence.change',
			'occurrence.move',
			'occurrence.cancel',
			'create'
		]);

		await expectRule(
			cancelOccurrence(ctx, coordinator, a.id, series.id, berlin('2026-12-24', '10:00')),
			'events.error.noSuchOccurrence'
		);
		await expectRule(
			moveOccurrence(ctx, coordinator, a.id, series.id, berlin('2026-12-09', '10:00'), {
				start: berlin('2026-12-09', '12:00'),
				end: berlin('2026-12-09', '11:00')
			}),
			'events.error.endBeforeStart'
		);

		// A new rule (Thursdays) leaves no date for the old overrides: they go, and the history says so.
		await updateEvent(
			ctx,
			coordinator,
			a.id,
			series.id,
			eventInput({
				title: 'Wöchentliches Elterncafé',
				start: berlin('2026-11-05', '10:00'),
				end: berlin('2026-11-05', '12:00'),
				rrule: 'FREQ=WEEKLY;BYDAY=TH'
			})
		);
		expect(await getEventOverrides(ctx, a.id, series.id)).toEqual([]);
		expect((await eventHistory(ctx, a.id, series.id))[0]?.changes.overridesRemoved).toEqual([2, 0]);
	});

	it('refuses single-date operations on a single event', async () => {
		const single = await createEvent(ctx, coordinator, a.id, eventInput({ title: 'Einmalig' }), {
			now
		});
		await expectRule(
			cancelOccurrence(ctx, coordinator, a.id, single.id, single.start),
			'events.error.notRecurring'
		);
	});
});
