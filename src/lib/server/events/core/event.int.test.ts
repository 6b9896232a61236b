import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import {
	makeAlliance,
	makePerson,
	type TestPerson
} from '../../../../../tests/factories/accounts.ts';
import {
	eventInput,
	linkPartnerContact,
	makePartner
} from '../../../../../tests/factories/events.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import { AppError } from '../../app-error.ts';
import { ensureDefaultTopics } from '../../topics/topic.service.ts';
import { EMPTY_FILTER } from '../calendar/calendar-filter.ts';
import { upcoming } from '../calendar/calendar.service.ts';
import { createEvent } from './create-event.service.ts';
import { deleteEvent } from './delete-event.service.ts';
import { eventHistory, getEvent } from './event.service.ts';
import { setEventStatus } from './event-status.service.ts';
import { updateEvent } from './update-event.service.ts';
import { SYSTEM_ACTOR, type EventActor } from './event.types.ts';

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
