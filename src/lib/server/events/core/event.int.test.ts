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
import { getAlliance } from '../../alliances/alliance.service.ts';
import { RuleError } from '../../auth/rule-error.ts';
import { ensureDefaultTopics } from '../../topics/topic.service.ts';
import { EMPTY_FILTER } from '../calendar/calendar-filter.ts';
import { eventDetail } from '../calendar/event-detail.service.ts';
import { upcoming } from '../calendar/calendar.service.ts';
import { createEvent } from './create-event.service.ts';
import { deleteEvent } from './delete-event.service.ts';
import { eventHistory, getEvent, getEventOverrides } from './event.service.ts';
import { setEventStatus } from './event-status.service.ts';
import { updateEvent } from './update-event.service.ts';
import { SYSTEM_ACTOR, type EventActor } from './event.types.ts';
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
let coordinatorB: EventActor;
let contact: EventActor;
let outsider: EventActor;
let partnerId: string;
let otherPartnerId: string;
const now = new Date('2026-11-21T12:00:00Z');

const actorOf = (p: TestPerson): EventActor => ({ userId: p.userId, platformAdmin: false });

async function expectRule(promise: Promise<unknown>, key: string, field?: string) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(RuleError);
	expect((error as RuleError).key).toBe(key);
	if (field) expect((error as RuleError).field).toBe(field);
}

async function count(table: 'event' | 'event_occurrence' | 'event_history') {
	const row = await ctx.db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirst();
	return Number(row?.n);
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
	coordinator = actorOf(await makePerson(ctx, { alliance: a, role: 'coordinator' }));
	editor = actorOf(await makePerson(ctx, { alliance: a, role: 'editor' }));
	coordinatorB = actorOf(await makePerson(ctx, { alliance: b, role: 'coordinator' }));
	outsider = actorOf(await makePerson(ctx));
	const contactPerson = await makePerson(ctx, { alliance: a, role: 'partner' });
	contact = actorOf(contactPerson);
	partnerId = (await makePartner(ctx, a.id, 'Familienzentrum Nordviertel')).id;
	otherPartnerId = (await makePartner(ctx, a.id, 'Sportverein Eichenau')).id;
	await linkPartnerContact(ctx, a.id, partnerId, contactPerson.userId);
	await ensureDefaultTopics(ctx, a.id);
});
afterAll(async () => {
	await ctx.close();
});

describe('createEvent', () => {
	it('saves a published event with relations, occurrence, history, audit and new versions', async () => {
		const topics = await ensureDefaultTopics(ctx, a.id);
		const versionBefore = (await getAlliance(ctx, a.id))!.contentVersion;
		const event = await createEvent(
			ctx,
			coordinator,
			a.id,
			eventInput({ topicIds: [topics[3]!.id], organiserPartnerId: partnerId }),
			{ status: 'published', now }
		);
		expect(event).toMatchObject({
			slug: 'elterncafe-im-familienzentrum',
			status: 'published',
			sequence: 0,
			topicIds: [topics[3]!.id],
			targetGroups: ['0-3', 'parents'],
			organiser: { partnerId, name: 'Familienzentrum Nordviertel' },
			timeZone: 'Europe/Berlin'
		});
		expect(event.uid).toMatch(/@localhost$/);
		expect(event.publishedAt).toBe(now.toISOString());
		expect((await getAlliance(ctx, a.id))!.contentVersion).toBeGreaterThan(versionBefore);
		const history = await eventHistory(ctx, a.id, event.id);
		expect(history.map((h) => h.action)).toEqual(['create']);
		const audit = await ctx.db
			.selectFrom('audit_log')
			.selectAll()
			.where('entity_id', '=', event.id)
			.execute();
		expect(audit.map((r) => r.action)).toEqual(['create']);
		const state = await ctx.db
			.selectFrom('calendar_state')
			.selectAll()
			.where('alliance_id', '=', a.id)
			.executeTakeFirst();
		expect(state?.version).toBeGreaterThan(0);

		const second = await createEvent(ctx, editor, a.id, eventInput(), { now });
		expect(second.slug).toBe('elterncafe-im-familienzentrum-2');
		expect(second.status).toBe('draft');
	});

	it('strips markup from plain fields and sanitises the description', async () => {
		const event = await createEvent(
			ctx,
			coordinator,
			a.id,
			eventInput({
				title: 'Lesung<script>alert(1)</script> für Kinder',
				summary: '<b>Spannend</b> & lustig',
				descriptionHtml:
					'<p onclick="x()">Text</p><script>alert(2)</script><iframe src="//evil"></iframe>',
				location: { ...eventInput().location, placeName: '<img src=x onerror=alert(3)>Bücherei' }
			}),
			{ now }
		);
		expect(event.title).toBe('Lesung für Kinder');
		expect(event.summary).toBe('Spannend & lustig');
		expect(event.descriptionHtml).toBe('<p>Text</p>');
		expect(event.location.placeName).toBe('Bücherei');
	});

	it('refuses bad input with a field and saves nothing', async () => {
		const before = await count('event');
		await expectRule(
			createEvent(ctx, coordinator, a.id, eventInput({ end: berlin('2026-12-01', '10:00') })),
			'events.error.endBeforeStart',
			'endDate'
		);
		await expectRule(
			createEvent(
				ctx,
				coordinator,
				a.id,
				eventInput({ start: berlin('1999-12-01'), end: berlin('1999-12-02') })
			),
			'events.error.dateRange',
			'startDate'
		);
		await expectRule(
			createEvent(
				ctx,
				coordinator,
				a.id,
				eventInput({ start: berlin('2150-01-01'), end: berlin('2150-01-02') })
			),
			'events.error.dateRange'
		);
		await expectRule(
			createEvent(ctx, coordinator, a.id, eventInput({ title: 'x'.repeat(5000) })),
			'events.error.tooLongText',
			'title'
		);
		await expectRule(
			createEvent(ctx, coordinator, a.id, eventInput({ title: '<script>only</script>' })),
			'error.required',
			'title'
		);
		await expectRule(
			createEvent(ctx, coordinator, a.id, eventInput({ rrule: 'FREQ=SECONDLY' })),
			'events.error.rruleFrequency',
			'rrule'
		);
		// A topic of another alliance: checked inside the transaction, nothing half-saved.
		const topicsB = await ensureDefaultTopics(ctx, b.id);
		await expectRule(
			createEvent(ctx, coordinator, a.id, eventInput({ topicIds: [topicsB[0]!.id] })),
			'error.invalid',
			'topics'
		);
		expect(await count('event')).toBe(before);
	});

	it('lets only members with a role act, each in their own alliance', async () => {
		await expectRule(createEvent(ctx, outsider, a.id, eventInput()), 'error.forbidden');
		await expectRule(createEvent(ctx, coordinatorB, a.id, eventInput()), 'error.forbidden');
		const own = await createEvent(ctx, coordinatorB, b.id, eventInput({ title: 'Nur in B' }));
		expect(await getEvent(ctx, a.id, own.id)).toBeUndefined();
		await expectRule(setEventStatus(ctx, coordinator, a.id, own.id, 'published'), 'error.notFound');
		await expectRule(deleteEvent(ctx, coordinator, a.id, own.id), 'error.notFound');
	});

	it('lets a partner contact draft and submit events of their own partner only', async () => {
		const draft = await createEvent(
			ctx,
			contact,
			a.id,
			eventInput({ title: 'Kinderturnen', organiserPartnerId: partnerId }),
			{ status: 'submitted' }
		);
		expect(draft.status).toBe('submitted');
		await expectRule(
			createEvent(ctx, contact, a.id, eventInput({ organiserPartnerId: partnerId }), {
				status: 'published'
			}),
			'error.forbidden'
		);
		await expectRule(
			createEvent(ctx, contact, a.id, eventInput({ organiserPartnerId: otherPartnerId })),
			'error.forbidden'
		);
		await expectRule(
			createEvent(ctx, contact, a.id, eventInput({ organiserPartnerId: null })),
			'error.forbidden'
		);
		await expectRule(setEventStatus(ctx, contact, a.id, draft.id, 'published'), 'error.forbidden');
		const foreign = await createEvent(
			ctx,
			coordinator,
			a.id,
			eventInput({ organiserPartnerId: otherPartnerId })
		);
		await expectRule(
			updateEvent(ctx, contact, a.id, foreign.id, eventInput({ organiserPartnerId: partnerId })),
			'error.forbidden'
		);
		// The coordinator publishes it.
		const published = await setEventStatus(ctx, coordinator, a.id, draft.id, 'published');
		expect(published.status).toBe('published');
	});
});

describe('updateEvent and status', () => {
	it('raises SEQUENCE, records what changed and refuses a stale form', async () => {
		const event = await createEvent(
			ctx,
			coordinator,
			a.id,
			eventInput({ title: 'Spielenachmittag' }),
			{
				status: 'published',
				now
			}
		);
		const changed = await updateEvent(
			ctx,
			editor,
			a.id,
			event.id,
			eventInput({ title: 'Spielenachmittag für alle', targetGroups: ['everyone'] }),
			{ expectedSequence: 0 }
		);
		expect(changed.sequence).toBe(1);
		expect(changed.slug).toBe(event.slug);
		const [last] = await eventHistory(ctx, a.id, event.id);
		expect(last?.action).toBe('update');
		expect(Object.keys(last!.changes).sort()).toEqual(['targetGroups', 'title']);
		await expectRule(
			updateEvent(ctx, coordinator, a.id, event.id, eventInput({ title: 'Alt' }), {
				expectedSequence: 0
			}),
			'events.error.conflict'
		);
		const cancelled = await setEventStatus(ctx, coordinator, a.id, event.id, 'cancelled', {
			note: 'Wegen Krankheit'
		});
		expect(cancelled).toMatchObject({
			status: 'cancelled',
			statusNote: 'Wegen Krankheit',
			sequence: 2
		});
		const list = await upcoming(ctx, a.id, { ...EMPTY_FILTER, q: 'spielenachmittag' }, { now });
		expect(list.items.flatMap((d) => d.items)).toMatchObject([
			{ cancelled: true, note: 'Wegen Krankheit' }
		]);
	});
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

describe('deleteEvent', () => {
	it('removes the event with occurrences and history; the audit log keeps a line', async () => {
		const event = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({ title: 'Wird gelöscht', rrule: 'FREQ=DAILY;COUNT=5' }),
			{ now }
		);
		await deleteEvent(ctx, coordinator, a.id, event.id);
		expect(await getEvent(ctx, a.id, event.id)).toBeUndefined();
		const left = await ctx.db
			.selectFrom('event_occurrence')
			.select('event_id')
			.where('event_id', '=', event.id)
			.execute();
		expect(left).toEqual([]);
		const audit = await ctx.db
			.selectFrom('audit_log')
			.select('action')
			.where('entity_id', '=', event.id)
			.execute();
		expect(audit.map((r) => r.action).sort()).toEqual(['create', 'delete']);
	});
});
