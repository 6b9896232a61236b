import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
import { eventHistory, getEvent } from '../core/event.service.ts';
import {
	editAndApprove,
	moderationQueue,
	rejectEvent,
	type WorkflowSite
} from './moderation.service.ts';
import { calendarSettings, saveCalendarSettings } from '../core/moderation.settings.ts';
import { createPartnerEvent, updatePartnerEvent } from './submission.partner.ts';

let ctx: TestContext;
let alliance: Alliance;
let site: WorkflowSite;
let coordinator: TestPerson;
let contact: TestPerson;
let otherContact: TestPerson;
let partnerId: string;
let otherPartnerId: string;
const now = new Date('2026-11-21T12:00:00.000Z');
const who = (p: TestPerson) => ({
	userId: p.userId,
	platformAdmin: false,
	name: p.name,
	email: p.email
});

async function expectRule(promise: Promise<unknown>, status: number, key?: string) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).status).toBe(status);
	if (key) expect((error as AppError).key).toBe(key);
}

beforeAll(async () => {
	ctx = await createTestContext();
	alliance = await makeAlliance(ctx, { name: 'Bündnis für Familie Musterstadt' });
	site = {
		siteUrl: `${ctx.publicUrl}/b/${alliance.slug}`,
		allianceName: alliance.name,
		locale: 'de'
	};
	coordinator = await makePerson(ctx, {
		alliance,
		role: 'coordinator',
		name: 'Petra Sommer',
		email: 'koordination@example.org'
	});
	contact = await makePerson(ctx, { alliance, role: 'partner', name: 'Aylin Demir' });
	otherContact = await makePerson(ctx, { alliance, role: 'partner', name: 'Tom Berger' });
	partnerId = (await makePartner(ctx, alliance.id, 'Familienzentrum Am Hafen')).id;
	otherPartnerId = (await makePartner(ctx, alliance.id, 'Sportverein Eichenau')).id;
	await linkPartnerContact(ctx, alliance.id, partnerId, contact.userId);
	await linkPartnerContact(ctx, alliance.id, otherPartnerId, otherContact.userId);
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

describe('moderation', () => {
	it('rejects with a reason that is mailed to the partner contact', async () => {
		const { event } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Verkaufsmesse', organiserPartnerId: partnerId }),
			'submit',
			now
		);
		await expectRule(
			rejectEvent(ctx, site, who(coordinator), alliance.id, event.id, ' ', now),
			400,
			'moderation.error.reason'
		);
		ctx.smtp.clear();
		await rejectEvent(
			ctx,
			site,
			who(coordinator),
			alliance.id,
			event.id,
			'Reine Verkaufsveranstaltungen nehmen wir nicht in den Familienkalender auf.',
			now
		);
		expect(await getEvent(ctx, alliance.id, event.id)).toMatchObject({
			status: 'rejected',
			statusNote: 'Reine Verkaufsveranstaltungen nehmen wir nicht in den Familienkalender auf.'
		});
		const mail = await ctx.smtp.waitFor(contact.email, /nicht veröffentlicht/);
		expect(mail.text).toContain('Reine Verkaufsveranstaltungen');
		// The partner may revise and submit again.
		const again = await updatePartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			event.id,
			eventInput({ title: 'Familienflohmarkt', organiserPartnerId: partnerId }),
			'submit',
			null,
			now
		);
		expect(again.outcome).toBe('submitted');
	});

	it('edits then approves in one step, both in the history', async () => {
		const { event } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Vorlesestunde mit Tippfeler', organiserPartnerId: partnerId }),
			'submit',
			now
		);
		const fresh = (await getEvent(ctx, alliance.id, event.id))!;
		await editAndApprove(
			ctx,
			site,
			who(coordinator),
			alliance.id,
			event.id,
			eventInput({ title: 'Vorlesestunde', organiserPartnerId: partnerId }),
			fresh.sequence,
			now
		);
		expect(await getEvent(ctx, alliance.id, event.id)).toMatchObject({
			status: 'published',
			title: 'Vorlesestunde'
		});
		const history = await eventHistory(ctx, alliance.id, event.id);
		expect(history.find((h) => h.action === 'status.published')?.userName).toBe('Petra Sommer');
		const update = history.find((h) => h.action === 'update');
		expect(update?.userName).toBe('Petra Sommer');
		expect(update?.changes.title).toEqual(['Vorlesestunde mit Tippfeler', 'Vorlesestunde']);
	});

	it('is closed to partner contacts', async () => {
		await expectRule(moderationQueue(ctx, who(contact), alliance.id), 403);
		await expectRule(
			saveCalendarSettings(
				ctx,
				who(contact),
				alliance.id,
				await calendarSettings(ctx, alliance.id)
			),
			403
		);
	});
});
