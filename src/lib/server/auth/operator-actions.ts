import type { Mailer } from '../mail/mailer.ts';
import type { Auth } from './auth.ts';
import { INVITATION_DAYS } from './auth.ts';
import { authMailHooks } from './auth.mails.ts';
import { linkContext, type LinkContext } from './link-context.ts';

/*
 * Platform admins (operators) may act in every alliance without being one of its members,
 * e.g. invite the first coordinator of a new alliance. Better Auth's organization endpoints
 * insist on a membership of the caller, so these few actions go through Better Auth's own
 * database adapter instead (it knows how each database stores dates and booleans) – never
 * through raw SQL. Our services check every rule before calling them.
 */

async function adapterOf(auth: Auth) {
	return (await auth.$context).adapter;
}

export interface OperatorInvitation {
	allianceId: string;
	allianceName: string;
	email: string;
	role: string;
	inviter: { id: string; name: string };
	link: LinkContext;
}

/** Creates a pending invitation (cancelling older pending ones for the address) and mails it. */
export async function operatorInvite(
	ctx: { auth: Auth; mailer: Mailer; publicUrl: string },
	input: OperatorInvitation
): Promise<{ id: string }> {
	const adapter = await adapterOf(ctx.auth);
	const email = input.email.toLowerCase();
	await adapter.updateMany({
		model: 'invitation',
		where: [
			{ field: 'organizationId', value: input.allianceId },
			{ field: 'email', value: email },
			{ field: 'status', value: 'pending' }
		],
		update: { status: 'canceled' }
	});
	const now = new Date();
	const created = await adapter.create<Record<string, unknown>, { id: string }>({
		model: 'invitation',
		data: {
			organizationId: input.allianceId,
			email,
			role: input.role,
			status: 'pending',
			inviterId: input.inviter.id,
			createdAt: now,
			expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000)
		}
	});
	await linkContext.run(input.link, () =>
		authMailHooks(ctx.mailer, ctx.publicUrl).invitation({
			invitationId: created.id,
			email,
			role: input.role,
			allianceId: input.allianceId,
			allianceName: input.allianceName,
			inviterName: input.inviter.name
		})
	);
	return { id: created.id };
}

export async function operatorCancelInvitation(auth: Auth, invitationId: string): Promise<void> {
	const adapter = await adapterOf(auth);
	await adapter.update({
		model: 'invitation',
		where: [{ field: 'id', value: invitationId }],
		update: { status: 'canceled' }
	});
}

export async function operatorSetMemberRole(
	auth: Auth,
	memberId: string,
	role: string
): Promise<void> {
	const adapter = await adapterOf(auth);
	await adapter.update({
		model: 'member',
		where: [{ field: 'id', value: memberId }],
		update: { role }
	});
}

export async function operatorRemoveMember(auth: Auth, memberId: string): Promise<void> {
	const adapter = await adapterOf(auth);
	await adapter.delete({ model: 'member', where: [{ field: 'id', value: memberId }] });
}
