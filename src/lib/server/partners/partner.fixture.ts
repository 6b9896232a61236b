import { afterAll, beforeAll, expect } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { partnerAdminSchema } from './partner.schema.ts';
import { createPartner, insertPartnerRecord } from './partner-edit.service.ts';

/* Shared setup of the partners' integration tests: two alliances with coordinators, a topic,
 * a kita (with internal data) whose contact is Kai Kita, and a bakery. */

export let ctx: TestContext;
export let a: Alliance;
export let b: Alliance;
export let coordinator: TestPerson;
export let coordinatorB: TestPerson;
export let contactA: TestPerson;
export let kitaId: string;
export let firmId: string;
export let topicId: string;

export const SECRET = 'nur-intern-0171-5550123';

export async function expectRule(promise: Promise<unknown>, status: number) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).status).toBe(status);
}

export const actor = (p: TestPerson) => ({ userId: p.userId, name: p.name, platformAdmin: false });

export function admin(values: Record<string, string | string[]>) {
	return partnerAdminSchema.parse(values);
}

/** Registers the setup above in the calling test file. */
export function usePartnerFixture(): void {
	beforeAll(async () => {
		ctx = await createTestContext();
		a = await makeAlliance(ctx, { name: 'Bündnis für Familie Altstadt' });
		b = await makeAlliance(ctx, { name: 'Bündnis für Familie Bergdorf' });
		coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator', name: 'Clara Koord' });
		coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		contactA = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Kai Kita' });
		const now = new Date().toISOString();
		topicId = crypto.randomUUID();
		await ctx.db
			.insertInto('topic')
			.values({
				id: topicId,
				alliance_id: a.id,
				slug: 'gute-kinderbetreuung',
				name: 'Gute Kinderbetreuung',
				created_at: now,
				updated_at: now
			})
			.execute();
		kitaId = (
			await createPartner(
				ctx,
				actor(coordinator),
				a.id,
				admin({
					name: 'Kita Sonnenschein',
					kind: 'kita',
					district: 'Südfeld',
					description: 'Wir betreuen 60 Kinder.',
					internalPhone: SECRET,
					internalNotes: 'Vertrag läuft bis 2027',
					topics: [topicId]
				}),
				null
			)
		).id;
		firmId = (
			await insertPartnerRecord(ctx, a.id, {
				name: 'Öko-Bäckerei Müller',
				kind: 'company',
				district: 'Altstadt',
				internalEmail: 'chef@baeckerei.example'
			})
		).id;
		await ctx.db
			.insertInto('partner_contact')
			.values({
				id: crypto.randomUUID(),
				alliance_id: a.id,
				partner_id: kitaId,
				user_id: contactA.userId,
				created_at: now
			})
			.execute();
	});
	afterAll(async () => {
		await ctx.close();
	});
}
