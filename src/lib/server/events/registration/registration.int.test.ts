import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import { linkIn, makeAlliance, makePerson } from '../../../../../tests/factories/accounts.ts';
import {
	berlin,
	eventInput,
	linkPartnerContact,
	makePartner
} from '../../../../../tests/factories/events.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import type { Actor } from '../../auth/actor.ts';
import { RuleError } from '../../auth/rule-error.ts';
import { createEvent } from '../core/create-event.service.ts';
import { eventHistory } from '../core/event.service.ts';
import { setEventStatus } from '../core/event-status.service.ts';
import { cancelOccurrence } from '../core/occurrence.service.ts';
import { notifyCancelledRegistrations } from './registration-cancel-notice.ts';
import { seedEventsDemo } from '../demo/events.demo.ts';
import { SYSTEM_ACTOR, type CalendarEvent, type EventInput } from '../core/event.types.ts';
import {
	cancelAsOrganiser,
	registrationCsv,
	registrationOverview,
	saveRegistrationSettings
} from './registration-admin.service.ts';
import { deleteExpiredRegistrationData } from './registration-retention.ts';
import { registrationFormSchema, registrationSettingsSchema } from './registration.schema.ts';
import { cancelByToken, registrationByToken } from './cancel.service.ts';
import { register } from './register.service.ts';
import {
	registrationPage,
	REGISTRATION_RATE_LIMIT,
	type RegistrationSite
} from './registration.service.ts';

let ctx: TestContext;
let alliance: Alliance;
let site: RegistrationSite;
let coordinator: Actor;
let partnerContact: Actor;
let otherContact: Actor;
let partnerId: string;
const now = new Date('2026-11-21T12:00:00.000Z');
let ip = 0;
const client = () => `10.1.0.${++ip}`;

function form(values: Record<string, string> = {}) {
	return registrationFormSchema.parse({
		name: 'Aylin Demir',
		email: 'aylin@example.org',
		adults: '1',
		children: '0',
		note: '',
		consent: 'on',
		...values
	});
}

async function makeEvent(
	overrides: Partial<EventInput>,
	registration: Record<string, string> = { enabled: 'on', waitlist: 'on' },
	actor: Actor = coordinator
): Promise<CalendarEvent> {
	const event = await createEvent(ctx, SYSTEM_ACTOR, alliance.id, eventInput(overrides), {
		status: 'published',
		now
	});
	return saveRegistrationSettings(
		ctx,
		site,
		actor,
		alliance.id,
		event.id,
		registrationSettingsSchema.parse(registration),
		now
	);
}

let titles = 0;
const title = (base: string) => `${base} ${++titles}`;

beforeAll(async () => {
	ctx = await createTestContext();
	alliance = await makeAlliance(ctx, { name: 'Bündnis für Familie Musterstadt' });
	site = {
		siteUrl: `${ctx.publicUrl}/b/${alliance.slug}`,
		allianceName: alliance.name,
		locale: 'de'
	};
	coordinator = {
		userId: (await makePerson(ctx, { alliance, role: 'coordinator' })).userId,
		platformAdmin: false
	};
	const contact = await makePerson(ctx, { alliance, role: 'partner' });
	const other = await makePerson(ctx, { alliance, role: 'partner' });
	partnerContact = { userId: contact.userId, platformAdmin: false };
	otherContact = { userId: other.userId, platformAdmin: false };
	partnerId = (await makePartner(ctx, alliance.id, 'Familienzentrum Am Hafen')).id;
	const otherPartner = (await makePartner(ctx, alliance.id, 'Sportverein')).id;
	await linkPartnerContact(ctx, alliance.id, partnerId, contact.userId);
	await linkPartnerContact(ctx, alliance.id, otherPartner, other.userId);
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

describe('registering for an event', () => {
	it('confirms a place, mails the date as .ics with a cancel link, records consent', async () => {
		const event = await makeEvent({
			title: title('Plenum des Bündnisses'),
			start: berlin('2026-12-10', '18:00'),
			end: berlin('2026-12-10', '20:30')
		});
		const page = await registrationPage(ctx, alliance.id, event.slug, null, now);
		expect(page?.state).toMatchObject({ open: true, free: null, joinsWaitlist: false });

		const result = await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({
				email: 'Familie.Yilmaz@Example.org',
				name: 'Familie Yılmaz',
				adults: '2',
				children: '3',
				note: 'Wir bringen einen Kinderwagen mit.'
			}),
			client(),
			now
		);
		expect(result).toMatchObject({ ok: true, status: 'confirmed', repeated: false });

		const mail = await ctx.smtp.waitFor('familie.yilmaz@example.org', /Anmeldung ist bestätigt/);
		expect(mail.text).toContain('Guten Tag Familie Yılmaz');
		expect(mail.text).toContain('Donnerstag, 10. Dezember 2026, 18:00–20:30 Uhr');
		expect(mail.text).toContain('2 Erwachsene, 3 Kinder');
		const ics = mail.attachments.find((a) => a.filename.endsWith('.ics'));
		expect(ics?.contentType).toContain('text/calendar');
		const vevent = new ICAL.Component(
			ICAL.parse(ics!.content.toString('utf8'))
		).getFirstSubcomponent('vevent')!;
		const parsed = new ICAL.Event(vevent);
		expect(parsed.summary).toBe(event.title);
		expect(parsed.startDate.toJSDate().toISOString()).toBe(berlin('2026-12-10', '18:00'));
		expect(parsed.uid).toBe(event.uid);

		const link = linkIn(mail.text, `${site.siteUrl}/termine/${event.slug}/anmeldung/`);
		const token = link.split('/').pop()!;
		const view = await registrationByToken(ctx, alliance.id, event.slug, token);
		expect(view).toMatchObject({
			status: 'confirmed',
			adults: 2,
			children: 3,
			name: 'Familie Yılmaz'
		});

		const row = await ctx.db
			.selectFrom('event_registration')
			.selectAll()
			.where('event_id', '=', event.id)
			.executeTakeFirstOrThrow();
		expect(row.consent_privacy_at).toBe(now.toISOString());
		expect(row.email).toBe('familie.yilmaz@example.org');
		expect(row.token_hash).not.toBe(token);
		expect(row.token_hash).toHaveLength(64);
	});

	it('keeps a waiting list and moves people up in order when someone cancels', async () => {
		const event = await makeEvent(
			{
				title: title('Familienfrühstück'),
				start: berlin('2026-12-12', '09:00'),
				end: berlin('2026-12-12', '11:00')
			},
			{ enabled: 'on', capacity: '4', waitlist: 'on' }
		);
		const reg = (email: string, adults: string, children = '0') =>
			register(
				ctx,
				site,
				alliance.id,
				event.slug,
				form({ email, name: email.split('@')[0]!, adults, children }),
				client(),
				now
			);
		const a = await reg('a@example.org', '2');
		const b = await reg('b@example.org', '1', '1');
		const c = await reg('c@example.org', '1');
		const d = await reg('d@example.org', '3');
		expect([a, b, c, d].map((r) => r.ok && r.status)).toEqual([
			'confirmed',
			'confirmed',
			'waitlisted',
			'waitlisted'
		]);
		const waitMail = await ctx.smtp.waitFor('c@example.org', /Warteliste/);
		expect(waitMail.attachments).toHaveLength(0);
		expect(waitMail.text).toContain('automatisch nach');

		const page = await registrationPage(ctx, alliance.id, event.slug, null, now);
		expect(page?.state).toMatchObject({ free: 0, waiting: 2, joinsWaitlist: true, open: true });

		// A cancels: two places free. C (1 person) moves up; D (3) does not fit into the last place.
		ctx.smtp.clear();
		const cancelled = await cancelByToken(
			ctx,
			site,
			alliance.id,
			event.slug,
			(a as { token: string }).token,
			now
		);
		expect(cancelled).toEqual({ ok: true, alreadyCancelled: false });
		await ctx.smtp.waitFor('a@example.org', /Abmeldung bestätigt/);
		const moved = await ctx.smtp.waitFor('c@example.org', /Gute Nachricht/);
		expect(moved.text).toContain('von der Warteliste nachgerückt');
		expect(moved.attachments.some((x) => x.filename.endsWith('.ics'))).toBe(true);
		// The new link in the mail works; the one from the waiting-list mail does not any more.
		const newToken = linkIn(moved.text, `${site.siteUrl}/termine/${event.slug}/anmeldung/`)
			.split('/')
			.pop()!;
		expect((await registrationByToken(ctx, alliance.id, event.slug, newToken))?.status).toBe(
			'confirmed'
		);
		expect(
			await registrationByToken(ctx, alliance.id, event.slug, (c as { token: string }).token)
		).toBeUndefined();

		const overview = await registrationOverview(ctx, coordinator, alliance.id, event.id, now);
		const items = overview.occurrences[0]!.items;
		expect(items.map((i) => [i.email, i.status])).toEqual([
			['a@example.org', 'cancelled'],
			['b@example.org', 'confirmed'],
			['c@example.org', 'confirmed'],
			['d@example.org', 'waitlisted']
		]);
		expect(overview.occurrences[0]).toMatchObject({ confirmedPersons: 3, waitingPersons: 3 });

		// Cancelling twice changes nothing.
		expect(
			await cancelByToken(ctx, site, alliance.id, event.slug, (a as { token: string }).token, now)
		).toEqual({
			ok: true,
			alreadyCancelled: true
		});

		// More places: D moves up as well.
		ctx.smtp.clear();
		await saveRegistrationSettings(
			ctx,
			site,
			coordinator,
			alliance.id,
			event.id,
			registrationSettingsSchema.parse({ enabled: 'on', capacity: '6', waitlist: 'on' }),
			now
		);
		await ctx.smtp.waitFor('d@example.org', /Gute Nachricht/);
	});

	it('refuses when full and no waiting list is kept, and a group larger than all places', async () => {
		const event = await makeEvent(
			{
				title: title('Stadtführung'),
				start: berlin('2026-12-13', '14:00'),
				end: berlin('2026-12-13', '16:00')
			},
			{ enabled: 'on', capacity: '2' }
		);
		expect(
			await register(
				ctx,
				site,
				alliance.id,
				event.slug,
				form({ email: 'x@example.org', adults: '3' }),
				client(),
				now
			)
		).toMatchObject({
			ok: false,
			key: 'registration.error.moreThanCapacity'
		});
		expect(
			(
				await register(
					ctx,
					site,
					alliance.id,
					event.slug,
					form({ email: 'y@example.org', adults: '2' }),
					client(),
					now
				)
			).ok
		).toBe(true);
		expect(
			await register(
				ctx,
				site,
				alliance.id,
				event.slug,
				form({ email: 'z@example.org' }),
				client(),
				now
			)
		).toMatchObject({
			ok: false,
			key: 'registration.closed.full',
			status: 409
		});
		expect((await registrationPage(ctx, alliance.id, event.slug, null, now))?.state).toMatchObject({
			open: false,
			reason: 'full'
		});
	});

	it('gives the same address no second place, but a fresh link', async () => {
		const event = await makeEvent({
			title: title('Bastelnachmittag'),
			start: berlin('2026-12-14', '15:00'),
			end: berlin('2026-12-14', '17:00')
		});
		const first = await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({ email: 'twice@example.org' }),
			client(),
			now
		);
		const second = await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({ email: 'twice@example.org' }),
			client(),
			now
		);
		expect(second).toMatchObject({ ok: true, repeated: true, status: 'confirmed' });
		const rows = await ctx.db
			.selectFrom('event_registration')
			.select('id')
			.where('event_id', '=', event.id)
			.execute();
		expect(rows).toHaveLength(1);
		expect(
			await registrationByToken(ctx, alliance.id, event.slug, (first as { token: string }).token)
		).toBeUndefined();
		expect(
			await registrationByToken(ctx, alliance.id, event.slug, (second as { token: string }).token)
		).toBeDefined();
	});

	it('drops a filled honeypot silently and limits registrations per address', async () => {
		const event = await makeEvent({
			title: title('Vorlesestunde'),
			start: berlin('2026-12-15', '16:00'),
			end: berlin('2026-12-15', '17:00')
		});
		expect(
			(
				await register(
					ctx,
					site,
					alliance.id,
					event.slug,
					form({ email: 'bot@example.org', website: 'http://spam' }),
					client(),
					now
				)
			).ok
		).toBe(true);
		const rows = await ctx.db
			.selectFrom('event_registration')
			.select('id')
			.where('event_id', '=', event.id)
			.execute();
		expect(rows).toHaveLength(0);
		const same = '10.9.9.9';
		for (let i = 0; i < REGISTRATION_RATE_LIMIT; i++) {
			expect(
				(
					await register(
						ctx,
						site,
						alliance.id,
						event.slug,
						form({ email: `p${i}@example.org` }),
						same,
						now
					)
				).ok
			).toBe(true);
		}
		expect(
			await register(
				ctx,
				site,
				alliance.id,
				event.slug,
				form({ email: 'more@example.org' }),
				same,
				now
			)
		).toMatchObject({
			ok: false,
			key: 'error.tooManyRequests'
		});
	});

	it('takes no registrations for past events, events without registration, or after the deadline', async () => {
		const past = await makeEvent({
			title: title('Rückblick'),
			start: berlin('2026-11-01', '10:00'),
			end: berlin('2026-11-01', '12:00')
		});
		expect(
			(await registrationPage(ctx, alliance.id, past.slug, null, now))?.state ?? null
		).toBeNull();
		expect(await register(ctx, site, alliance.id, past.slug, form(), client(), now)).toMatchObject({
			ok: false,
			key: 'registration.error.date'
		});

		const without = await makeEvent({ title: title('Ohne Anmeldung') }, {});
		expect(await registrationPage(ctx, alliance.id, without.slug, null, now)).toBeUndefined();
		expect(
			await register(ctx, site, alliance.id, without.slug, form(), client(), now)
		).toMatchObject({ ok: false, status: 404 });

		const deadline = await makeEvent(
			{
				title: title('Mit Frist'),
				start: berlin('2026-12-20', '10:00'),
				end: berlin('2026-12-20', '12:00')
			},
			{ enabled: 'on', closesOn: '2026-11-20' }
		);
		expect(
			await register(ctx, site, alliance.id, deadline.slug, form(), client(), now)
		).toMatchObject({ ok: false, key: 'registration.closed.closed' });
	});

	it('registers for one chosen date of a series', async () => {
		const event = await makeEvent(
			{
				title: title('Elterncafé'),
				start: berlin('2026-12-02', '10:00'),
				end: berlin('2026-12-02', '12:00'),
				rrule: 'FREQ=WEEKLY;COUNT=6'
			},
			{ enabled: 'on', capacity: '1' }
		);
		const page = await registrationPage(ctx, alliance.id, event.slug, null, now);
		expect(page?.occurrences.length).toBe(6);
		expect(await register(ctx, site, alliance.id, event.slug, form(), client(), now)).toMatchObject(
			{ ok: false, field: 'occurrence' }
		);
		const second = berlin('2026-12-09', '10:00');
		expect(
			(
				await register(
					ctx,
					site,
					alliance.id,
					event.slug,
					form({ occurrence: second }),
					client(),
					now
				)
			).ok
		).toBe(true);
		// The same person on another date is a separate place; the 9th is full now.
		expect(
			(
				await register(
					ctx,
					site,
					alliance.id,
					event.slug,
					form({ occurrence: berlin('2026-12-16', '10:00') }),
					client(),
					now
				)
			).ok
		).toBe(true);
		expect(
			await register(
				ctx,
				site,
				alliance.id,
				event.slug,
				form({ email: 'other@example.org', occurrence: second }),
				client(),
				now
			)
		).toMatchObject({
			ok: false,
			key: 'registration.closed.full'
		});
		const mail = await ctx.smtp.waitFor('aylin@example.org', /Elterncafé/);
		const vevent = new ICAL.Component(
			ICAL.parse(mail.attachments[0]!.content.toString('utf8'))
		).getFirstSubcomponent('vevent')!;
		expect(vevent.getFirstPropertyValue('rrule')).toBeNull();
	});
});

describe('the organiser', () => {
	it('sees and exports only their own events (partner contacts), as CSV for Excel', async () => {
		const event = await makeEvent(
			{
				title: title('Hafenfest für Familien'),
				organiserPartnerId: partnerId,
				start: berlin('2026-12-19', '11:00'),
				end: berlin('2026-12-19', '15:00')
			},
			{ enabled: 'on', waitlist: 'on' },
			partnerContact
		);
		await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({
				name: 'Jürgen Größe',
				email: 'j@example.org',
				children: '2',
				note: 'Erdnussallergie; bitte beachten'
			}),
			client(),
			now
		);
		await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({ name: '=HYPERLINK("http://böse.example")', email: 'evil@example.org' }),
			client(),
			now
		);

		const csv = await registrationCsv(ctx, partnerContact, alliance.id, event.id, now);
		expect(csv.filename).toMatch(/^anmeldungen-hafenfest-fuer-familien-\d+-2026-11-21\.csv$/);
		expect(csv.body.startsWith('\uFEFFTermin;Status;Name;E-Mail;Erwachsene;Kinder;Anmerkung')).toBe(
			true
		);
		expect(csv.body).toContain(
			'Samstag, 19. Dezember 2026, 11:00–15:00 Uhr;bestätigt;Jürgen Größe;j@example.org;1;2;"Erdnussallergie; bitte beachten"'
		);
		expect(csv.body).toContain(`"'=HYPERLINK(""http://böse.example"")"`);
		expect(csv.body.split('\r\n')).toHaveLength(4);

		const refused = await registrationOverview(ctx, otherContact, alliance.id, event.id, now).catch(
			(e: unknown) => e
		);
		expect(refused).toBeInstanceOf(RuleError);
		expect((refused as RuleError).status).toBe(404);
		await expect(
			registrationCsv(ctx, otherContact, alliance.id, event.id, now)
		).rejects.toBeInstanceOf(RuleError);
		await expect(
			saveRegistrationSettings(
				ctx,
				site,
				otherContact,
				alliance.id,
				event.id,
				registrationSettingsSchema.parse({}),
				now
			)
		).rejects.toBeInstanceOf(RuleError);

		// The history names who switched registration on.
		const history = await eventHistory(ctx, alliance.id, event.id);
		expect(
			history.find((h) => h.action === 'registration.settings')?.changes['registration.enabled']
		).toEqual([false, true]);
	});

	it('cancels someone, who gets a mail; the waiting list moves up', async () => {
		const event = await makeEvent(
			{
				title: title('Kinderflohmarkt'),
				start: berlin('2026-12-05', '10:00'),
				end: berlin('2026-12-05', '13:00')
			},
			{ enabled: 'on', capacity: '1', waitlist: 'on' }
		);
		await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({ email: 'first@example.org' }),
			client(),
			now
		);
		await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({ email: 'second@example.org' }),
			client(),
			now
		);
		const overview = await registrationOverview(ctx, coordinator, alliance.id, event.id, now);
		const first = overview.occurrences[0]!.items[0]!;
		ctx.smtp.clear();
		await cancelAsOrganiser(ctx, site, coordinator, alliance.id, event.id, first.id, now);
		const mail = await ctx.smtp.waitFor('first@example.org', /Abmeldung/);
		expect(mail.text).toContain('Veranstaltungsteam hat Ihre Anmeldung');
		await ctx.smtp.waitFor('second@example.org', /Gute Nachricht/);
	});
});

describe('the demo', () => {
	it('lets families register for the yearly plenum', async () => {
		const demo = await makeAlliance(ctx);
		await seedEventsDemo(ctx, demo.id, now);
		const plenum = await ctx.db
			.selectFrom('event')
			.selectAll()
			.where('alliance_id', '=', demo.id)
			.where('title', 'like', 'Plenum des Bündnisses%')
			.executeTakeFirstOrThrow();
		expect(plenum).toMatchObject({
			registration_enabled: 1,
			registration_capacity: 80,
			registration_waitlist: 1
		});
		const demoSite = {
			...site,
			siteUrl: `${ctx.publicUrl}/b/${demo.slug}`,
			allianceName: demo.name
		};
		const result = await register(
			ctx,
			demoSite,
			demo.id,
			plenum.slug,
			form({ email: 'plenum@example.org' }),
			client(),
			now
		);
		expect(result).toMatchObject({ ok: true, status: 'confirmed' });
		const mail = await ctx.smtp.waitFor('plenum@example.org', /Plenum des Bündnisses/);
		expect(mail.attachments[0]?.filename).toMatch(/\.ics$/);
	});
});

describe('cancelled events', () => {
	it('tell everyone registered, once, with the reason; a cancelled date of a series only its people', async () => {
		const single = await makeEvent({
			title: title('Sommerfest'),
			start: berlin('2026-12-18', '15:00'),
			end: berlin('2026-12-18', '18:00')
		});
		await register(
			ctx,
			site,
			alliance.id,
			single.slug,
			form({ email: 'fest1@example.org', name: 'Petra Fest' }),
			client(),
			now
		);
		await register(
			ctx,
			site,
			alliance.id,
			single.slug,
			form({ email: 'fest2@example.org' }),
			client(),
			now
		);
		const series = await makeEvent({
			title: title('Spielgruppe'),
			start: berlin('2026-12-01', '10:00'),
			end: berlin('2026-12-01', '11:00'),
			rrule: 'FREQ=WEEKLY;COUNT=4'
		});
		await register(
			ctx,
			site,
			alliance.id,
			series.slug,
			form({ email: 'week2@example.org', occurrence: berlin('2026-12-08', '10:00') }),
			client(),
			now
		);
		await register(
			ctx,
			site,
			alliance.id,
			series.slug,
			form({ email: 'week3@example.org', occurrence: berlin('2026-12-15', '10:00') }),
			client(),
			now
		);
		ctx.smtp.clear();
		expect(await notifyCancelledRegistrations(ctx, now)).toBe(0);

		await setEventStatus(ctx, coordinator, alliance.id, single.id, 'cancelled', {
			note: 'Die Wiese ist überschwemmt.',
			now
		});
		await cancelOccurrence(
			ctx,
			coordinator,
			alliance.id,
			series.id,
			berlin('2026-12-08', '10:00'),
			{ note: 'Die Leiterin ist krank.', now }
		);
		expect(await notifyCancelledRegistrations(ctx, now)).toBe(3);
		const fest = await ctx.smtp.waitFor('fest1@example.org', /fällt aus/);
		expect(fest.text).toContain('Guten Tag Petra Fest');
		expect(fest.text).toContain('Die Wiese ist überschwemmt.');
		await ctx.smtp.waitFor('fest2@example.org', /fällt aus/);
		const week = await ctx.smtp.waitFor('week2@example.org', /fällt aus/);
		expect(week.text).toContain('Dienstag, 8. Dezember 2026');
		expect(week.text).toContain('Die Leiterin ist krank.');
		expect(ctx.smtp.mails.some((m) => m.to.includes('week3@example.org'))).toBe(false);
		// Once only.
		expect(await notifyCancelledRegistrations(ctx, now)).toBe(0);
	});
});

describe('retention', () => {
	it('deletes personal data the configured number of days after the event, keeping the counts', async () => {
		const event = await makeEvent(
			{
				title: title('Herbstplenum'),
				start: berlin('2026-11-25', '18:00'),
				end: berlin('2026-11-25', '20:00')
			},
			{ enabled: 'on', retentionDays: '14' }
		);
		await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({ email: 'keep@example.org', adults: '2' }),
			client(),
			now
		);
		const rows = () =>
			ctx.db
				.selectFrom('event_registration')
				.selectAll()
				.where('event_id', '=', event.id)
				.execute();
		// 13 days after the end: still there.
		await deleteExpiredRegistrationData(
			ctx,
			new Date(Date.parse(berlin('2026-11-25', '20:00')) + 13 * 86_400_000)
		);
		expect((await rows())[0]!.email).toBe('keep@example.org');
		// 14 days after: gone, but the number of persons stays.
		await deleteExpiredRegistrationData(
			ctx,
			new Date(Date.parse(berlin('2026-11-25', '20:00')) + 14 * 86_400_000)
		);
		const [row] = await rows();
		expect(row).toMatchObject({
			name: '',
			email: '',
			note: '',
			token_hash: null,
			adults: 2,
			status: 'confirmed'
		});
		expect(row!.anonymized_at).not.toBeNull();
	});
});
