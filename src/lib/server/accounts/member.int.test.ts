import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, signedIn } from '../../../../tests/factories/accounts.ts';
import { findMembership, findMembership as membership } from '../auth/member.repository.ts';
import { AppError } from '../app-error.ts';
import { changeMemberRole, listPeople, removeMember } from './member.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
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

async function memberIdOf(allianceId: string, userId: string) {
	const found = await findMembership(ctx.db, allianceId, userId);
	if (!found) throw new Error('not a member');
	return found.id;
}

describe('members', () => {
	it('the last coordinator can be neither removed nor made an editor', async () => {
		const alliance = await makeAlliance(ctx);
		const only = await makePerson(ctx, { alliance, role: 'coordinator' });
		const headers = await signedIn(ctx, only);
		const memberId = await memberIdOf(alliance.id, only.userId);
		await expectRule(
			removeMember(ctx, { allianceId: alliance.id, actor: only, headers, memberId }),
			'accounts.error.lastCoordinator',
			409
		);
		await expectRule(
			changeMemberRole(ctx, {
				allianceId: alliance.id,
				actor: only,
				headers,
				memberId,
				role: 'editor'
			}),
			'accounts.error.lastCoordinator',
			409
		);
		expect((await membership(ctx.db, alliance.id, only.userId))?.role).toBe('coordinator');
	});

	it('a coordinator changes roles and removes people of their own alliance', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const editor = await makePerson(ctx, { alliance, role: 'editor', name: 'Emil Editor' });
		const headers = await signedIn(ctx, coordinator);

		const people = await listPeople(ctx, coordinator, alliance.id);
		expect(people.members.map((m) => [m.name, m.role])).toContainEqual(['Emil Editor', 'editor']);

		const editorMemberId = await memberIdOf(alliance.id, editor.userId);
		await changeMemberRole(ctx, {
			allianceId: alliance.id,
			actor: coordinator,
			headers,
			memberId: editorMemberId,
			role: 'coordinator'
		});
		expect((await membership(ctx.db, alliance.id, editor.userId))?.role).toBe('coordinator');

		// Now there are two coordinators: the first may step back.
		await changeMemberRole(ctx, {
			allianceId: alliance.id,
			actor: coordinator,
			headers,
			memberId: await memberIdOf(alliance.id, coordinator.userId),
			role: 'editor'
		});
		expect((await membership(ctx.db, alliance.id, coordinator.userId))?.role).toBe('editor');

		const newCoordinator = editor;
		await removeMember(ctx, {
			allianceId: alliance.id,
			actor: newCoordinator,
			headers: await signedIn(ctx, newCoordinator),
			memberId: await memberIdOf(alliance.id, coordinator.userId)
		});
		expect(await membership(ctx.db, alliance.id, coordinator.userId)).toBeUndefined();
		// The account itself stays.
		expect(
			await ctx.db
				.selectFrom('user')
				.select('id')
				.where('id', '=', coordinator.userId)
				.executeTakeFirst()
		).toBeDefined();
	});

	it('a coordinator of alliance A cannot change or remove people of alliance B', async () => {
		const a = await makeAlliance(ctx);
		const b = await makeAlliance(ctx);
		const coordinatorA = await makePerson(ctx, { alliance: a, role: 'coordinator' });
		await makePerson(ctx, { alliance: b, role: 'coordinator' });
		const editorB = await makePerson(ctx, { alliance: b, role: 'editor' });
		const headers = await signedIn(ctx, coordinatorA);
		const editorBMemberId = await memberIdOf(b.id, editorB.userId);

		// With their own alliance's id, B's member is not found …
		await expectRule(
			removeMember(ctx, {
				allianceId: a.id,
				actor: coordinatorA,
				headers,
				memberId: editorBMemberId
			}),
			'accounts.error.memberNotFound',
			404
		);
		// … and with B's id they are not allowed.
		await expectRule(
			removeMember(ctx, {
				allianceId: b.id,
				actor: coordinatorA,
				headers,
				memberId: editorBMemberId
			}),
			'error.forbidden',
			403
		);
		await expectRule(
			changeMemberRole(ctx, {
				allianceId: b.id,
				actor: coordinatorA,
				headers,
				memberId: editorBMemberId,
				role: 'coordinator'
			}),
			'error.forbidden',
			403
		);
		expect((await membership(ctx.db, b.id, editorB.userId))?.role).toBe('editor');
	});

	it('an editor cannot remove anyone', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const editor = await makePerson(ctx, { alliance, role: 'editor' });
		await expectRule(
			removeMember(ctx, {
				allianceId: alliance.id,
				actor: editor,
				headers: await signedIn(ctx, editor),
				memberId: await memberIdOf(alliance.id, coordinator.userId)
			}),
			'error.forbidden',
			403
		);
	});

	it('a platform admin who is no member can still help: change roles and remove people', async () => {
		const alliance = await makeAlliance(ctx);
		const operator = await makePerson(ctx, { platformAdmin: true });
		await makePerson(ctx, { alliance, role: 'coordinator' });
		const editor = await makePerson(ctx, { alliance, role: 'editor' });
		const headers = await signedIn(ctx, operator);
		const memberId = await memberIdOf(alliance.id, editor.userId);
		await changeMemberRole(ctx, {
			allianceId: alliance.id,
			actor: operator,
			headers,
			memberId,
			role: 'coordinator'
		});
		expect((await membership(ctx.db, alliance.id, editor.userId))?.role).toBe('coordinator');
		await removeMember(ctx, { allianceId: alliance.id, actor: operator, headers, memberId });
		expect(await membership(ctx.db, alliance.id, editor.userId)).toBeUndefined();
	});
});
