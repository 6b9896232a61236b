import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../../../../tests/factories/events.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { concernForm } from './concern-intake.service.ts';
import { concernFormSchema } from './concern.schema.ts';
import { issueFormToken } from './form-guard.ts';

/* Shared setup of the concerns' integration tests: two alliances, a coordinator, partner
 * contacts of three partners (two in A, one in B), and helpers to fill in the form. */

export let ctx: TestContext;
export let a: Alliance;
export let b: Alliance;
export let coordinator: TestPerson;
export let contactA: TestPerson;
export let contactOther: TestPerson;
export let contactB: TestPerson;
export let partnerA: { id: string; name: string };
export let partnerOther: { id: string; name: string };
export let partnerB: { id: string; name: string };
export const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });
export let ip = 0;
export const nextIp = () => `10.1.0.${++ip}`;

export async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
	return promise.then(
		() => 'ok' as const,
		(e: unknown) => (e instanceof AppError ? e.status : 500)
	);
}

/** A filled form as a family sends it, the form served 10 s before `now`. */
export async function formFor(
	alliance: Alliance,
	fields: Record<string, string>,
	now = new Date()
): Promise<ReturnType<typeof concernFormSchema.parse>> {
	const { categories } = await concernForm(ctx, alliance.id);
	return concernFormSchema.parse({
		categoryId: categories[1]?.id,
		message: 'Wir suchen für unseren Sohn (3) einen Kitaplatz ab August. Wer kann helfen?',
		consent: 'on',
		website: '',
		started: await issueFormToken(ctx.db, `concern:${alliance.id}`, now.getTime() - 10_000),
		...fields
	});
}

export const req = (now = new Date()) => ({ clientKey: nextIp(), locale: 'de' as const, now });

/** Registers the setup above in the calling test file. */
export function useConcernFixture(): void {
	beforeAll(async () => {
		ctx = await createTestContext();
		a = await makeAlliance(ctx, { name: 'Bündnis Altstadt', slug: 'altstadt' });
		b = await makeAlliance(ctx, { name: 'Bündnis Bergdorf', slug: 'bergdorf' });
		coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator', name: 'Clara Koord' });
		contactA = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Paula Kita' });
		contactOther = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Otto Verein' });
		contactB = await makePerson(ctx, { alliance: b, role: 'partner', name: 'Bodo Berg' });
		partnerA = await makePartner(ctx, a.id, 'Kita Sonnenschein');
		partnerOther = await makePartner(ctx, a.id, 'Sportverein Musterstadt');
		partnerB = await makePartner(ctx, b.id, 'Familienzentrum Bergdorf');
		await linkPartnerContact(ctx, a.id, partnerA.id, contactA.userId);
		await linkPartnerContact(ctx, a.id, partnerOther.id, contactOther.userId);
		await linkPartnerContact(ctx, b.id, partnerB.id, contactB.userId);
	});
	afterAll(async () => ctx.close());
	beforeEach(() => ctx.smtp.clear());
}
