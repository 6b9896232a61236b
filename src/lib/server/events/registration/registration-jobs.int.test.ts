import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../../tests/factories/accounts.ts';
import {
	berlin,
	eventInput,
	linkPartnerContact,
	makePartner
} from '../../../../../tests/factories/events.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import type { Actor } from '../../auth/actor.ts';
import { createEvent } from '../core/create-event.service.ts';
import { setEventStatus } from '../core/event-status.service.ts';
import { cancelOccurrence } from '../core/occurrence.service.ts';
import { notifyCancelledRegistrations } from './registration-cancel-notice.ts';
import { SYSTEM_ACTOR, type CalendarEvent, type EventInput } from '../core/event.types.ts';
import { saveRegistrationSettings } from './registration-admin.service.ts';
import { deleteExpiredRegistrationData } from './registration-retention.ts';
import { registrationFormSchema, registrationSettingsSchema } from './registration.schema.ts';
import { register } from './register.service.ts';
import { type RegistrationSite } from './registration.service.ts';

let ctx: TestContext;
let alliance: Alliance;
let site: RegistrationSite;
let coordinator: Actor;
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
	partnerId = (await makePartner(ctx, alliance.id, 'Familienzentrum Am Hafen')).id;
	const otherPartner = (await makePartner(ctx, alliance.id, 'Sportverein')).id;
	await linkPartnerContact(ctx, alliance.id, partnerId, contact.userId);
	await linkPartnerContact(ctx, alliance.id, otherPartner, other.userId);
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

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
