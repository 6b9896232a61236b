import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import { AppError } from '../../src/lib/server/app-error.ts';
import { getEvent } from '../../src/lib/server/events/core/event.service.ts';
import type { WorkflowSite } from '../../src/lib/server/events/workflows/moderation.service.ts';
import { makeAlliance, makePerson, type TestPerson } from '../factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../factories/events.ts';
import { createTestContext, type TestContext } from './context.ts';

/*
 * The calendar workflows' tests (public submission, partner submission, moderation) share one
 * alliance with a coordinator and two partner contacts of two partners, and a few helpers. The
 * bindings are live: a test file imports them, calls useWorkflowFixture() once, and reads them
 * inside its tests.
 */

export let ctx: TestContext;
export let alliance: Alliance;
export let site: WorkflowSite;
export let coordinator: TestPerson;
export let contact: TestPerson;
export let otherContact: TestPerson;
export let partnerId: string;
export let otherPartnerId: string;
export const now = new Date('2026-11-21T12:00:00.000Z');
let ip = 0;
export const client = () => `10.2.0.${++ip}`;
export const who = (p: TestPerson) => ({
	userId: p.userId,
	platformAdmin: false,
	name: p.name,
	email: p.email
});
export const submitter = (email = 'melder@example.org') => ({
	submitterName: 'Maria Schneider',
	submitterEmail: email,
	consent: 'on' as const,
	fax: ''
});

export async function expectRule(promise: Promise<unknown>, status: number, key?: string) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).status).toBe(status);
	if (key) expect((error as AppError).key).toBe(key);
}

export async function statusOf(id: string) {
	return (await getEvent(ctx, alliance.id, id))?.status;
}

/** Registers the hooks that build (and close) the alliance, people and partners above. */
export function useWorkflowFixture() {
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
}
