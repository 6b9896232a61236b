import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import type { LinkContext } from '../auth/link-context.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { findAllianceById } from '../alliances/alliance.repository.ts';
import { hitFormLimit } from '../http/rate-limit.ts';
import type { PartnerKind } from './partner.table.ts';
import type { ServiceContext } from '../context.ts';
import * as appRepo from './partner-application.repository.ts';
import { invitePartnerContact, type ContactCtx } from './partner-contact.service.ts';
import {
	sendApplicationDeclined,
	sendApplicationNotice,
	sendApplicationReceived
} from './partner.mails.ts';
import type { ApplicationInput } from './partner.schema.ts';
import { insertPartnerRecord } from './partner-edit.service.ts';

/*
 * "Bündnispartner werden": an organisation applies on the public site (both consents are
 * recorded with their time), gets a confirmation mail; coordinators accept (partner record +
 * invitation of the contact person) or decline (a friendly mail).
 */

export type ApplicationCtx = ContactCtx & Pick<ServiceContext, 'registry' | 'uploadDir'>;

export interface PartnerApplication {
	id: string;
	organisation: string;
	kind: PartnerKind;
	contactName: string;
	email: string;
	phone: string;
	website: string;
	district: string;
	contribution: string;
	message: string;
	consentPrinciplesAt: string;
	consentPrivacyAt: string;
	status: 'pending' | 'accepted' | 'declined';
	decisionNote: string;
	decidedAt: string | null;
	partnerId: string | null;
	createdAt: string;
}

function toApplication(row: appRepo.ApplicationRow): PartnerApplication {
	return {
		id: row.id,
		organisation: row.organisation,
		kind: row.kind,
		contactName: row.contact_name,
		email: row.email,
		phone: row.phone,
		website: row.website,
		district: row.district,
		contribution: row.contribution,
		message: row.message,
		consentPrinciplesAt: row.consent_principles_at,
		consentPrivacyAt: row.consent_privacy_at,
		status: row.status,
		decisionNote: row.decision_note,
		decidedAt: row.decided_at,
		partnerId: row.partner_id,
		createdAt: row.created_at
	};
}

/** Applications per client address and hour; a honeypot catches most bots before this. */
export const APPLICATIONS_PER_HOUR = 5;

export async function submitApplication(
	ctx: ApplicationCtx,
	input: { allianceId: string; client: string; data: ApplicationInput; link: LinkContext }
): Promise<{ ok: true; id: string } | { ok: false; reason: 'rateLimited' }> {
	const allowed = await hitFormLimit(ctx.db, {
		form: 'partner-apply',
		allianceId: input.allianceId,
		client: input.client,
		limit: APPLICATIONS_PER_HOUR,
		windowMs: 60 * 60 * 1000
	});
	if (!allowed) return { ok: false, reason: 'rateLimited' };
	const now = new Date().toISOString();
	const id = crypto.randomUUID();
	const d = input.data;
	await appRepo.insertApplication(ctx.db, {
		id,
		alliance_id: input.allianceId,
		organisation: d.organisation,
		kind: d.kind,
		contact_name: d.contactName,
		email: d.email,
		phone: d.phone,
		website: d.website,
		district: d.district,
		contribution: d.contribution,
		message: d.message,
		consent_principles_at: now,
		consent_privacy_at: now,
		created_at: now
	});
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: null,
		action: 'apply',
		entity: 'partner_application',
		entityId: id,
		summary: d.organisation
	});
	const alliance = await findAllianceById(ctx.db, input.allianceId);
	const common = {
		allianceName: input.link.allianceName,
		siteUrl: input.link.siteUrl,
		replyTo: alliance?.contact_email || undefined
	};
	try {
		await sendApplicationReceived(ctx.mailer, d.email, {
			...common,
			contactName: d.contactName,
			organisation: d.organisation
		});
		if (alliance?.contact_email) {
			await sendApplicationNotice(ctx.mailer, alliance.contact_email, {
				...common,
				organisation: d.organisation,
				contactName: d.contactName,
				reviewUrl: `${input.link.siteUrl}/admin/partner/antraege/${id}`
			});
		}
	} catch (error) {
		// The application is saved; a mail server problem must not lose it.
		ctx.log.error({ err: error }, 'application mails could not be sent');
	}
	return { ok: true, id };
}

export async function listApplications(
	ctx: Pick<ApplicationCtx, 'db'>,
	actor: Actor,
	allianceId: string
): Promise<PartnerApplication[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	return (await appRepo.findApplications(ctx.db, allianceId)).map(toApplication);
}

export async function getApplication(
	ctx: Pick<ApplicationCtx, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<PartnerApplication> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const row = await appRepo.findApplication(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	return toApplication(row);
}

async function pendingApplication(ctx: Pick<ApplicationCtx, 'db'>, allianceId: string, id: string) {
	const row = await appRepo.findApplication(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	if (row.status !== 'pending') throw new AppError('CONFLICT', 'partners.error.alreadyDecided');
	return row;
}

/** Accept: creates the partner (inactive data taken from the application) and invites the contact. */
export async function acceptApplication(
	ctx: ApplicationCtx,
	actor: Actor & { name: string },
	input: { allianceId: string; id: string; note: string; link: LinkContext }
): Promise<{ partnerId: string; slug: string }> {
	await assertAllianceRole(ctx.db, actor, input.allianceId, ['coordinator']);
	const row = await pendingApplication(ctx, input.allianceId, input.id);
	const partner = await insertPartnerRecord(ctx, input.allianceId, {
		name: row.organisation,
		kind: row.kind,
		contribution: row.contribution,
		district: row.district,
		website: row.website,
		internalContactName: row.contact_name,
		internalEmail: row.email,
		internalPhone: row.phone
	});
	await appRepo.updateApplication(ctx.db, input.allianceId, input.id, {
		status: 'accepted',
		decision_note: input.note,
		decided_at: new Date().toISOString(),
		decided_by: actor.userId,
		partner_id: partner.id
	});
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: actor.userId,
		action: 'accept',
		entity: 'partner_application',
		entityId: input.id,
		summary: row.organisation
	});
	await contentChanged(ctx, input.allianceId);
	await invitePartnerContact(ctx, actor, {
		allianceId: input.allianceId,
		partnerId: partner.id,
		email: row.email,
		link: input.link
	});
	return { partnerId: partner.id, slug: partner.slug };
}

/** Decline: a friendly mail, with the coordinator's own words if they wrote some. */
export async function declineApplication(
	ctx: ApplicationCtx,
	actor: Actor,
	input: { allianceId: string; id: string; note: string; link: LinkContext }
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, input.allianceId, ['coordinator']);
	const row = await pendingApplication(ctx, input.allianceId, input.id);
	await appRepo.updateApplication(ctx.db, input.allianceId, input.id, {
		status: 'declined',
		decision_note: input.note,
		decided_at: new Date().toISOString(),
		decided_by: actor.userId
	});
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: actor.userId,
		action: 'decline',
		entity: 'partner_application',
		entityId: input.id,
		summary: row.organisation
	});
	const alliance = await findAllianceById(ctx.db, input.allianceId);
	try {
		await sendApplicationDeclined(ctx.mailer, row.email, {
			allianceName: input.link.allianceName,
			siteUrl: input.link.siteUrl,
			replyTo: alliance?.contact_email || undefined,
			contactName: row.contact_name,
			organisation: row.organisation,
			note: input.note
		});
	} catch (error) {
		ctx.log.error({ err: error }, 'decline mail could not be sent');
		throw new AppError('INVALID', 'partners.error.mailFailed');
	}
}

/** How many applications wait for a decision. */
export function pendingApplicationCount(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<number> {
	return appRepo.countPendingApplications(ctx.db, allianceId);
}
