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
import { AppError } from '../../app-error.ts';
import { ensureDefaultTopics } from '../../topics/topic.service.ts';
import { createEvent } from './create-event.service.ts';
import { deleteEvent } from './delete-event.service.ts';
import { eventHistory, getEvent } from './event.service.ts';
import { setEventStatus } from './event-status.service.ts';
import { updateEvent } from './update-event.service.ts';
import { type EventActor } from './event.types.ts';

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
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).key).toBe(key);
	if (field) expect((error as AppError).field).toBe(field);
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
