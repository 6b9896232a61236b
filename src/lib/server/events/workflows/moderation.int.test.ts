import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import {
	linkIn,
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
import { RuleError } from '../../auth/rule-error.ts';
import { eventHistory, getEvent } from '../core/event.service.ts';
import { setEventStatus } from '../core/event-status.service.ts';
import { updateEvent } from '../core/update-event.service.ts';
import {
	approveEvent,
	editAndApprove,
	moderationQueue,
	rejectEvent,
	type WorkflowSite
} from './moderation.service.ts';
import { calendarSettings, saveCalendarSettings } from '../core/moderation.settings.ts';
import {
	cancelPartnerEvent,
	createPartnerEvent,
	deletePartnerEvent,
	partnerEvents,
	updatePartnerEvent
} from './submission.partner.ts';
import {
	cleanUpSubmissions,
	confirmSubmission,
	submissionByToken,
	submitPublicEvent,
	SUBMISSION_RATE_LIMIT
} from './submission.service.ts';

let ctx: TestContext;
let alliance: Alliance;
let site: WorkflowSite;
let coordinator: TestPerson;
let contact: TestPerson;
let otherContact: TestPerson;
let partnerId: string;
let otherPartnerId: string;
const now = new Date('2026-11-21T12:00:00.000Z');
let ip = 0;
const client = () => `10.2.0.${++ip}`;
const who = (p: TestPerson) => ({
	userId: p.userId,
	platformAdmin: false,
	name: p.name,
	email: p.email
});
const submitter = (email = 'melder@example.org') => ({
	submitterName: 'Maria Schneider',
	submitterEmail: email,
	consent: 'on' as const,
	fax: ''
});

async function expectRule(promise: Promise<unknown>, status: number, key?: string) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(RuleError);
	expect((error as RuleError).status).toBe(status);
	if (key) expect((error as RuleError).key).toBe(key);
}

async function statusOf(id: string) {
	return (await getEvent(ctx, alliance.id, id))?.status;
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

describe('"Termin melden" without an account', () => {
	it('waits for the email confirmation, then enters the moderation queue and tells the coordinators', async () => {
		const input = eventInput({
			title: 'Laternenumzug <script>alert(1)</script>im Nordviertel',
			organiserName: 'Elterninitiative Nord',
			start: berlin('2026-12-04', '17:00'),
			end: berlin('2026-12-04', '18:30'),
			rrule: 'FREQ=WEEKLY',
			highlight: true
		});
		expect(
			await submitPublicEvent(ctx, site, alliance.id, input, submitter(), client(), now)
		).toEqual({ ok: true });
		const events = await ctx.db
			.selectFrom('event')
			.select('id')
			.where('alliance_id', '=', alliance.id)
			.execute();
		expect(events).toHaveLength(0);
		const mail = await ctx.smtp.waitFor('melder@example.org', /Bitte bestätigen/);
		expect(mail.text).toContain('Guten Tag Maria Schneider');
		expect(mail.text).toContain('Freitag, 4. Dezember 2026, 17:00–18:30 Uhr');
		const link = linkIn(mail.text, `${site.siteUrl}/termine/melden/bestaetigen/`);
		const token = link.split('/').pop()!;
		expect(await submissionByToken(ctx, alliance.id, token, 'de', now)).toMatchObject({
			state: 'pending'
		});

		expect(await confirmSubmission(ctx, site, alliance.id, token, now)).toEqual({
			alreadyConfirmed: false
		});
		expect(await confirmSubmission(ctx, site, alliance.id, token, now)).toEqual({
			alreadyConfirmed: true
		});
		const rows = await ctx.db
			.selectFrom('event')
			.selectAll()
			.where('alliance_id', '=', alliance.id)
			.execute();
		expect(rows).toHaveLength(1);
		const event = rows[0]!;
		expect(event).toMatchObject({
			status: 'submitted',
			source: 'submission',
			submitter_name: 'Maria Schneider',
			submitter_email: 'melder@example.org',
			organiser_name: 'Elterninitiative Nord',
			rrule: null,
			highlight: 0
		});
		expect(event.title).toBe('Laternenumzug im Nordviertel');
		const notice = await ctx.smtp.waitFor(
			'koordination@example.org',
			/Neuer Termin wartet auf Freigabe/
		);
		expect(notice.text).toContain(`${site.siteUrl}/admin/termine/moderation`);
		expect(notice.text).toContain('Maria Schneider');

		const history = await eventHistory(ctx, alliance.id, event.id);
		expect(history.map((h) => h.action)).toContain('submission.confirmed');

		const queue = await moderationQueue(ctx, who(coordinator), alliance.id);
		expect(queue.map((q) => q.title)).toContain('Laternenumzug im Nordviertel');

		// The coordinator approves; the sender hears of it.
		ctx.smtp.clear();
		await approveEvent(ctx, site, who(coordinator), alliance.id, event.id, now);
		expect(await statusOf(event.id)).toBe('published');
		const approved = await ctx.smtp.waitFor('melder@example.org', /veröffentlicht/);
		expect(approved.text).toContain(`${site.siteUrl}/termine/${event.slug}`);
		const after = await eventHistory(ctx, alliance.id, event.id);
		expect(after.find((h) => h.action === 'status.published')).toMatchObject({
			userName: 'Petra Sommer'
		});
		await expectRule(
			approveEvent(ctx, site, who(coordinator), alliance.id, event.id, now),
			409,
			'moderation.error.notWaiting'
		);
	});

	it('refuses expired links, drops honeypots, limits per address, and can be closed', async () => {
		const input = eventInput({ title: 'Spätes Bestätigen', organiserName: 'Jemand' });
		await submitPublicEvent(
			ctx,
			site,
			alliance.id,
			input,
			submitter('late@example.org'),
			client(),
			now
		);
		const token = linkIn(
			(await ctx.smtp.waitFor('late@example.org')).text,
			`${site.siteUrl}/termine/melden/bestaetigen/`
		)
			.split('/')
			.pop()!;
		const later = new Date(now.getTime() + 49 * 3600_000);
		expect(await submissionByToken(ctx, alliance.id, token, 'de', later)).toEqual({
			state: 'expired'
		});
		await expectRule(
			confirmSubmission(ctx, site, alliance.id, token, later),
			410,
			'submission.confirm.expired'
		);
		await expectRule(confirmSubmission(ctx, site, alliance.id, 'x'.repeat(43), now), 404);
		// The clean-up removes it.
		await cleanUpSubmissions(ctx, later);
		expect(await submissionByToken(ctx, alliance.id, token, 'de', later)).toEqual({
			state: 'unknown'
		});

		const before = ctx.smtp.mails.length;
		expect(
			await submitPublicEvent(
				ctx,
				site,
				alliance.id,
				input,
				{ ...submitter('bot@example.org'), fax: '123' },
				client(),
				now
			)
		).toEqual({ ok: true });
		await new Promise((r) => setTimeout(r, 200));
		expect(ctx.smtp.mails.length).toBe(before);

		const same = '10.2.99.1';
		for (let i = 0; i < SUBMISSION_RATE_LIMIT; i++) {
			expect(
				(
					await submitPublicEvent(
						ctx,
						site,
						alliance.id,
						input,
						submitter(`r${i}@example.org`),
						same,
						now
					)
				).ok
			).toBe(true);
		}
		expect(await submitPublicEvent(ctx, site, alliance.id, input, submitter(), same, now)).toEqual({
			ok: false,
			key: 'error.tooManyRequests',
			status: 429
		});

		await saveCalendarSettings(ctx, who(coordinator), alliance.id, {
			...(await calendarSettings(ctx, alliance.id)),
			publicSubmissions: false
		});
		expect(
			await submitPublicEvent(ctx, site, alliance.id, input, submitter(), client(), now)
		).toMatchObject({ ok: false, key: 'submission.closed' });
		await saveCalendarSettings(ctx, who(coordinator), alliance.id, {
			...(await calendarSettings(ctx, alliance.id)),
			publicSubmissions: true
		});
	});

	it('refuses bad input with a field error and stores nothing', async () => {
		const bad = eventInput({
			title: 'Ende vor Anfang',
			start: berlin('2026-12-10', '12:00'),
			end: berlin('2026-12-10', '10:00')
		});
		const error = await submitPublicEvent(
			ctx,
			site,
			alliance.id,
			bad,
			submitter('bad@example.org'),
			client(),
			now
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RuleError);
		expect((error as RuleError).key).toBe('events.error.endBeforeStart');
		const pending = await ctx.db
			.selectFrom('event_submission')
			.select('id')
			.where('submitter_email', '=', 'bad@example.org')
			.execute();
		expect(pending).toHaveLength(0);
	});
});

describe('partner contacts', () => {
	it('cannot publish without approval where approval is required; the coordinators are told', async () => {
		expect((await calendarSettings(ctx, alliance.id)).partnerEventsNeedApproval).toBe(true);
		const input = eventInput({ title: 'Babymassage-Kurs', organiserPartnerId: partnerId });
		const { event, outcome } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			input,
			'submit',
			now
		);
		expect(outcome).toBe('submitted');
		expect(event.status).toBe('submitted');
		const notice = await ctx.smtp.waitFor('koordination@example.org', /Babymassage-Kurs/);
		expect(notice.text).toContain('Familienzentrum Am Hafen');
		expect(notice.text).toContain('Aylin Demir');

		// Not through the plain status change either.
		await expectRule(setEventStatus(ctx, who(contact), alliance.id, event.id, 'published'), 403);
		// Not through the moderation.
		await expectRule(approveEvent(ctx, site, who(contact), alliance.id, event.id, now), 403);
		expect(await statusOf(event.id)).toBe('submitted');

		// A draft stays a draft.
		const draft = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Entwurf', organiserPartnerId: partnerId }),
			'save',
			now
		);
		expect(draft.outcome).toBe('draft');

		const list = await partnerEvents(ctx, who(contact), alliance.id);
		expect(list.map((e) => [e.title, e.status])).toEqual(
			expect.arrayContaining([
				['Babymassage-Kurs', 'submitted'],
				['Entwurf', 'draft']
			])
		);
		expect(await partnerEvents(ctx, who(otherContact), alliance.id)).toEqual([]);
	});

	it('cannot touch another partner’s event or create events for another partner', async () => {
		const { event } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Nur für Hafen', organiserPartnerId: partnerId }),
			'save',
			now
		);
		const input = eventInput({ title: 'Übernommen', organiserPartnerId: partnerId });
		await expectRule(
			updatePartnerEvent(
				ctx,
				site,
				who(otherContact),
				alliance.id,
				event.id,
				input,
				'submit',
				null,
				now
			),
			403
		);
		await expectRule(updateEvent(ctx, who(otherContact), alliance.id, event.id, input), 403);
		await expectRule(deletePartnerEvent(ctx, who(otherContact), alliance.id, event.id), 403);
		await expectRule(cancelPartnerEvent(ctx, who(otherContact), alliance.id, event.id, 'weg'), 403);
		await expectRule(
			createPartnerEvent(
				ctx,
				site,
				who(otherContact),
				alliance.id,
				eventInput({ organiserPartnerId: partnerId }),
				'save',
				now
			),
			403
		);
		await expectRule(
			createPartnerEvent(
				ctx,
				site,
				who(contact),
				alliance.id,
				eventInput({ organiserPartnerId: null }),
				'save',
				now
			),
			403
		);
		// Moving one's own event to another partner is refused as well.
		await expectRule(
			updatePartnerEvent(
				ctx,
				site,
				who(contact),
				alliance.id,
				event.id,
				{ ...input, organiserPartnerId: otherPartnerId },
				'save',
				null,
				now
			),
			403
		);
		expect((await getEvent(ctx, alliance.id, event.id))?.title).toBe('Nur für Hafen');
	});

	it('publish directly where the coordinators allow it; changes to published events then stay public', async () => {
		await saveCalendarSettings(ctx, who(coordinator), alliance.id, {
			...(await calendarSettings(ctx, alliance.id)),
			partnerEventsNeedApproval: false
		});
		const { event, outcome } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Offener Spieletreff', organiserPartnerId: partnerId }),
			'submit',
			now
		);
		expect(outcome).toBe('published');
		expect(event.status).toBe('published');
		const history = await eventHistory(ctx, alliance.id, event.id);
		const published = history.find((h) => h.action === 'status.published');
		expect(published).toMatchObject({ userName: 'Aylin Demir' });
		expect(published?.note).toContain('keine Freigabe nötig');
		const changed = await updatePartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			event.id,
			eventInput({ title: 'Offener Spieletreff für alle', organiserPartnerId: partnerId }),
			'save',
			event.sequence,
			now
		);
		expect(changed.outcome).toBe('published');
		expect(await statusOf(event.id)).toBe('published');
		await saveCalendarSettings(ctx, who(coordinator), alliance.id, {
			...(await calendarSettings(ctx, alliance.id)),
			partnerEventsNeedApproval: true
		});
	});

	it('send a published event back to the queue when they change it where approval is required', async () => {
		const { event } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Eltern-Kind-Turnen', organiserPartnerId: partnerId }),
			'submit',
			now
		);
		await approveEvent(ctx, site, who(coordinator), alliance.id, event.id, now);
		ctx.smtp.clear();
		const unchanged = await updatePartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			event.id,
			eventInput({ title: 'Eltern-Kind-Turnen', organiserPartnerId: partnerId }),
			'save',
			null,
			now
		);
		expect(unchanged.outcome).toBe('unchanged');
		const changed = await updatePartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			event.id,
			eventInput({
				title: 'Eltern-Kind-Turnen (neue Zeit)',
				organiserPartnerId: partnerId,
				start: berlin('2026-12-02', '16:00'),
				end: berlin('2026-12-02', '17:00')
			}),
			'save',
			null,
			now
		);
		expect(changed.outcome).toBe('submitted');
		expect(await statusOf(event.id)).toBe('submitted');
		await ctx.smtp.waitFor('koordination@example.org', /Geänderter Termin wartet/);
		// The partner can call off a published event, with a reason that stays visible.
		await approveEvent(ctx, site, who(coordinator), alliance.id, event.id, now);
		await cancelPartnerEvent(
			ctx,
			who(contact),
			alliance.id,
			event.id,
			'Die Halle ist gesperrt.',
			now
		);
		const cancelled = await getEvent(ctx, alliance.id, event.id);
		expect(cancelled).toMatchObject({ status: 'cancelled', statusNote: 'Die Halle ist gesperrt.' });
	});
});

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
