import type { Auth } from '../auth/auth.ts';
import { partnerIdsOfUser, requireAccess } from '../access/access.service.ts';
import type { Actor } from '../auth/actor.ts';
import type { LinkContext } from '../auth/link-context.ts';
import { findMemberByEmail } from '../auth/member.repository.ts';
import { operatorInvite } from '../auth/operator-actions.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findAllianceById } from '../alliances/alliance.repository.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './partner.repository.ts';
import type { PartnerContactPerson } from './partner.types.ts';

/*
 * The people who speak for a partner (partner contacts): member role 'partner' in the alliance
 * plus a row in partner_contact. They join through a Better Auth invitation; partner_invitation
 * remembers which partner an invitation is for, and the link is made once it is accepted.
 */

export type ContactCtx = Pick<ServiceContext, 'db' | 'mailer' | 'publicUrl' | 'log'> & {
	auth: Auth;
};

/** Partner ids the person speaks for in this alliance (accepted invitations are linked first). */
export async function partnerIdsOf(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	viewer: { userId: string; email: string }
): Promise<string[]> {
	await linkAcceptedInvitations(ctx, allianceId, viewer.userId, viewer.email);
	return partnerIdsOfUser(ctx, allianceId, viewer.userId);
}

/**
 * Links a person to the partners named by the invitations they accepted. Called on their way
 * into the internal area, so it works however the invitation was accepted.
 */
async function linkAcceptedInvitations(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	userId: string,
	email: string
): Promise<void> {
	const accepted = await repo.findAcceptedPartnerInvitations(ctx.db, allianceId, email);
	for (const invitation of accepted) {
		await repo.insertContact(ctx.db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			partner_id: invitation.partner_id,
			user_id: userId,
			created_at: new Date().toISOString()
		});
	}
}

/**
 * Coordinators, and the partner's own contacts, may manage its contacts. Throws 404 (not 403)
 * to a contact of another partner, so that they learn nothing about it.
 */
export async function assertCanManagePartner(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor & { email?: string },
	allianceId: string,
	partnerId: string
): Promise<'coordinator' | 'contact'> {
	const grant = await requireAccess(ctx, actor, allianceId, 'partner.manage', [partnerId]);
	return grant.asPartner ? 'contact' : 'coordinator';
}

export interface ContactOverview {
	contacts: PartnerContactPerson[];
	pending: { id: string; email: string; expiresAt: string }[];
}

export async function partnerContacts(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	partnerId: string
): Promise<ContactOverview> {
	await assertCanManagePartner(ctx, actor, allianceId, partnerId);
	const [contacts, pending] = await Promise.all([
		repo.findContactsOfPartner(ctx.db, allianceId, partnerId),
		repo.findPendingPartnerInvitations(ctx.db, allianceId, partnerId)
	]);
	return {
		contacts: contacts.map((c) => ({
			id: c.id,
			userId: c.user_id,
			name: c.name,
			email: c.email,
			createdAt: c.created_at
		})),
		pending: pending.map((p) => ({
			id: p.id,
			email: p.email,
			expiresAt: new Date(p.expiresAt).toISOString()
		}))
	};
}

/**
 * Invites a person to speak for a partner (member role 'partner'). Somebody who already
 * belongs to the alliance is linked at once. Uses the accounts feature's invitation (its mail
 * links to /einladung/<id>); see docs/decisions/010-partner-contacts-through-invitations.md.
 */
export async function invitePartnerContact(
	ctx: ContactCtx,
	actor: Actor & { name: string },
	input: { allianceId: string; partnerId: string; email: string; link: LinkContext }
): Promise<{ invited: boolean; linked: boolean }> {
	await assertCanManagePartner(ctx, actor, input.allianceId, input.partnerId);
	const partner = await repo.findPartnerById(ctx.db, input.allianceId, input.partnerId);
	if (!partner) throw new AppError('NOT_FOUND', 'error.notFound');
	const email = input.email.trim().toLowerCase();
	const member = await findMemberByEmail(ctx.db, input.allianceId, email);
	if (member) {
		await repo.insertContact(ctx.db, {
			id: crypto.randomUUID(),
			alliance_id: input.allianceId,
			partner_id: input.partnerId,
			user_id: member.userId,
			created_at: new Date().toISOString()
		});
		await recordAudit(ctx, {
			allianceId: input.allianceId,
			userId: actor.userId,
			action: 'link',
			entity: 'partner_contact',
			entityId: input.partnerId,
			summary: `${email} → ${partner.name}`
		});
		return { invited: false, linked: true };
	}
	const alliance = await findAllianceById(ctx.db, input.allianceId);
	if (!alliance) throw new AppError('NOT_FOUND', 'error.notFound');
	let id: string;
	try {
		({ id } = await operatorInvite(ctx, {
			allianceId: input.allianceId,
			allianceName: alliance.name,
			email,
			role: 'partner',
			inviter: { id: actor.userId, name: actor.name },
			link: input.link
		}));
	} catch (error) {
		ctx.log.error({ err: error }, 'partner invitation could not be sent');
		throw new AppError('INVALID', 'partners.error.mailFailed', 'email');
	}
	await repo.insertPartnerInvitation(ctx.db, {
		invitation_id: id,
		alliance_id: input.allianceId,
		partner_id: input.partnerId,
		email
	});
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: actor.userId,
		action: 'invite',
		entity: 'partner_contact',
		entityId: input.partnerId,
		summary: `${email} → ${partner.name}`
	});
	return { invited: true, linked: false };
}

/** Ends a person's speaking for a partner (their account and membership stay). */
export async function removePartnerContact(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	partnerId: string,
	contactId: string
): Promise<void> {
	await assertCanManagePartner(ctx, actor, allianceId, partnerId);
	const removed = await repo.deleteContact(ctx.db, allianceId, partnerId, contactId);
	if (!removed) throw new AppError('NOT_FOUND', 'error.notFound');
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'unlink',
		entity: 'partner_contact',
		entityId: partnerId,
		summary: contactId
	});
}
