import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import { eventInput, makePartner } from '../../../../tests/factories/events.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { findMembership } from '../auth/member.repository.ts';
import { AppError } from '../app-error.ts';
import { createEvent } from '../events/core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../events/core/event.types.ts';
import { erasePerson, exportPerson, lookUpPerson, requestHash } from './privacy.service.ts';
import { supportHash } from './sources.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

const EMAIL = 'Erika.Beispiel@example.org';
const email = EMAIL.toLowerCase();

/** One of everything for the address in the alliance (test setup writes rows directly). */
async function seed(alliance: Alliance) {
	const now = new Date().toISOString();
	const db = ctx.db;
	const event = await createEvent(ctx, SYSTEM_ACTOR, alliance.id, eventInput(), {
		status: 'published'
	});
	await db
		.insertInto('event_registration')
		.values({
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			event_id: event.id,
			occurrence_start: event.start,
			position: 1,
			status: 'confirmed',
			name: 'Erika Beispiel',
			email: EMAIL,
			note: 'Wir kommen zu zweit.',
			consent_privacy_at: now,
			created_at: now,
			updated_at: now
		})
		.execute();
	await db
		.updateTable('event')
		.set({ submitter_name: 'Erika Beispiel', submitter_email: email })
		.where('id', '=', event.id)
		.execute();
	await db
		.insertInto('concern')
		.values({
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			reference: `A-${crypto.randomUUID().slice(0, 6)}`,
			message: 'Wir suchen einen Kitaplatz.',
			name: 'Erika Beispiel',
			email: EMAIL,
			created_at: now,
			updated_at: now
		})
		.execute();
	const ideaId = crypto.randomUUID();
	await db
		.insertInto('idea')
		.values({
			id: ideaId,
			alliance_id: alliance.id,
			title: 'Ein Bücherschrank am Marktplatz',
			body: 'Zum Tauschen von Kinderbüchern.',
			author_name: 'Erika Beispiel',
			email,
			created_at: now,
			updated_at: now
		})
		.execute();
	await db
		.insertInto('idea_support')
		.values({
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			idea_id: ideaId,
			email_hash: supportHash(alliance.id, email),
			created_at: now,
			confirmed_at: now
		})
		.execute();
	await db
		.insertInto('partner_application')
		.values({
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			organisation: 'Elterninitiative Sonnenschein',
			kind: 'association',
			contact_name: 'Erika Beispiel',
			email,
			contribution: 'Spielnachmittage',
			consent_principles_at: now,
			consent_privacy_at: now,
			created_at: now
		})
		.execute();
	const partner = await makePartner(ctx, alliance.id);
	await db
		.updateTable('partner')
		.set({ internal_contact_name: 'Erika Beispiel', internal_email: email })
		.where('id', '=', partner.id)
		.execute();
	const groupId = crypto.randomUUID();
	await db
		.insertInto('working_group')
		.values({
			id: groupId,
			alliance_id: alliance.id,
			slug: `ag-${groupId.slice(0, 8)}`,
			name: 'AG Familienfreundliche Stadt',
			created_at: now,
			updated_at: now
		})
		.execute();
	await db
		.insertInto('working_group_member')
		.values({
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			working_group_id: groupId,
			user_id: null,
			partner_id: null,
			name: 'Erika Beispiel',
			email,
			created_at: now
		})
		.execute();
	return { event, ideaId };
}

async function addMembership(alliance: Alliance, person: TestPerson, role: string) {
	const adapter = (await ctx.auth.$context).adapter;
	await adapter.create({
		model: 'member',
		data: { organizationId: alliance.id, userId: person.userId, role, createdAt: new Date() }
	});
}

describe('data protection requests', () => {
	it('exports and erases a person only in the own alliance, and records it without the address', async () => {
		const a = await makeAlliance(ctx);
		const b = await makeAlliance(ctx);
		const coordinatorA = await makePerson(ctx, { alliance: a, role: 'coordinator' });
		const coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		const erika = await makePerson(ctx, { alliance: a, role: 'editor', email, name: 'Erika' });
		await addMembership(b, erika, 'editor');
		await seed(a);
		await seed(b);

		const expected = {
			account: 1,
			registrations: 1,
			submittedEvents: 1,
			pendingSubmissions: 0,
			partnerApplications: 1,
			partnerContacts: 1,
			partnerContactLinks: 0,
			concerns: 1,
			ideas: 1,
			ideaSupports: 1,
			workingGroups: 1,
			contactMessages: 0,
			plenumMails: 0
		};
		const input = { allianceId: a.id, actor: coordinatorA, email: EMAIL };
		expect(await lookUpPerson(ctx, input)).toEqual(expected);

		const exported = await exportPerson(ctx, input);
		expect(exported.email).toBe(email);
		expect(exported.allianceId).toBe(a.id);
		expect(JSON.stringify(exported)).toContain('Wir suchen einen Kitaplatz.');
		expect(exported.data.registrations).toHaveLength(1);

		const erased = await erasePerson(ctx, input);
		expect(erased).toEqual(expected);

		// Nothing is left in A …
		expect(Object.values(await lookUpPerson(ctx, input)).every((n) => n === 0)).toBe(true);
		expect(await findMembership(ctx.db, a.id, erika.userId)).toBeUndefined();
		// … the public idea stays, without its author
		const idea = await ctx.db
			.selectFrom('idea')
			.select(['title', 'author_name', 'email', 'support_count'])
			.where('alliance_id', '=', a.id)
			.executeTakeFirstOrThrow();
		expect(idea).toMatchObject({ author_name: '', email: '' });

		// … and everything in B is untouched.
		const inB = { allianceId: b.id, actor: coordinatorB, email };
		expect(await lookUpPerson(ctx, inB)).toEqual(expected);
		expect(await findMembership(ctx.db, b.id, erika.userId)).toBeDefined();

		// The audit log names neither the address nor the person.
		const audit = await ctx.db
			.selectFrom('audit_log')
			.selectAll()
			.where('alliance_id', '=', a.id)
			.where('entity', '=', 'privacy_request')
			.orderBy('created_at')
			.execute();
		expect(audit.map((row) => row.action)).toEqual(['export', 'erase']);
		for (const row of audit) {
			expect(row.entity_id).toBe(requestHash(a.id, email));
			expect(JSON.stringify(row).toLowerCase()).not.toContain('erika');
			expect(row.summary).toContain('registrations: 1');
		}
	});

	it('a coordinator of another alliance cannot look into this one', async () => {
		const a = await makeAlliance(ctx);
		const b = await makeAlliance(ctx);
		await makePerson(ctx, { alliance: a, role: 'coordinator' });
		const coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		await seed(a);
		const input = { allianceId: a.id, actor: coordinatorB, email };
		await expect(exportPerson(ctx, input)).rejects.toBeInstanceOf(AppError);
		await expect(erasePerson(ctx, input)).rejects.toBeInstanceOf(AppError);
		const editorA = await makePerson(ctx, { alliance: a, role: 'editor' });
		await expect(
			lookUpPerson(ctx, { allianceId: a.id, actor: editorA, email })
		).rejects.toBeInstanceOf(AppError);
	});

	it('refuses to remove the last coordinator and then changes nothing', async () => {
		const a = await makeAlliance(ctx);
		const only = await makePerson(ctx, { alliance: a, role: 'coordinator' });
		const input = { allianceId: a.id, actor: only, email: only.email };
		await ctx.db
			.insertInto('contact_message')
			.values({
				id: crypto.randomUUID(),
				alliance_id: a.id,
				name: only.name,
				email: only.email,
				subject: 'Frage',
				message: 'Hallo',
				created_at: new Date().toISOString()
			})
			.execute();
		await expect(erasePerson(ctx, input)).rejects.toMatchObject({
			key: 'privacyRequests.error.lastCoordinator'
		});
		expect((await lookUpPerson(ctx, input)).contactMessages).toBe(1);
		expect(await findMembership(ctx.db, a.id, only.userId)).toBeDefined();
	});
});
