import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance, BankDetails } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { parseEuro, purposeSchema } from './donation.schema.ts';
import {
	createPurpose,
	deletePurpose,
	publicPurpose,
	publicPurposes,
	purposesForAdmin,
	updatePurpose
} from './donation.service.ts';
import { seedDonationsDemo } from './donations.demo.ts';
import { epcPayload } from './girocode.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let coordinatorB: TestPerson;
let partner: TestPerson;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });
const bank: BankDetails = {
	holder: 'Förderverein Familie Musterstadt e. V.',
	iban: 'DE02120300000000202051',
	bic: 'BYLADEM1001',
	bank: 'Beispielbank',
	purpose: 'Spende Bündnis'
};

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
	return promise.then(
		() => 'ok' as const,
		(e: unknown) => (e instanceof AppError ? e.status : 500)
	);
}

const input = (fields: Record<string, string> = {}) =>
	purposeSchema.parse({
		title: 'Ferienfreizeit für alle Kinder',
		body: 'Eine Woche Zeltlager am See.',
		goal: '3.000',
		raised: '1.845,50',
		remittance: 'Spende Ferienfreizeit',
		thanks: 'Herzlichen Dank für Ihre Spende!',
		position: '1',
		published: 'on',
		...fields
	});

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { slug: 'spenden-a' });
	b = await makeAlliance(ctx, { slug: 'spenden-b' });
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
	partner = await makePerson(ctx, { alliance: a, role: 'partner' });
});
afterAll(async () => ctx.close());

describe('donation purposes', () => {
	it('amounts are read as people type them; bad ones are a field error', () => {
		expect(parseEuro('3.000')).toBe(300_000);
		expect(parseEuro('1.845,50')).toBe(184_550);
		expect(parseEuro('250.5')).toBe(25_050);
		expect(parseEuro('1 500 €')).toBe(150_000);
		expect(parseEuro('')).toBeNull();
		expect(parseEuro('viel')).toBeUndefined();
		const bad = purposeSchema.safeParse({ title: 'Fest', remittance: 'Spende', goal: 'viel' });
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0]?.message).toBe('donate.error.amount');
		const raisedOnly = purposeSchema.safeParse({
			title: 'Fest',
			remittance: 'Spende Fest',
			raised: '100'
		});
		expect(raisedOnly.error?.issues[0]?.path).toEqual(['raised']);
	});

	it('each published purpose gets a GiroCode with its own remittance text; hidden ones do not show', async () => {
		const { id } = await createPurpose(ctx, actor(coordinator), a.id, input());
		await createPurpose(
			ctx,
			actor(coordinator),
			a.id,
			input({ title: 'Entwurf', remittance: 'Spende Entwurf', published: '' })
		);
		const list = await publicPurposes(ctx, a.id, bank);
		expect(list.map((p) => p.title)).toEqual(['Ferienfreizeit für alle Kinder']);
		const [p] = list;
		expect(p).toMatchObject({ goalCents: 300_000, raisedCents: 184_550, percent: 61 });
		expect(p?.girocode).toContain('<svg');
		expect(epcPayload({ ...bank, purpose: p!.remittance })).toContain('Spende Ferienfreizeit');
		// An invalid IBAN: the purposes stay, without codes.
		const noBank = await publicPurposes(ctx, a.id, { ...bank, iban: 'DE00' });
		expect(noBank[0]?.girocode).toBeNull();
		// The thank-you page: only this alliance's published purposes.
		expect((await publicPurpose(ctx, a.id, id))?.thanks).toBe('Herzlichen Dank für Ihre Spende!');
		expect(await publicPurpose(ctx, b.id, id)).toBeNull();
		expect(await publicPurposes(ctx, b.id, bank)).toEqual([]);
	});

	it('only coordinators of the alliance manage purposes', async () => {
		const { id } = await createPurpose(ctx, actor(coordinator), a.id, input({ title: 'Fest' }));
		expect(await status(purposesForAdmin(ctx, actor(partner), a.id))).toBe(403);
		expect(await status(createPurpose(ctx, actor(partner), a.id, input()))).toBe(403);
		expect(await status(updatePurpose(ctx, actor(coordinatorB), b.id, id, input()))).toBe(404);
		expect(await status(deletePurpose(ctx, actor(coordinatorB), b.id, id))).toBe(404);
		await updatePurpose(
			ctx,
			actor(coordinator),
			a.id,
			id,
			input({ title: 'Familienfest', goal: '', raised: '' })
		);
		const saved = (await purposesForAdmin(ctx, actor(coordinator), a.id)).find((p) => p.id === id);
		expect(saved).toMatchObject({ title: 'Familienfest', goalCents: null, raisedCents: null });
		await deletePurpose(ctx, actor(coordinator), a.id, id);
		expect(await publicPurpose(ctx, a.id, id)).toBeNull();
	});

	it('demo: two purposes', async () => {
		const c = await makeAlliance(ctx, { slug: 'spenden-demo' });
		await seedDonationsDemo(ctx.db, c.id);
		expect((await publicPurposes(ctx, c.id, bank)).length).toBe(2);
	});
});
