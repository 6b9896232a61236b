import { isAPIError } from 'better-auth/api';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { sessionHeaders } from '../auth/auth-cookies.ts';
import { linkContext, type LinkContext } from '../auth/link-context.ts';
import {
	findInvitation,
	findMemberByEmail,
	findMembership,
	findUserByEmail
} from '../auth/member.repository.ts';
import { operatorCancelInvitation, operatorInvite } from '../auth/operator-actions.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findAllianceById } from '../alliances/alliance.repository.ts';
import type { AccountContext } from './account.context.ts';
import type { StaffRole } from './account.schema.ts';
import { roleLabel } from './role-label.ts';

/** Better Auth's reasons, mapped to what we tell the coordinator. */
function inviteErrorKey(code: string | undefined): string {
	if (code === 'USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION')
		return 'accounts.error.alreadyMember';
	if (code === 'INVITATION_LIMIT_REACHED') return 'accounts.error.invitationLimit';
	return 'accounts.error.inviteFailed';
}

/** Mail server unreachable or refusing: nodemailer and socket errors carry codes like ECONNECTION. */
function isMailError(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

export interface InviteInput {
	allianceId: string;
	actor: Actor & { name: string };
	/** The inviter's request headers (their session) */
	headers: Headers;
	email: string;
	role: StaffRole;
	/** Where the link in the mail points: the alliance's site */
	link: LinkContext;
}

/**
 * A coordinator invites a person by e-mail. The mail (auth.mails.ts) links to
 * /einladung/<id> on the alliance's own site; inviting the same address again replaces the
 * older invitation.
 */
export async function inviteMember(
	ctx: AccountContext,
	input: InviteInput
): Promise<{ id: string }> {
	const ownRole = await assertAllianceRole(ctx.db, input.actor, input.allianceId, ['coordinator']);
	const email = input.email.trim().toLowerCase();
	if (await findMemberByEmail(ctx.db, input.allianceId, email)) {
		throw new AppError('CONFLICT', 'accounts.error.alreadyMember', 'email');
	}
	let id: string;
	try {
		if (ownRole) {
			const invitation = await linkContext.run(input.link, () =>
				ctx.auth.api.createInvitation({
					body: { email, role: input.role, organizationId: input.allianceId },
					headers: input.headers
				})
			);
			id = invitation.id;
		} else {
			const alliance = await findAllianceById(ctx.db, input.allianceId);
			if (!alliance) throw new AppError('NOT_FOUND', 'error.notFound');
			({ id } = await operatorInvite(ctx, {
				allianceId: input.allianceId,
				allianceName: alliance.name,
				email,
				role: input.role,
				inviter: { id: input.actor.userId, name: input.actor.name },
				link: input.link
			}));
		}
	} catch (error) {
		if (isAPIError(error) && error.statusCode < 500) {
			throw new AppError('INVALID', inviteErrorKey(error.body?.code), 'email');
		}
		if (isMailError(error)) {
			ctx.log.error({ err: error }, 'invitation mail could not be sent');
			throw new AppError('INVALID', 'accounts.error.mailFailed');
		}
		throw error;
	}
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: input.actor.userId,
		action: 'invite',
		entity: 'invitation',
		entityId: id,
		summary: `${email} (${roleLabel(input.role)})`
	});
	return { id };
}

/** Withdraws a pending invitation of this alliance; its link stops working. */
export async function cancelInvitation(
	ctx: AccountContext,
	input: { allianceId: string; actor: Actor; headers: Headers; invitationId: string }
): Promise<void> {
	const ownRole = await assertAllianceRole(ctx.db, input.actor, input.allianceId, ['coordinator']);
	const invitation = await findInvitation(ctx.db, input.invitationId);
	if (!invitation || invitation.organizationId !== input.allianceId) {
		throw new AppError('NOT_FOUND', 'accounts.error.invitationNotFound');
	}
	if (invitation.status !== 'pending') return;
	if (ownRole) {
		await ctx.auth.api.cancelInvitation({
			body: { invitationId: invitation.id },
			headers: input.headers
		});
	} else {
		await operatorCancelInvitation(ctx.auth, invitation.id);
	}
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: input.actor.userId,
		action: 'cancel',
		entity: 'invitation',
		entityId: invitation.id,
		summary: invitation.email
	});
}

type InvitationState = 'pending' | 'expired' | 'accepted' | 'canceled' | 'missing';

export interface InvitationView {
	state: InvitationState;
	id: string;
	email: string;
	role: string;
	allianceName: string;
	/** The address already has an account: the person signs in first instead */
	accountExists: boolean;
}

function stateOf(invitation: { status: string; expiresAt: Date | string }): InvitationState {
	if (invitation.status === 'accepted') return 'accepted';
	if (invitation.status !== 'pending') return 'canceled';
	if (new Date(invitation.expiresAt).getTime() <= Date.now()) return 'expired';
	return 'pending';
}

/**
 * What the invitation page shows. The id is the secret from the mail; an invitation of another
 * alliance than the site's is treated as missing.
 */
export async function describeInvitation(
	ctx: AccountContext,
	input: { invitationId: string; allianceId: string }
): Promise<InvitationView> {
	const invitation = await findInvitation(ctx.db, input.invitationId);
	if (!invitation || invitation.organizationId !== input.allianceId) {
		return {
			state: 'missing',
			id: input.invitationId,
			email: '',
			role: '',
			allianceName: '',
			accountExists: false
		};
	}
	const alliance = await findAllianceById(ctx.db, invitation.organizationId);
	return {
		state: stateOf(invitation),
		id: invitation.id,
		email: invitation.email,
		role: invitation.role ?? '',
		allianceName: alliance?.name ?? '',
		accountExists: !!(await findUserByEmail(ctx.db, invitation.email))
	};
}

async function pendingInvitation(ctx: AccountContext, invitationId: string, allianceId: string) {
	const invitation = await findInvitation(ctx.db, invitationId);
	if (!invitation || invitation.organizationId !== allianceId) {
		throw new AppError('NOT_FOUND', 'accounts.error.invitationNotFound');
	}
	const state = stateOf(invitation);
	if (state !== 'pending') throw new AppError('GONE', `accounts.invitation.${state}`);
	return invitation;
}

/**
 * A new person accepts: creates their account (name + password), accepts the invitation with
 * the new session and returns that session's Set-Cookie headers – they are signed in at once.
 */
export async function acceptWithNewAccount(
	ctx: AccountContext,
	input: {
		invitationId: string;
		allianceId: string;
		name: string;
		password: string;
		headers: Headers;
	}
): Promise<{ userId: string; role: string; setCookies: Headers }> {
	const invitation = await pendingInvitation(ctx, input.invitationId, input.allianceId);
	if (await findUserByEmail(ctx.db, invitation.email)) {
		throw new AppError('CONFLICT', 'accounts.error.accountExists');
	}
	let signedUp;
	try {
		signedUp = await ctx.auth.api.signUpEmail({
			body: { email: invitation.email, name: input.name.trim(), password: input.password },
			headers: input.headers,
			returnHeaders: true
		});
	} catch (error) {
		if (isAPIError(error) && error.statusCode < 500) {
			throw new AppError('INVALID', 'accounts.error.signUpFailed');
		}
		throw error;
	}
	const userId = signedUp.response.user.id;
	// The invitation link reached this mailbox: the address is proven.
	await (await ctx.auth.$context).internalAdapter.updateUser(userId, { emailVerified: true });
	await acceptWithSession(ctx, invitation.id, sessionHeaders(signedUp.headers));
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId,
		action: 'join',
		entity: 'member',
		entityId: userId,
		summary: `${input.name.trim()} (${roleLabel(invitation.role)})`
	});
	return { userId, role: invitation.role ?? '', setCookies: signedUp.headers };
}

/** A signed-in person accepts an invitation addressed to their own e-mail address. */
export async function acceptAsSignedIn(
	ctx: AccountContext,
	input: {
		invitationId: string;
		allianceId: string;
		viewer: { userId: string; email: string; name: string };
		headers: Headers;
	}
): Promise<{ role: string }> {
	const invitation = await pendingInvitation(ctx, input.invitationId, input.allianceId);
	if (invitation.email.toLowerCase() !== input.viewer.email.toLowerCase()) {
		throw new AppError('FORBIDDEN', 'accounts.error.otherRecipient');
	}
	if (await findMembership(ctx.db, input.allianceId, input.viewer.userId)) {
		throw new AppError('CONFLICT', 'accounts.error.alreadyMemberSelf');
	}
	await acceptWithSession(ctx, invitation.id, input.headers);
	await (
		await ctx.auth.$context
	).internalAdapter.updateUser(input.viewer.userId, {
		emailVerified: true
	});
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: input.viewer.userId,
		action: 'join',
		entity: 'member',
		entityId: input.viewer.userId,
		summary: `${input.viewer.name} (${roleLabel(invitation.role)})`
	});
	return { role: invitation.role ?? '' };
}

async function acceptWithSession(ctx: AccountContext, invitationId: string, headers: Headers) {
	try {
		await ctx.auth.api.acceptInvitation({ body: { invitationId }, headers });
	} catch (error) {
		if (isAPIError(error) && error.statusCode < 500) {
			throw new AppError('GONE', 'accounts.invitation.canceled');
		}
		throw error;
	}
}
