import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { Actor } from '../../src/lib/server/auth/actor.ts';
import { createEvent } from '../../src/lib/server/events/core/create-event.service.ts';
import {
	SYSTEM_ACTOR,
	type CalendarEvent,
	type EventInput
} from '../../src/lib/server/events/core/event.types.ts';
import { saveRegistrationSettings } from '../../src/lib/server/events/registration/registration-admin.service.ts';
import {
	registrationFormSchema,
	registrationSettingsSchema
} from '../../src/lib/server/events/registration/registration.schema.ts';
import type { RegistrationSite } from '../../src/lib/server/events/registration/registration.service.ts';
import { makeAlliance, makePerson } from '../factories/accounts.ts';
import { eventInput, linkPartnerContact, makePartner } from '../factories/events.ts';
import { createTestContext, type TestContext } from './context.ts';

/*
 * The registration tests' common ground (register, waiting list, organiser pages, jobs): one
 * alliance with a coordinator and two partner contacts of two partners, and helpers for a
 * filled-in form and an event that takes registrations. The bindings are live: a test file
 * imports them, calls useRegistrationFixture() once, and reads them inside its tests.
 */

export let ctx: TestContext;
export let alliance: Alliance;
export let site: RegistrationSite;
export let coordinator: Actor;
export let partnerContact: Actor;
export let otherContact: Actor;
export let partnerId: string;
export const now = new Date('2026-11-21T12:00:00.000Z');
let ip = 0;
export const client = () => `10.1.0.${++ip}`;

export function form(values: Record<string, string> = {}) {
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

export async function makeEvent(
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
export const title = (base: string) => `${base} ${++titles}`;

/** Registers the hooks that build (and close) the alliance, people and partner above. */
export function useRegistrationFixture() {
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
}
