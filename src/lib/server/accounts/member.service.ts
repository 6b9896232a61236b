import { isAPIError } from 'better-auth/api';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import {
	countMembersWithRole,
	findMemberById,
	findMembers,
	findPendingInvitations
} from '../auth/member.repository.ts';
import { operatorRemoveMember, operatorSetMemberRole } from '../auth/operator-actions.ts';
import { isAllianceRole, type AllianceRole } from '../auth/roles.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AccountContext } from './account.context.ts';
import type { StaffRole } from './account.schema.ts';
import { roleLabel } from './role-label.ts';

export interface Person {
	memberId: string;
	userId: string;
	name: string;
	email: string;
	role: AllianceRole;
	since: string;
}

export interface PendingInvitation {
	id: string;
	email: string;
	role: string;
	expiresAt: string;
	expired: boolean;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** The people of an alliance with their roles, and the invitations not yet accepted. */
export async function listPeople(
	ctx: Pick<AccountContext, 'db'>,
	actor: Actor,
	allianceId: string
): Promise<{ members: Person[]; invitations: PendingInvitation[] }> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const [rows, invitations] = await Promise.all([
		findMembers(ctx.db, allianceId),
		findPendingInvitations(ctx.db, allianceId)
	]);
	const now = Date.now();
	return {
		members: rows.flatMap((row) =>
			isAllianceRole(row.role)
				? [
						{
							memberId: row.memberId,
							userId: row.userId,
							name: row.name,
							email: row.email,
							role: row.role,
							since: iso(row.createdAt)
						}
					]
				: []
		),
		invitations: invitations.map((row) => ({
			id: row.id,
			email: row.email,
			role: row.role ?? '',
			expiresAt: iso(row.expiresAt),
			expired: new Date(row.expiresAt).getTime() <= now
		}))
	};
}

interface MemberChange {
	allianceId: string;
	actor: Actor;
	/** The acting coordinator's request headers (their session) */
	headers: Headers;
	memberId: string;
}

async function targetMember(ctx: Pick<AccountContext, 'db'>, allianceId: string, memberId: string) {
	// Filtered by alliance: a member id of another alliance is simply not found.
	const member = await findMemberById(ctx.db, allianceId, memberId);
	if (!member) throw new AppError('NOT_FOUND', 'accounts.error.memberNotFound');
	return member;
}

async function assertNotLastCoordinator(ctx: Pick<AccountContext, 'db'>, allianceId: string) {
	if ((await countMembersWithRole(ctx.db, allianceId, 'coordinator')) <= 1) {
		throw new AppError('CONFLICT', 'accounts.error.lastCoordinator');
	}
}

function authFailure(error: unknown): never {
	if (isAPIError(error) && error.statusCode < 500) {
		const code = error.body?.code ?? '';
		if (code.includes('ONLY_OWNER') || code.includes('WITHOUT_AN_OWNER')) {
			throw new AppError('CONFLICT', 'accounts.error.lastCoordinator');
		}
		throw new AppError('FORBIDDEN', 'error.forbidden');
	}
	throw error;
}

/** Changes a member's role between coordinator and editor. An alliance keeps one coordinator. */
export async function changeMemberRole(
	ctx: AccountContext,
	input: MemberChange & { role: StaffRole }
): Promise<void> {
	const ownRole = await assertAllianceRole(ctx.db, input.actor, input.allianceId, ['coordinator']);
	const member = await targetMember(ctx, input.allianceId, input.memberId);
	if (member.role === input.role) return;
	if (member.role === 'coordinator') await assertNotLastCoordinator(ctx, input.allianceId);
	try {
		if (ownRole) {
			await ctx.auth.api.updateMemberRole({
				body: { memberId: member.id, role: input.role, organizationId: input.allianceId },
				headers: input.headers
			});
		} else {
			await operatorSetMemberRole(ctx.auth, member.id, input.role);
		}
	} catch (error) {
		authFailure(error);
	}
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: input.actor.userId,
		action: 'update',
		entity: 'member',
		entityId: member.userId,
		summary: `${member.name}: ${roleLabel(member.role)} → ${roleLabel(input.role)}`
	});
}

/**
 * Removes a person from the alliance (their account stays; other alliances are not touched).
 * The last coordinator cannot be removed.
 */
export async function removeMember(ctx: AccountContext, input: MemberChange): Promise<void> {
	const ownRole = await assertAllianceRole(ctx.db, input.actor, input.allianceId, ['coordinator']);
	const member = await targetMember(ctx, input.allianceId, input.memberId);
	if (member.role === 'coordinator') await assertNotLastCoordinator(ctx, input.allianceId);
	try {
		if (ownRole) {
			await ctx.auth.api.removeMember({
				body: { memberIdOrEmail: member.id, organizationId: input.allianceId },
				headers: input.headers
			});
		} else {
			await operatorRemoveMember(ctx.auth, member.id);
		}
	} catch (error) {
		authFailure(error);
	}
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: input.actor.userId,
		action: 'delete',
		entity: 'member',
		entityId: member.userId,
		summary: `${member.name} (${roleLabel(member.role)})`
	});
}
