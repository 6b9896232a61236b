import { describe, expect, it } from 'vitest';
import { makeAlliance } from '../../../../../tests/factories/accounts.ts';
import { berlin } from '../../../../../tests/factories/events.ts';
import { AppError } from '../../app-error.ts';
import { eventHistory } from '../core/event.service.ts';
import { seedEventsDemo } from '../demo/events.demo.ts';
import {
	cancelAsOrganiser,
	registrationCsv,
	registrationOverview,
	saveRegistrationSettings
} from './registration-admin.service.ts';
import { registrationSettingsSchema } from './registration.schema.ts';
import { register } from './register.service.ts';
import {
	ctx,
	alliance,
	site,
	coordinator,
	partnerContact,
	otherContact,
	partnerId,
	now,
	client,
	form,
	makeEvent,
	title,
	useRegistrationFixture
} from '../../../../../tests/support/registration-fixture.ts';

useRegistrationFixture();

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
		expect(refused).toBeInstanceOf(AppError);
		expect((refused as AppError).status).toBe(404);
		await expect(
			registrationCsv(ctx, otherContact, alliance.id, event.id, now)
		).rejects.toBeInstanceOf(AppError);
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
		).rejects.toBeInstanceOf(AppError);

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
