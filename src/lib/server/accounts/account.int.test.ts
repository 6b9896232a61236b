import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { findMembership } from '../auth/member.repository.ts';
import { createAccount } from './account.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

describe('createAccount', () => {
	it('creates a person who can sign in with the password and is a member of the alliance', async () => {
		const alliance = await createAlliance(ctx, {
			slug: 'musterstadt',
			name: 'Bündnis Musterstadt'
		});
		const { userId } = await createAccount(ctx, {
			email: 'Koordination@Example.org',
			name: 'Petra Koordination',
			password: 'sicheres-passwort-1',
			allianceId: alliance.id,
			role: 'coordinator'
		});
		const membership = await findMembership(ctx.db, alliance.id, userId);
		expect(membership?.role).toBe('coordinator');

		const ok = await ctx.auth.api.signInEmail({
			body: { email: 'koordination@example.org', password: 'sicheres-passwort-1' }
		});
		expect(ok.user.id).toBe(userId);
		await expect(
			ctx.auth.api.signInEmail({
				body: { email: 'koordination@example.org', password: 'falsch-falsch-1' }
			})
		).rejects.toThrow();
	});

	it('stores the password as a scrypt hash, never in clear', async () => {
		const row = await ctx.db
			.selectFrom('account')
			.select('password')
			.where('providerId', '=', 'credential')
			.executeTakeFirstOrThrow();
		expect(row.password).not.toContain('sicheres-passwort-1');
		expect(row.password?.length).toBeGreaterThan(60);
	});
});
