import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../../../../../tests/factories/accounts.ts';
import { berlin } from '../../../../../tests/factories/events.ts';
import { registrationByToken } from './cancel.service.ts';
import { register } from './register.service.ts';
import { registrationPage, REGISTRATION_RATE_LIMIT } from './registration.service.ts';
import {
	ctx,
	alliance,
	site,
	now,
	client,
	form,
	makeEvent,
	title,
	useRegistrationFixture
} from '../../../../../tests/support/registration-fixture.ts';

useRegistrationFixture();

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
