import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import {
	berlin,
	berlinDay,
	eventInput,
	linkPartnerContact,
	makePartner
} from '../../../../tests/factories/events.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { resetEnv } from '../env.ts';
import { createEvent } from '../events/core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../events/core/event.types.ts';
import { enableRegistration } from '../events/registration/registration-admin.service.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import * as newsletterRepo from '../newsletter/newsletter.repository.ts';
import { plenumSendJob } from './plenum-send.job.ts';
import * as deliveryRepo from './plenum-delivery.repository.ts';
import * as plenumRepo from './plenum.repository.ts';
import { plenumSettingsSchema } from './plenum.schema.ts';
import { markAsPlenum } from './plenum.service.ts';

/* Shared setup of the plenum's integration tests: two alliances, their coordinators, a partner
 * contact, newsletter subscribers, and helpers to make a plenum and run the send job. */

/** Both plenum repositories under the one name the tests below use. */
export const repo = { ...plenumRepo, ...deliveryRepo };

export let ctx: TestContext;
export let a: Alliance;
export let b: Alliance;
export let coordinator: TestPerson;
export let coordinatorB: TestPerson;
export let contact: TestPerson;
export const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });

export async function subscriber(alliance: Alliance, email: string, status = 'confirmed') {
	const now = new Date().toISOString();
	await newsletterRepo.insertSubscriber(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: alliance.id,
		email,
		topics: JSON.stringify(['news']),
		status: status as 'confirmed',
		consent_text: 'Test',
		consent_at: now,
		confirmed_at: now,
		unsubscribe_token: crypto.randomUUID().replace(/-/g, '').padEnd(43, 'x'),
		created_at: now,
		updated_at: now
	});
}

/** A published plenum event `days` ahead with registration, made this alliance's plenum. */
export async function plenum(
	alliance: Alliance,
	who: TestPerson,
	days = 30,
	title = 'Bündnisplenum'
) {
	const day = berlinDay(days);
	const event = await createEvent(
		ctx,
		SYSTEM_ACTOR,
		alliance.id,
		eventInput({ title, start: berlin(day, '18:00'), end: berlin(day, '20:30') }),
		{ status: 'published' }
	);
	await enableRegistration(ctx, alliance.id, event.id, { capacity: 80, waitlist: true });
	const id = await markAsPlenum(ctx, actor(who), alliance.id, event.id);
	return { id, event };
}

export function settings(values: Record<string, string>) {
	return plenumSettingsSchema.parse({
		agenda: '1. Begrüßung\n2. Rückblick auf das Jahr\n\nWahl des Koordinierungsteams',
		invitationText: '',
		includePartners: 'on',
		includeSubscribers: 'on',
		extraAddresses: '',
		reminderDays: '7',
		...values
	});
}

export async function runSendJobs(at = new Date()) {
	const runner = createJobRunner(ctx, { definitions: [plenumSendJob] });
	for (let i = 0; i < 10 && (await runner.tick(at)) > 0; i++) at = new Date(at.getTime() + 120_000);
	await runner.stop();
}

/** Registers the setup above in the calling test file. */
export function usePlenumFixture(): void {
	beforeAll(async () => {
		process.env.NEWSLETTER_BATCH_SIZE = '100';
		process.env.NEWSLETTER_BATCH_INTERVAL_SECONDS = '60';
		resetEnv();
		ctx = await createTestContext();
		a = await makeAlliance(ctx, { slug: 'plenum-a' });
		b = await makeAlliance(ctx, { slug: 'plenum-b' });
		coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
		coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		contact = await makePerson(ctx, {
			alliance: a,
			role: 'partner',
			email: 'Aylin.Demir@Example.org',
			name: 'Aylin Demir'
		});
		const kita = await makePartner(ctx, a.id, 'Kita Regenbogen');
		await linkPartnerContact(ctx, a.id, kita.id, contact.userId);
		await ctx.db
			.updateTable('partner')
			.set({ internal_contact_name: 'Jan Kita', internal_email: 'leitung@kita.example' })
			.where('id', '=', kita.id)
			.execute();
		await subscriber(a, 'leitung@kita.example'); // also the partner's internal contact
		await subscriber(a, 'leserin@example.org');
		await subscriber(a, 'unbestaetigt@example.org', 'pending');
		await subscriber(b, 'anderes-buendnis@example.org');
	});
	afterAll(async () => ctx.close());
	beforeEach(() => ctx.smtp.clear());
}
