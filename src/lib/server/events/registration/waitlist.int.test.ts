import { describe, expect, it } from 'vitest';
import { linkIn } from '../../../../../tests/factories/accounts.ts';
import { berlin } from '../../../../../tests/factories/events.ts';
import { registrationOverview, saveRegistrationSettings } from './registration-admin.service.ts';
import { registrationSettingsSchema } from './registration.schema.ts';
import { cancelByToken, registrationByToken } from './cancel.service.ts';
import { register } from './register.service.ts';
import { registrationPage } from './registration.service.ts';
import {
	ctx,
	alliance,
	site,
	coordinator,
	now,
	client,
	form,
	makeEvent,
	title,
	useRegistrationFixture
} from '../../../../../tests/support/registration-fixture.ts';

useRegistrationFixture();

describe('registering for an event', () => {
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
});
