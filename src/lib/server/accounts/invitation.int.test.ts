import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import {
	linkFor,
	linkIn,
	makeAlliance,
	makePerson,
	signedIn
} from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { sessionHeaders } from '../auth/auth-cookies.ts';
import { findMembership } from '../auth/member.repository.ts';
import { AppError } from '../app-error.ts';
import {
	acceptAsSignedIn,
	acceptWithNewAccount,
	cancelInvitation,
	describeInvitation,
	inviteMember
} from './invitation.service.ts';
import { listPeople } from './member.service.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinatorA: Awaited<ReturnType<typeof makePerson>>;
let coordinatorB: Awaited<ReturnType<typeof makePerson>>;

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { name: 'Bündnis für Familie Altstadt' });
	b = await makeAlliance(ctx, { name: 'Bündnis für Familie Bergdorf' });
	coordinatorA = await makePerson(ctx, { alliance: a, role: 'coordinator', name: 'Anna Alt' });
	coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator', name: 'Bernd Berg' });
});
afterAll(async () => {
	await ctx.close();
});

const browser = () => new Headers({ 'user-agent': 'vitest' });
const actor = (p: { userId: string; name: string; platformAdmin: boolean }) => ({
	userId: p.userId,
	name: p.name,
	platformAdmin: p.platformAdmin
});

async function expectRule(promise: Promise<unknown>, key: string, status?: number) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).key).toBe(key);
	if (status) expect((error as AppError).status).toBe(status);
}

async function invite(alliance: Alliance, email: string, role: 'coordinator' | 'editor') {
	const inviter = alliance.id === a.id ? coordinatorA : coordinatorB;
	return inviteMember(ctx, {
		allianceId: alliance.id,
		actor: actor(inviter),
		headers: await signedIn(ctx, inviter),
		email,
		role,
		link: linkFor(ctx, alliance)
	});
}

describe('invitations', () => {
	it('a new person follows the link, sets name and password and is an editor of that alliance only', async () => {
		const { id } = await invite(a, 'Neu.Redaktion@Example.org', 'editor');
		const mail = await ctx.smtp.waitFor('neu.redaktion@example.org', /Einladung/);
		expect(mail.text).toContain('Anna Alt');
		expect(mail.text).toContain(a.name);
		const link = linkIn(mail.text, `${linkFor(ctx, a).siteUrl}/einladung/`);
		expect(link.endsWith(`/einladung/${id}`)).toBe(true);

		const view = await describeInvitation(ctx, { invitationId: id, allianceId: a.id });
		expect(view).toMatchObject({
			state: 'pending',
			email: 'neu.redaktion@example.org',
			role: 'editor',
			allianceName: a.name,
			accountExists: false
		});
		// Seen from another alliance's site, the invitation does not exist.
		expect((await describeInvitation(ctx, { invitationId: id, allianceId: b.id })).state).toBe(
			'missing'
		);

		const { userId, setCookies } = await acceptWithNewAccount(ctx, {
			invitationId: id,
			allianceId: a.id,
			name: 'Nora Neu',
			password: 'mein-neues-passwort',
			headers: browser()
		});
		expect((await findMembership(ctx.db, a.id, userId))?.role).toBe('editor');
		expect(await findMembership(ctx.db, b.id, userId)).toBeUndefined();
		const session = await ctx.auth.api.getSession({ headers: sessionHeaders(setCookies) });
		expect(session?.user.name).toBe('Nora Neu');
		expect(session?.user.emailVerified).toBe(true);

		expect((await describeInvitation(ctx, { invitationId: id, allianceId: a.id })).state).toBe(
			'accepted'
		);
		await expectRule(
			acceptWithNewAccount(ctx, {
				invitationId: id,
				allianceId: a.id,
				name: 'Nora Neu',
				password: 'mein-neues-passwort',
				headers: browser()
			}),
			'accounts.invitation.accepted',
			410
		);
	});

	it('a person with an account signs in first and then accepts; their other alliance is untouched', async () => {
		const person = await makePerson(ctx, { alliance: b, role: 'editor' });
		const { id } = await invite(a, person.email, 'coordinator');
		expect(
			(await describeInvitation(ctx, { invitationId: id, allianceId: a.id })).accountExists
		).toBe(true);
		await expectRule(
			acceptWithNewAccount(ctx, {
				invitationId: id,
				allianceId: a.id,
				name: 'Doppelt',
				password: 'mein-neues-passwort',
				headers: browser()
			}),
			'accounts.error.accountExists'
		);
		// Someone else's session cannot take the invitation.
		const stranger = await makePerson(ctx);
		await expectRule(
			acceptAsSignedIn(ctx, {
				invitationId: id,
				allianceId: a.id,
				viewer: { userId: stranger.userId, email: stranger.email, name: stranger.name },
				headers: await signedIn(ctx, stranger)
			}),
			'accounts.error.otherRecipient',
			403
		);
		await acceptAsSignedIn(ctx, {
			invitationId: id,
			allianceId: a.id,
			viewer: { userId: person.userId, email: person.email, name: person.name },
			headers: await signedIn(ctx, person)
		});
		expect((await findMembership(ctx.db, a.id, person.userId))?.role).toBe('coordinator');
		expect((await findMembership(ctx.db, b.id, person.userId))?.role).toBe('editor');
	});

	it('an expired invitation gives a clear message', async () => {
		const { id } = await invite(a, 'spaet@example.org', 'editor');
		const adapter = (await ctx.auth.$context).adapter;
		await adapter.update({
			model: 'invitation',
			where: [{ field: 'id', value: id }],
			update: { expiresAt: new Date(Date.now() - 1000) }
		});
		expect((await describeInvitation(ctx, { invitationId: id, allianceId: a.id })).state).toBe(
			'expired'
		);
		await expectRule(
			acceptWithNewAccount(ctx, {
				invitationId: id,
				allianceId: a.id,
				name: 'Zu Spät',
				password: 'mein-neues-passwort',
				headers: browser()
			}),
			'accounts.invitation.expired',
			410
		);
	});

	it('a cancelled invitation no longer works and leaves the pending list', async () => {
		const { id } = await invite(a, 'zurueck@example.org', 'editor');
		let people = await listPeople(ctx, actor(coordinatorA), a.id);
		expect(people.invitations.map((i) => i.id)).toContain(id);
		await cancelInvitation(ctx, {
			allianceId: a.id,
			actor: actor(coordinatorA),
			headers: await signedIn(ctx, coordinatorA),
			invitationId: id
		});
		people = await listPeople(ctx, actor(coordinatorA), a.id);
		expect(people.invitations.map((i) => i.id)).not.toContain(id);
		expect((await describeInvitation(ctx, { invitationId: id, allianceId: a.id })).state).toBe(
			'canceled'
		);
	});

	it('inviting someone who is already a member is refused', async () => {
		await expectRule(invite(a, coordinatorA.email, 'editor'), 'accounts.error.alreadyMember', 409);
	});

	it('a coordinator of alliance A cannot invite into or cancel invitations of alliance B', async () => {
		const headersA = await signedIn(ctx, coordinatorA);
		await expectRule(
			inviteMember(ctx, {
				allianceId: b.id,
				actor: actor(coordinatorA),
				headers: headersA,
				email: 'eindringling@example.org',
				role: 'coordinator',
				link: linkFor(ctx, b)
			}),
			'error.forbidden',
			403
		);
		const { id } = await invite(b, 'b-person@example.org', 'editor');
		await expectRule(
			cancelInvitation(ctx, {
				allianceId: a.id,
				actor: actor(coordinatorA),
				headers: headersA,
				invitationId: id
			}),
			'accounts.error.invitationNotFound',
			404
		);
		await expectRule(
			cancelInvitation(ctx, {
				allianceId: b.id,
				actor: actor(coordinatorA),
				headers: headersA,
				invitationId: id
			}),
			'error.forbidden',
			403
		);
		await expectRule(listPeople(ctx, actor(coordinatorA), b.id), 'error.forbidden', 403);
		expect((await describeInvitation(ctx, { invitationId: id, allianceId: b.id })).state).toBe(
			'pending'
		);
	});

	it('an editor cannot invite', async () => {
		const editor = await makePerson(ctx, { alliance: a, role: 'editor' });
		await expectRule(
			inviteMember(ctx, {
				allianceId: a.id,
				actor: actor(editor),
				headers: await signedIn(ctx, editor),
				email: 'noch-jemand@example.org',
				role: 'editor',
				link: linkFor(ctx, a)
			}),
			'error.forbidden',
			403
		);
	});

	it('a platform admin who is no member invites the first coordinator of a new alliance', async () => {
		const operator = await makePerson(ctx, { platformAdmin: true, name: 'Olga Betrieb' });
		const fresh = await makeAlliance(ctx, { name: 'Bündnis für Familie Neustadt' });
		const { id } = await inviteMember(ctx, {
			allianceId: fresh.id,
			actor: actor(operator),
			headers: await signedIn(ctx, operator),
			email: 'erste@example.org',
			role: 'coordinator',
			link: linkFor(ctx, fresh)
		});
		const mail = await ctx.smtp.waitFor('erste@example.org', /Neustadt/);
		expect(mail.text).toContain(`/b/${fresh.slug}/einladung/${id}`);
		const { userId } = await acceptWithNewAccount(ctx, {
			invitationId: id,
			allianceId: fresh.id,
			name: 'Erste Koordination',
			password: 'mein-neues-passwort',
			headers: browser()
		});
		expect((await findMembership(ctx.db, fresh.id, userId))?.role).toBe('coordinator');
		expect(await findMembership(ctx.db, fresh.id, operator.userId)).toBeUndefined();
	});
});
