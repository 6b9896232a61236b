import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import {
	linkFor,
	linkIn,
	makeAlliance,
	makePerson,
	signedIn
} from '../../../../tests/factories/accounts.ts';
import { acceptWithNewAccount } from '../accounts/invitation.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { allianceSiteLink } from '../accounts/site-link.ts';
import { findMembership } from '../auth/member.repository.ts';
import { AppError } from '../app-error.ts';
import { newAllianceSchema } from './platform.schema.ts';
import {
	createAllianceWithCoordinator,
	inviteCoordinator,
	listAllAlliances
} from './platform.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

const operatorActor = (p: { userId: string; name: string }) => ({
	userId: p.userId,
	name: p.name,
	platformAdmin: true
});

describe('platform area', () => {
	it('an operator creates an alliance; its first coordinator follows the mailed link and runs it', async () => {
		const operator = await makePerson(ctx, { platformAdmin: true, name: 'Olaf Betrieb' });
		const alliance = await createAllianceWithCoordinator(ctx, {
			actor: operatorActor(operator),
			headers: await signedIn(ctx, operator),
			alliance: newAllianceSchema.parse({
				name: 'Lokales Bündnis für Familie Herzogenrath',
				slug: 'herzogenrath',
				town: 'Herzogenrath',
				coordinatorEmail: 'Koordination@Herzogenrath.example'
			}),
			linkFor: (a) => allianceSiteLink('https://plattform.example', a, 'de')
		});
		expect(alliance.slug).toBe('herzogenrath');
		expect((await listAllAlliances(ctx, operatorActor(operator))).map((a) => a.slug)).toContain(
			'herzogenrath'
		);

		const mail = await ctx.smtp.waitFor('koordination@herzogenrath.example', /Herzogenrath/);
		const link = linkIn(mail.text, 'https://plattform.example/b/herzogenrath/einladung/');
		const invitationId = link.split('/').pop() ?? '';
		const { userId } = await acceptWithNewAccount(ctx, {
			invitationId,
			allianceId: alliance.id,
			name: 'Hanna Koordination',
			password: 'ein-langes-passwort',
			headers: new Headers()
		});
		expect((await findMembership(ctx.db, alliance.id, userId))?.role).toBe('coordinator');
		// The operator did not become a member.
		expect(await findMembership(ctx.db, alliance.id, operator.userId)).toBeUndefined();
	});

	it('links point at the alliance’s own domain when it has one', async () => {
		const operator = await makePerson(ctx, { platformAdmin: true });
		await createAllianceWithCoordinator(ctx, {
			actor: operatorActor(operator),
			headers: await signedIn(ctx, operator),
			alliance: newAllianceSchema.parse({
				name: 'Bündnis Domainstadt',
				slug: 'domainstadt',
				domain: 'Buendnis-Domainstadt.example.',
				coordinatorEmail: 'k@domainstadt.example'
			}),
			linkFor: (a) => allianceSiteLink('https://plattform.example', a, 'de')
		});
		const mail = await ctx.smtp.waitFor('k@domainstadt.example');
		expect(mail.text).toContain('https://buendnis-domainstadt.example/einladung/');
	});

	it('refuses a taken slug or domain and a malformed domain', async () => {
		const operator = await makePerson(ctx, { platformAdmin: true });
		await makeAlliance(ctx, { slug: 'vergeben' });
		const base = {
			actor: operatorActor(operator),
			headers: await signedIn(ctx, operator),
			linkFor: (a: Alliance) => linkFor(ctx, a)
		};
		await expect(
			createAllianceWithCoordinator(ctx, {
				...base,
				alliance: newAllianceSchema.parse({
					name: 'Noch eins',
					slug: 'vergeben',
					coordinatorEmail: 'x@example.org'
				})
			})
		).rejects.toMatchObject({ key: 'admin.platform.error.slugTaken', field: 'slug' });
		await expect(
			createAllianceWithCoordinator(ctx, {
				...base,
				alliance: newAllianceSchema.parse({
					name: 'Noch eins',
					slug: 'frei',
					domain: 'buendnis-domainstadt.example',
					coordinatorEmail: 'x@example.org'
				})
			})
		).rejects.toMatchObject({ key: 'admin.platform.error.domainTaken' });
		const bad = newAllianceSchema.safeParse({
			name: 'Noch eins',
			slug: 'Mit Leerzeichen',
			domain: 'https://x.de/',
			coordinatorEmail: 'x@example.org'
		});
		expect(bad.success).toBe(false);
		const messages = bad.error?.issues.map((i) => [i.path.join('.'), i.message]);
		expect(messages).toContainEqual(['slug', 'error.slug']);
		expect(messages).toContainEqual(['domain', 'admin.platform.error.domain']);
	});

	it('only platform admins may act here', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const actor = { userId: coordinator.userId, name: coordinator.name, platformAdmin: false };
		await expect(listAllAlliances(ctx, actor)).rejects.toBeInstanceOf(AppError);
		await expect(
			inviteCoordinator(ctx, {
				actor,
				headers: await signedIn(ctx, coordinator),
				allianceId: alliance.id,
				email: 'x@example.org',
				linkFor: (a) => linkFor(ctx, a)
			})
		).rejects.toMatchObject({ status: 403 });
	});
});
